package dev.latchkey.adapters.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The current row of a query, read by column name. Instants are stored as INTEGER epoch milliseconds and
 * flags as 0 or 1; a NULL where the schema promises a value is reported, never turned into a default.
 */
final class Row {

    private final ResultSet rows;

    Row(ResultSet rows) {
        this.rows = rows;
    }

    String text(String column) throws SQLException {
        return optionalText(column).orElseThrow(() -> unexpectedNull(column));
    }

    Optional<String> optionalText(String column) throws SQLException {
        return Optional.ofNullable(rows.getString(column));
    }

    Instant instant(String column) throws SQLException {
        return optionalInstant(column).orElseThrow(() -> unexpectedNull(column));
    }

    Optional<Instant> optionalInstant(String column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    long number(String column) throws SQLException {
        long value = rows.getLong(column);
        if (rows.wasNull()) {
            throw unexpectedNull(column);
        }
        return value;
    }

    boolean flag(String column) throws SQLException {
        long value = number(column);
        if (value != 0 && value != 1) {
            throw new StorageException("column " + column + " holds " + value + " where 0 or 1 was expected");
        }
        return value == 1;
    }

    private static StorageException unexpectedNull(String column) {
        return new StorageException("column " + column + " is NULL where the schema requires a value");
    }
}
