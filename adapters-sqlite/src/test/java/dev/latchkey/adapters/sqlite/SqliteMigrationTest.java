package dev.latchkey.adapters.sqlite;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceTarget;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.user.UserId;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a data folder written by a Latchkey whose schema stopped at version 1: version 2 keeps every
 * protected resource, as an external one at its URL, and the rest of the data.
 */
final class SqliteMigrationTest {

    @TempDir
    Path dataDir;

    @BeforeEach
    void writeAVersion1DatabaseWithAResourceAndAUser() {
        SqliteStorage.open(dataDir).close();
        // Start over with only version 1, as the older Latchkey left it.
        RawSqlite.execute(dataDir, "DROP TABLE schema_version");
        for (String table : RawSqlite.query(dataDir, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite_%'")) {
            RawSqlite.execute(dataDir, "DROP TABLE " + table);
        }
        RawSqlite.execute(dataDir, Migrations.CREATE_SCHEMA_VERSION);
        for (String statement : Migrations.statements(Migrations.read("V001__initial_schema.sql"))) {
            RawSqlite.execute(dataDir, statement);
        }
        RawSqlite.execute(dataDir, "INSERT INTO schema_version (version, name) VALUES (1, 'V001__initial_schema.sql')");
        RawSqlite.execute(dataDir, "INSERT INTO protected_resources (name, uri, scopes, created_at) VALUES"
                + " ('files', 'https://files.example.com/mcp', 'mcp:use files:read', " + T0.toEpochMilli() + ")");
        RawSqlite.execute(dataDir, "INSERT INTO users (id, username, password_hash, disabled, created_at) VALUES"
                + " ('user-1', 'alice', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', 0, " + T0.toEpochMilli() + ")");
    }

    @Test
    void openWhenTheSchemaIsAtVersion1ThenUpgradesToTheLatestAndRecordsIt() {
        SqliteStorage.open(dataDir).close();

        assertThat(RawSqlite.query(dataDir, "SELECT name FROM schema_version ORDER BY version"))
                .containsExactlyElementsOf(Migrations.FILES);
    }

    @Test
    void openWhenAVersion1ResourceExistsThenItIsKeptAsAnExternalResourceAtItsUrl() {
        try (SqliteStorage storage = SqliteStorage.open(dataDir)) {
            ProtectedResource expected = new ProtectedResource(new ResourceName("files"),
                    new ResourceTarget.External(new ResourceUri("https://files.example.com/mcp")),
                    ScopeSet.parse("mcp:use files:read"), T0);

            assertThat(storage.protectedResources().findByName(new ResourceName("files"))).contains(expected);
            assertThat(storage.protectedResources().findByUri(new ResourceUri("https://files.example.com/mcp")))
                    .contains(expected);
            assertThat(storage.users().find(new UserId("user-1"))).isPresent();
        }
        assertThat(RawSqlite.query(dataDir, "SELECT kind FROM protected_resources")).containsExactly("external");
    }

    @Test
    void openWhenAVersion1UserExistsThenVersion4GivesThemNoEmailAndNoDisplayNameAndTheyCanBeSet() {
        try (SqliteStorage storage = SqliteStorage.open(dataDir)) {
            UserId alice = new UserId("user-1");
            assertThat(storage.users().find(alice).orElseThrow().email()).isEmpty();
            assertThat(storage.users().find(alice).orElseThrow().displayName()).isEmpty();

            assertThat(storage.users().setProfile(alice, Optional.of("alice@example.com"), Optional.of("Alice")))
                    .isTrue();

            assertThat(storage.users().find(alice).orElseThrow().email()).contains("alice@example.com");
        }
    }

    @Test
    void openWhenUpgradedThenTheUrlStaysUniqueAndGatewayResourcesCanBeAdded() {
        try (SqliteStorage storage = SqliteStorage.open(dataDir)) {
            assertThatThrownBy(() -> storage.protectedResources().add(aProtectedResource().named("files2")
                    .at("https://files.example.com/mcp").build())).isInstanceOf(StorageException.class)
                    .hasMessageContaining("UNIQUE");

            ProtectedResource notes = aProtectedResource().named("notes").behindGateway().build();
            storage.protectedResources().add(notes);

            assertThat(storage.protectedResources().findByName(notes.name())).contains(notes);
            assertThat(storage.activityLog().recent(10)).isEmpty();
        }
    }

    @Test
    void openWhenTheSchemaIsUpgradedThenTheCheckKeepsEachKindsColumnsApart() {
        SqliteStorage.open(dataDir).close();

        assertThatThrownBy(() -> RawSqlite.execute(dataDir, "INSERT INTO protected_resources (name, kind, uri,"
                + " upstream_url, forward_identity, scopes, created_at) VALUES ('both', 'external',"
                + " 'https://both.example.com', 'http://upstream', 0, 'mcp:use', 0)"))
                .hasMessageContaining("CHECK");
        assertThatThrownBy(() -> RawSqlite.execute(dataDir, "INSERT INTO protected_resources (name, kind, scopes,"
                + " created_at) VALUES ('neither', 'gateway', 'mcp:use', 0)"))
                .hasMessageContaining("CHECK");
    }
}
