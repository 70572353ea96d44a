package org.probity.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV dataset streamed to disk in files of at most {@code chunkRows} rows, each with the header: the import holds
 * one transaction per file, so a nation-sized dataset is posted as several files.
 */
final class ChunkedCsv implements AutoCloseable {

	private final Path folder;

	private final String dataset;

	private final String header;

	private final int chunkRows;

	private final List<Path> files = new ArrayList<>();

	private BufferedWriter out;

	private int rowsInFile;

	private long rows;

	ChunkedCsv(Path folder, String dataset, String header, int chunkRows) {
		this.folder = folder;
		this.dataset = dataset;
		this.header = header;
		this.chunkRows = chunkRows;
	}

	void row(Object... values) {
		try {
			if (out == null || rowsInFile == chunkRows) {
				roll();
			}
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write(field(values[i]));
			}
			out.write('\n');
			rowsInFile++;
			rows++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void roll() throws IOException {
		close();
		Path file = folder.resolve(String.format("%s-%03d.csv", dataset, files.size() + 1));
		files.add(file);
		out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		out.write(header);
		out.write('\n');
		rowsInFile = 0;
	}

	static String field(Object value) {
		String text = value == null ? "" : value.toString();
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	Dataset dataset() {
		return new Dataset(dataset, List.copyOf(files), rows);
	}

	@Override
	public void close() throws IOException {
		if (out != null) {
			out.close();
			out = null;
		}
	}

	/** The files of one dataset, in the order they must be imported, and how many rows they hold. */
	record Dataset(String name, List<Path> files, long rows) {
	}
}
