package dev.latchkey.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every connection is set up alike: WAL, foreign keys, a 5 s busy timeout, NORMAL sync; readers read only. */
final class SqlConnectionTest {

    @TempDir
    Path dataDir;

    @Test
    void openWhenWriterThenWalForeignKeysBusyTimeoutAndNormalSync() throws SQLException {
        try (SqlConnection writer = SqlConnection.open(dataDir.resolve("test.db"), false)) {
            assertThat(writer.pragma("journal_mode")).isEqualTo("wal");
            assertThat(writer.pragma("foreign_keys")).isEqualTo("1");
            assertThat(writer.pragma("busy_timeout")).isEqualTo("5000");
            assertThat(writer.pragma("synchronous")).isEqualTo("1");
            assertThat(writer.pragma("query_only")).isEqualTo("0");
        }
    }

    @Test
    void openWhenReaderThenSameSettingsAndItRefusesToWrite() throws SQLException {
        Path file = dataDir.resolve("test.db");
        try (SqlConnection writer = SqlConnection.open(file, false);
                SqlConnection reader = SqlConnection.open(file, true)) {
            writer.execute("CREATE TABLE t (x INTEGER)");

            assertThat(reader.pragma("journal_mode")).isEqualTo("wal");
            assertThat(reader.pragma("foreign_keys")).isEqualTo("1");
            assertThat(reader.pragma("busy_timeout")).isEqualTo("5000");
            assertThat(reader.pragma("query_only")).isEqualTo("1");
            assertThatThrownBy(() -> reader.update("INSERT INTO t (x) VALUES (?)", 1)).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void updateWhenParametersAreInstantsFlagsAndOptionalsThenStoresMillisZeroOneAndNull() throws SQLException {
        try (SqlConnection sql = SqlConnection.open(dataDir.resolve("test.db"), false)) {
            sql.execute("CREATE TABLE t (at INTEGER, flag INTEGER, absent TEXT, present TEXT)");

            sql.update("INSERT INTO t (at, flag, absent, present) VALUES (?, ?, ?, ?)",
                    Instant.ofEpochMilli(1_717_243_200_123L), true, Optional.empty(), Optional.of("here"));

            assertThat(sql.first("SELECT at, flag, absent, present FROM t", row -> row.number("at") + "/"
                    + row.flag("flag") + "/" + row.optionalText("absent") + "/" + row.text("present")))
                    .contains("1717243200123/true/Optional.empty/here");
        }
    }

    @Test
    void updateWhenTheSameStatementRunsTwiceThenTheCachedStatementIsReusedWithNewParameters() throws SQLException {
        try (SqlConnection sql = SqlConnection.open(dataDir.resolve("test.db"), false)) {
            sql.execute("CREATE TABLE t (x TEXT)");

            sql.update("INSERT INTO t (x) VALUES (?)", "first");
            sql.update("INSERT INTO t (x) VALUES (?)", Optional.empty());

            assertThat(sql.list("SELECT x FROM t ORDER BY rowid", row -> row.optionalText("x")))
                    .containsExactly(Optional.of("first"), Optional.empty());
        }
    }
}
