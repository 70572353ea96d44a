package org.probity.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;

/**
 * Writes one column value as text and reads it back, by its JDBC type, so that a backup taken on one engine
 * restores the same values on either (bytes as Base64, times as ISO-8601, decimals exactly).
 */
final class ColumnCodec {

	private ColumnCodec() {
	}

	static String read(ResultSet rs, int column, int type) throws SQLException {
		Object value = switch (type) {
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> encode(rs.getBytes(column));
			case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(column, OffsetDateTime.class);
			case Types.TIMESTAMP -> rs.getObject(column, LocalDateTime.class);
			case Types.DATE -> rs.getObject(column, LocalDate.class);
			case Types.TIME -> rs.getObject(column, LocalTime.class);
			case Types.NUMERIC, Types.DECIMAL -> plain(rs.getBigDecimal(column));
			default -> rs.getString(column);
		};
		return value == null || rs.wasNull() ? null : value.toString();
	}

	static void write(PreparedStatement statement, int parameter, int type, String text) throws SQLException {
		if (text == null) {
			statement.setNull(parameter, type);
			return;
		}
		switch (type) {
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
				statement.setBytes(parameter, Base64.getDecoder().decode(text));
			case Types.TIMESTAMP_WITH_TIMEZONE -> statement.setObject(parameter, OffsetDateTime.parse(text));
			case Types.TIMESTAMP -> statement.setObject(parameter, LocalDateTime.parse(text));
			case Types.DATE -> statement.setObject(parameter, LocalDate.parse(text));
			case Types.TIME -> statement.setObject(parameter, LocalTime.parse(text));
			case Types.NUMERIC, Types.DECIMAL -> statement.setBigDecimal(parameter, new BigDecimal(text));
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> statement.setLong(parameter, Long.parseLong(text));
			case Types.BOOLEAN, Types.BIT -> statement.setBoolean(parameter, parseBoolean(text));
			case Types.DOUBLE, Types.FLOAT, Types.REAL -> statement.setDouble(parameter, Double.parseDouble(text));
			// PostgreSQL's uuid, json and the like: sent untyped, so the server casts the text to the column's type
			case Types.OTHER -> statement.setObject(parameter, text, Types.OTHER);
			default -> statement.setString(parameter, text);
		}
	}

	private static boolean parseBoolean(String text) {
		return "true".equalsIgnoreCase(text) || "t".equalsIgnoreCase(text) || "1".equals(text);
	}

	private static String encode(byte[] bytes) {
		return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}
}
