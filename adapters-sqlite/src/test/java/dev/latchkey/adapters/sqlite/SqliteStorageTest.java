package dev.latchkey.adapters.sqlite;

import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.Username;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a data folder: migrations, connection settings, refusing a newer schema, closing. */
final class SqliteStorageTest {

    @TempDir
    Path tempDir;

    @Test
    void openWhenTheFolderDoesNotExistThenCreatesItAndTheDatabaseFile() {
        Path dataDir = tempDir.resolve("nested/data");

        try (SqliteStorage storage = SqliteStorage.open(dataDir)) {
            assertThat(storage.users().isEmpty()).isTrue();
        }

        assertThat(dataDir.resolve("latchkey.db")).isRegularFile();
    }

    @Test
    void openWhenNewThenAppliesEveryMigrationInOrderAndRecordsIt() {
        try (SqliteStorage storage = SqliteStorage.open(tempDir)) {
            assertThat(storage.users().all()).isEmpty();
        }

        assertThat(RawSqlite.query(tempDir, "SELECT version FROM schema_version ORDER BY version"))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, Migrations.latestVersion())
                        .mapToObj(Integer::toString).toList());
        assertThat(RawSqlite.query(tempDir, "SELECT name FROM schema_version ORDER BY version"))
                .containsExactlyElementsOf(Migrations.FILES);
    }

    @Test
    void openWhenOpenedAgainThenAppliesNoMigrationTwiceAndKeepsTheData() {
        User user = aUser().build();
        try (SqliteStorage storage = SqliteStorage.open(tempDir)) {
            storage.users().add(user);
        }

        try (SqliteStorage storage = SqliteStorage.open(tempDir)) {
            assertThat(storage.users().find(user.id())).contains(user);
        }
        try (SqliteStorage storage = SqliteStorage.open(tempDir)) {
            assertThat(storage.users().all()).containsExactly(user);
        }

        assertThat(RawSqlite.count(tempDir, "schema_version")).isEqualTo(Migrations.FILES.size());
    }

    @Test
    void openWhenTheDatabaseWasWrittenByANewerLatchkeyThenRefusesWithAClearMessage() {
        SqliteStorage.open(tempDir).close();
        RawSqlite.execute(tempDir, "INSERT INTO schema_version (version, name) VALUES (999, 'V999__from_the_future.sql')");

        assertThatThrownBy(() -> SqliteStorage.open(tempDir))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("was written by a newer Latchkey")
                .hasMessageContaining(tempDir.toAbsolutePath().toString())
                .hasMessageContaining("version 999")
                .hasMessageContaining("up to " + Migrations.latestVersion());
        assertThat(RawSqlite.query(tempDir, "SELECT max(version) FROM schema_version")).containsExactly("999");
    }

    @Test
    void openWhenOpenedThenTheDatabaseIsInWalMode() {
        try (SqliteStorage storage = SqliteStorage.open(tempDir)) {
            storage.users().add(aUser().build());

            assertThat(RawSqlite.query(tempDir, "PRAGMA journal_mode")).containsExactly("wal");
            assertThat(tempDir.resolve("latchkey.db-wal")).exists();
        }
    }

    @Test
    void addWhenAGrantNamesAnUnknownUserThenForeignKeysRefuseIt() {
        try (SqliteStorage storage = SqliteStorage.open(tempDir)) {
            assertThatThrownBy(() -> storage.grants().add(aGrant().build()))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("FOREIGN KEY");

            assertThat(RawSqlite.count(tempDir, "grants")).isZero();
        }
    }

    @Test
    void addWhenAUniqueColumnIsTakenThenFailsWithAMessageNamingTheOperationAndTheFile() {
        try (SqliteStorage storage = SqliteStorage.open(tempDir)) {
            storage.users().add(aUser().named("alice").build());

            assertThatThrownBy(() -> storage.users().add(aUser().named("alice").build()))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("add user alice")
                    .hasMessageContaining(SqliteStorage.FILE_NAME)
                    .hasMessageContaining("UNIQUE");
            assertThat(storage.users().findByUsername(new Username("alice"))).isPresent();
        }
    }

    @Test
    void closeWhenCalledTwiceThenDoesNothingMore() {
        SqliteStorage storage = SqliteStorage.open(tempDir);

        storage.close();
        storage.close();

        assertThat(Files.exists(tempDir.resolve("latchkey.db"))).isTrue();
    }

    @Test
    void findWhenTheStorageIsClosedThenFailsClearly() {
        SqliteStorage storage = SqliteStorage.open(tempDir);
        storage.close();

        assertThatThrownBy(() -> storage.users().all()).isInstanceOf(StorageException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> storage.users().add(aUser().build())).isInstanceOf(StorageException.class)
                .hasMessageContaining("closed");
    }
}
