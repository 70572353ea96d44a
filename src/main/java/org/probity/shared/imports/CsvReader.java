package org.probity.shared.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of a UTF-8 CSV file with a header row. Problems with the file itself (header, encoding, quoting,
 * a row with the wrong number of values) are reported as row problems; reading stops at the first one that makes
 * the rest unreadable.
 */
final class CsvReader implements AutoCloseable {

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final List<String> columns;

	private final int[] positions;

	private final int width;

	private boolean stopped;

	private CsvReader(CSVParser parser, List<String> columns, int[] positions, int width, boolean stopped) {
		this.parser = parser;
		this.records = parser.iterator();
		this.columns = columns;
		this.positions = positions;
		this.width = width;
		this.stopped = stopped;
	}

	static CsvReader open(InputStream in, List<String> columns, RowProblems problems) throws IOException {
		Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT));
		CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(reader);
		int[] positions = new int[columns.size()];
		CsvReader header = new CsvReader(parser, columns, positions, 0, true);
		List<String> names = header.readHeader(problems);
		if (names == null) {
			return header;
		}
		boolean ok = matchHeader(names, columns, positions, problems);
		return new CsvReader(parser, columns, positions, names.size(), !ok);
	}

	private List<String> readHeader(RowProblems problems) {
		CSVRecord first = read(problems);
		if (first == null) {
			if (problems.isEmpty()) {
				problems.add(1, "", "the file is empty; expected a header row");
			}
			return null;
		}
		List<String> names = new ArrayList<>();
		for (String name : first) {
			names.add(name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
		}
		return names;
	}

	private static boolean matchHeader(List<String> names, List<String> columns, int[] positions,
			RowProblems problems) {
		Map<String, Integer> index = new HashMap<>();
		Set<String> repeated = new LinkedHashSet<>();
		for (int i = 0; i < names.size(); i++) {
			if (index.putIfAbsent(names.get(i), i) != null) {
				repeated.add(names.get(i));
			}
		}
		boolean ok = true;
		for (String name : repeated) {
			problems.add(1, name, "column appears more than once in the header");
			ok = false;
		}
		for (int i = 0; i < columns.size(); i++) {
			Integer at = index.remove(columns.get(i));
			if (at == null) {
				problems.add(1, columns.get(i), "column is missing from the header; expected " + columns);
				ok = false;
			}
			else {
				positions[i] = at;
			}
		}
		for (String unknown : index.keySet()) {
			problems.add(1, CsvRow.clip(unknown), "unknown column; expected " + columns);
			ok = false;
		}
		return ok;
	}

	/** The next well-formed row, or {@code null} at the end or when the file cannot be read further. */
	CsvRow next(RowProblems problems) {
		while (!stopped) {
			CSVRecord record = read(problems);
			if (record == null) {
				return null;
			}
			long number = record.getRecordNumber();
			if (record.size() != width) {
				problems.add(number, "", "expected " + width + " values, found " + record.size());
				continue;
			}
			Map<String, String> values = HashMap.newHashMap(columns.size());
			boolean clean = true;
			for (int i = 0; i < columns.size(); i++) {
				String value = record.get(positions[i]);
				if (value.indexOf('\0') >= 0) {
					problems.add(number, columns.get(i), "contains a NUL character");
					clean = false;
				}
				values.put(columns.get(i), value);
			}
			if (clean) {
				return new CsvRow(number, values);
			}
		}
		return null;
	}

	private CSVRecord read(RowProblems problems) {
		try {
			if (records.hasNext()) {
				return records.next();
			}
		}
		catch (UncheckedIOException ex) {
			String why = ex.getCause() instanceof CharacterCodingException ? "the file is not valid UTF-8"
					: "the file cannot be read as CSV: " + ex.getCause().getMessage();
			problems.add(parser.getCurrentLineNumber() + 1, "", why);
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			problems.add(parser.getCurrentLineNumber() + 1, "", "the file cannot be read as CSV: " + ex.getMessage());
		}
		stopped = true;
		return null;
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}
}
