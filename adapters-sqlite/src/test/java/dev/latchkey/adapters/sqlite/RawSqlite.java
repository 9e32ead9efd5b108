package dev.latchkey.adapters.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sqlite.JDBC;

/**
 * Looks at a data folder's database with a plain JDBC connection of its own, as another process would:
 * what is on disk, not what a {@link SqliteStorage} thinks.
 */
final class RawSqlite {

    private RawSqlite() {}

    static long count(Path dataDir, String table) {
        return Long.parseLong(query(dataDir, "SELECT count(*) FROM " + table).getFirst());
    }

    /** The first column of every row of {@code sql}, as text. */
    static List<String> query(Path dataDir, String sql) {
        try (Connection connection = open(dataDir);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException failure) {
            throw new AssertionError("could not run " + sql + ": " + failure.getMessage(), failure);
        }
    }

    /** The column named {@code column} of every row of {@code sql}, as text. */
    static List<String> query(Path dataDir, String sql, String column) {
        try (Connection connection = open(dataDir);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(column));
            }
            return values;
        } catch (SQLException failure) {
            throw new AssertionError("could not run " + sql + ": " + failure.getMessage(), failure);
        }
    }

    static void execute(Path dataDir, String sql) {
        try (Connection connection = open(dataDir); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new AssertionError("could not run " + sql + ": " + failure.getMessage(), failure);
        }
    }

    private static Connection open(Path dataDir) throws SQLException {
        Connection connection = JDBC.createConnection(
                "jdbc:sqlite:" + dataDir.resolve(SqliteStorage.FILE_NAME).toAbsolutePath(), new Properties());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 5000");
        }
        return connection;
    }
}
