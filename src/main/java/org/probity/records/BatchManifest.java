package org.probity.records;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.probity.shared.InvalidField;
import org.probity.shared.Texts;

/**
 * {@code manifest.csv} of a ZIP of scans: one row per file, naming the record it belongs to and what the paper says
 * about itself. Rows are numbered as a spreadsheet shows them (the header is row 1); a row that cannot be used keeps
 * its number and the reason.
 */
final class BatchManifest {

	static final String NAME = "manifest.csv";

	static final List<String> REQUIRED = List.of("file", "owner_type", "owner_ref");

	static final List<String> OPTIONAL = List.of("number", "issuing_body", "issued_on", "kind", "confidentiality");

	private static final Set<String> CONFIDENTIAL = Set.of("confidential", "secret", "mật", "mat", "true", "yes");

	private static final Set<String> OPEN = Set.of("", "public", "normal", "thường", "thuong", "false", "no");

	/** A row: the file and owner it names, its facts, or why it cannot be used (then the rest may be null). */
	record Row(int number, String file, String ownerType, String ownerRef, DocumentFacts facts, String problem) {
	}

	private BatchManifest() {
	}

	static List<Row> read(java.io.InputStream in) {
		Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT));
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			Map<String, Integer> header = header(parser.getHeaderMap());
			List<Row> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(row((int) record.getRecordNumber() + 1, record, header));
			}
			if (rows.isEmpty()) {
				throw new InvalidField("file", NAME + " has no rows");
			}
			return rows;
		}
		catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
			throw new InvalidField("file", NAME + " cannot be read as UTF-8 CSV: " + Texts.clip(ex.getMessage(), 200));
		}
	}

	private static Map<String, Integer> header(Map<String, Integer> found) {
		Map<String, Integer> header = new java.util.HashMap<>();
		found.forEach((name, at) -> header.put(name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), at));
		for (String column : REQUIRED) {
			if (!header.containsKey(column)) {
				throw new InvalidField("file", NAME + " has no column '" + column + "'; columns are " + REQUIRED
						+ " and optionally " + OPTIONAL);
			}
		}
		return header;
	}

	private static Row row(int number, CSVRecord record, Map<String, Integer> header) {
		String file = value(record, header, "file");
		String ownerType = value(record, header, "owner_type");
		String ownerRef = value(record, header, "owner_ref");
		if (file == null || ownerType == null || ownerRef == null) {
			return problem(number, file, "file, owner_type and owner_ref are required");
		}
		if (file.indexOf('\0') >= 0 || (ownerRef + ownerType).indexOf('\0') >= 0) {
			return problem(number, file, "contains a NUL character");
		}
		LocalDate issuedOn;
		try {
			String date = value(record, header, "issued_on");
			issuedOn = date == null ? null : LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			return problem(number, file, "issued_on is not a date like 2024-05-31");
		}
		String confidentiality = value(record, header, "confidentiality");
		String level = confidentiality == null ? "" : confidentiality.toLowerCase(Locale.ROOT);
		if (!CONFIDENTIAL.contains(level) && !OPEN.contains(level)) {
			return problem(number, file, "confidentiality is neither 'public' nor 'confidential'");
		}
		DocumentFacts facts = new DocumentFacts(Texts.clip(value(record, header, "number"), 100),
				Texts.clip(value(record, header, "issuing_body"), 200), issuedOn, Texts.clip(value(record, header, "kind"), 100),
				CONFIDENTIAL.contains(level));
		return new Row(number, file, ownerType.toLowerCase(Locale.ROOT), ownerRef, facts, null);
	}

	private static Row problem(int number, String file, String why) {
		return new Row(number, file == null ? "" : Texts.clip(file, 300), null, null, null, why);
	}

	private static String value(CSVRecord record, Map<String, Integer> header, String column) {
		Integer at = header.get(column);
		return at == null || at >= record.size() ? null : Texts.blankToNull(record.get(at));
	}
}
