package dev.latchkey.adapters.sqlite;

import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aRefreshToken;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.fixtures.RefreshTokenBuilder;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.user.User;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.JDBC;

/**
 * Schema version 5 on disk: a client's organization is a real foreign key (an unknown organization is
 * refused, removing the organization removes its clients and everything that cascades from them), the
 * allowed resources are present exactly with an owner, and clients written before version 5 read back
 * with no owner.
 */
final class SqliteClientOwnersTest {

    @TempDir
    Path dataDir;

    @Test
    void addWhenTheOwnerOrganizationIsNotStoredThenTheForeignKeyRefusesIt() {
        try (SqliteStorage storage = SqliteStorage.open(dataDir)) {
            Client orphan = aPublicClient().ownedBy(new OrgId("no-such-organization"), new ResourceName("notes"))
                    .build();

            assertThatThrownBy(() -> storage.clients().add(orphan)).isInstanceOf(StorageException.class)
                    .hasMessageContaining("FOREIGN KEY");
            assertThat(storage.clients().all()).isEmpty();
        }
    }

    @Test
    void storeWhenOwnedThenTheRowHoldsTheOrganizationAndTheSortedResourceNames() {
        try (SqliteStorage storage = SqliteStorage.open(dataDir)) {
            Organization acme = anOrganization().build();
            storage.organizations().add(acme);
            storage.clients().add(aPublicClient().withId("owned").ownedBy(acme.id(), new ResourceName("notes"),
                    new ResourceName("crm"), new ResourceName("files")).build());
            storage.clients().add(aPublicClient().withId("dynamic").build());
        }

        assertThat(RawSqlite.query(dataDir, "SELECT owner_org_id || '|' || allowed_resources FROM clients"
                + " WHERE id = 'owned'")).singleElement().asString().endsWith("|crm files notes");
        assertThat(RawSqlite.query(dataDir, "SELECT count(*) FROM clients WHERE id = 'dynamic'"
                + " AND owner_org_id IS NULL AND allowed_resources IS NULL")).containsExactly("1");
    }

    @Test
    void insertWhenAnOwnerHasNoAllowedResourcesColumnOrTheReverseThenTheCheckRefusesIt() {
        SqliteStorage.open(dataDir).close();
        RawSqlite.execute(dataDir, "INSERT INTO organizations (id, name, created_at) VALUES ('org-1', 'acme', 0)");

        assertThatThrownBy(() -> RawSqlite.execute(dataDir, "INSERT INTO clients (id, auth_method, grant_types,"
                + " source, registered_at, owner_org_id) VALUES ('c-1', 'none', 'authorization_code', 'admin', 0,"
                + " 'org-1')")).hasMessageContaining("CHECK");
        assertThatThrownBy(() -> RawSqlite.execute(dataDir, "INSERT INTO clients (id, auth_method, grant_types,"
                + " source, registered_at, allowed_resources) VALUES ('c-2', 'none', 'authorization_code', 'dynamic',"
                + " 0, 'notes')")).hasMessageContaining("CHECK");
    }

    @Test
    void deleteWhenTheOrganizationIsRemovedThenItsClientsTheirGrantsAndTokensGoOthersStay() throws SQLException {
        Organization acme = anOrganization().build();
        Organization globex = anOrganization().build();
        Client owned = aPublicClient().ownedBy(acme.id(), new ResourceName("notes")).build();
        Client globexOwned = aPublicClient().ownedBy(globex.id(), new ResourceName("notes")).build();
        Client dynamic = aPublicClient().build();
        RefreshTokenBuilder refresh;
        Grant ofDynamicInGlobex;
        try (SqliteStorage storage = SqliteStorage.open(dataDir)) {
            storage.organizations().add(acme);
            storage.organizations().add(globex);
            User user = aUser().build();
            storage.users().add(user);
            storage.clients().add(owned);
            storage.clients().add(globexOwned);
            storage.clients().add(dynamic);
            // A grant of acme's client given in globex, so that only the client's removal takes it.
            Grant grant = aGrant().of(user).in(globex).to(owned).build();
            storage.grants().add(grant);
            refresh = aRefreshToken().of(grant);
            storage.refreshTokens().add(refresh.build());
            ofDynamicInGlobex = aGrant().of(user).in(globex).to(dynamic).build();
            storage.grants().add(ofDynamicInGlobex);
        }

        deleteWithForeignKeys("DELETE FROM organizations WHERE id = ?", acme.id().value());

        try (SqliteStorage storage = SqliteStorage.open(dataDir)) {
            assertThat(storage.clients().all()).containsExactly(globexOwned, dynamic);
            assertThat(storage.refreshTokens().findByHash(refresh.token().hash())).isEmpty();
            assertThat(storage.grants().ofOrganization(globex.id())).containsExactly(ofDynamicInGlobex);
        }
    }

    @Test
    void openWhenClientsWereWrittenBeforeVersion5ThenTheyReadBackWithoutAnOwner() {
        writeAVersion4Database();
        RawSqlite.execute(dataDir, "INSERT INTO clients (id, name, auth_method, grant_types, source, registered_at)"
                + " VALUES ('old-client', 'Old', 'none', 'authorization_code refresh_token', 'dynamic', 0)");
        RawSqlite.execute(dataDir, "INSERT INTO client_redirect_uris (client_id, position, uri) VALUES"
                + " ('old-client', 0, 'https://old.example.com/callback')");

        try (SqliteStorage storage = SqliteStorage.open(dataDir)) {
            Client old = storage.clients().find(new ClientId("old-client")).orElseThrow();

            assertThat(old.owner()).isEmpty();
            assertThat(old.displayName()).isEqualTo("Old");
            assertThat(old.redirectUris()).extracting(RedirectUri::value)
                    .containsExactly("https://old.example.com/callback");
        }
        assertThat(RawSqlite.query(dataDir, "SELECT name FROM schema_version ORDER BY version"))
                .containsExactlyElementsOf(Migrations.FILES);
        assertThat(RawSqlite.query(dataDir, "SELECT name FROM sqlite_schema WHERE type = 'index'"
                + " AND name IN ('clients_by_owner', 'grants_by_organization') ORDER BY name"))
                .containsExactlyElementsOf(List.of("clients_by_owner", "grants_by_organization"));
    }

    /** The schema as the Latchkey before version 5 left it, with no rows. */
    private void writeAVersion4Database() {
        SqliteStorage.open(dataDir).close();
        RawSqlite.execute(dataDir, "DROP TABLE schema_version");
        for (String table : RawSqlite.query(dataDir, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite_%'")) {
            RawSqlite.execute(dataDir, "DROP TABLE " + table);
        }
        RawSqlite.execute(dataDir, Migrations.CREATE_SCHEMA_VERSION);
        for (String file : Migrations.FILES) {
            int version = Migrations.versionOf(file);
            if (version < 5) {
                for (String statement : Migrations.statements(Migrations.read(file))) {
                    RawSqlite.execute(dataDir, statement);
                }
                RawSqlite.execute(dataDir, "INSERT INTO schema_version (version, name) VALUES (" + version + ", '"
                        + file + "')");
            }
        }
    }

    /** Runs a delete on a connection of its own with foreign keys on, as Latchkey's connections have them. */
    private void deleteWithForeignKeys(String sql, String parameter) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("foreign_keys", "true");
        try (Connection connection = JDBC.createConnection(
                "jdbc:sqlite:" + dataDir.resolve(SqliteStorage.FILE_NAME).toAbsolutePath(), properties);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
