package org.probity.shared.imports;

/** Why one row was rejected; {@code row} counts the header as row 1, as a spreadsheet does. */
public record RowError(long row, String column, String message) {
}
