package dev.latchkey.adapters.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.sqlite.JDBC;

/**
 * One JDBC connection to the database file with its prepared statements, cached by SQL text and reused.
 * Used by one thread at a time ({@link Database} lends it), so the cache needs no locking.
 *
 * <p>Parameters are bound by type: {@link String}, {@link Instant} (as epoch milliseconds), {@link Boolean}
 * (as 0 or 1), {@link Integer}, {@link Long}, {@code null}, or an {@link Optional} of one of those (empty is
 * NULL).
 */
final class SqlConnection implements AutoCloseable {

    /** How long a statement waits for another connection's (or process's) lock before failing. */
    static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    private SqlConnection(Connection connection) {
        this.connection = connection;
    }

    /**
     * Opens a connection in WAL mode with foreign keys enforced; a reader also refuses to write
     * ({@code query_only}), so a write can only ever happen on the one writer connection.
     */
    static SqlConnection open(Path file, boolean reader) throws SQLException {
        Connection connection = JDBC.createConnection("jdbc:sqlite:" + file.toAbsolutePath(), new Properties());
        SqlConnection sql = new SqlConnection(connection);
        try {
            // busy_timeout first: every later statement may have to wait for another process's lock.
            sql.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            String journalMode = sql.pragma("journal_mode = WAL");
            if (!journalMode.equalsIgnoreCase("wal")) {
                throw new SQLException("SQLite refused WAL mode for " + file + " (journal_mode is " + journalMode
                        + "); put the data folder on a local file system");
            }
            sql.execute("PRAGMA foreign_keys = ON");
            sql.execute("PRAGMA synchronous = NORMAL");
            if (reader) {
                sql.execute("PRAGMA query_only = ON");
            }
            return sql;
        } catch (SQLException | RuntimeException failure) {
            sql.closeAfter(failure);
            throw failure;
        }
    }

    /** Runs a statement that changes rows; returns how many it changed. */
    int update(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = prepared(sql, parameters);
        return statement.executeUpdate();
    }

    /** Every row of a query, read by {@code reader}. */
    <T> List<T> list(String sql, RowReader<T> reader, Object... parameters) throws SQLException {
        PreparedStatement statement = prepared(sql, parameters);
        try (ResultSet rows = statement.executeQuery()) {
            Row row = new Row(rows);
            List<T> read = new ArrayList<>();
            while (rows.next()) {
                read.add(reader.read(row));
            }
            return read;
        }
    }

    /** The first row of a query, read by {@code reader}, or empty when there is none. */
    <T> Optional<T> first(String sql, RowReader<T> reader, Object... parameters) throws SQLException {
        PreparedStatement statement = prepared(sql, parameters);
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(reader.read(new Row(rows))) : Optional.empty();
        }
    }

    /**
     * Runs a statement without caching it: transaction control, pragmas and migrations, which are either
     * trivial to prepare or run once.
     */
    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The text value of {@code PRAGMA <setting>}. */
    String pragma(String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA " + setting)) {
            if (!rows.next()) {
                throw new SQLException("PRAGMA " + setting + " returned no value");
            }
            return rows.getString(1);
        }
    }

    private PreparedStatement prepared(String sql, Object[] parameters) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        statement.clearParameters();
        for (int i = 0; i < parameters.length; i++) {
            bind(statement, i + 1, parameters[i] instanceof Optional<?> optional ? optional.orElse(null) : parameters[i]);
        }
        return statement;
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        switch (value) {
            case null -> statement.setNull(index, Types.NULL);
            case String text -> statement.setString(index, text);
            case Instant instant -> statement.setLong(index, instant.toEpochMilli());
            case Boolean flag -> statement.setInt(index, flag ? 1 : 0);
            case Integer number -> statement.setInt(index, number);
            case Long number -> statement.setLong(index, number);
            default -> throw new IllegalArgumentException("cannot bind a " + value.getClass().getName()
                    + " as a SQL parameter; convert it to text, a number or an instant first");
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException closing) {
                failure = keep(failure, closing);
            }
        }
        statements.clear();
        try {
            connection.close();
        } catch (SQLException closing) {
            failure = keep(failure, closing);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void closeAfter(Exception cause) {
        try {
            close();
        } catch (SQLException closing) {
            cause.addSuppressed(closing);
        }
    }

    private static SQLException keep(SQLException first, SQLException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }
}
