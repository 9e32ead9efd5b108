package dev.latchkey.adapters.sqlite;

import dev.latchkey.application.port.Clients;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.ClientOwner;
import dev.latchkey.domain.client.ClientProfile;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.client.RegistrationSource;
import dev.latchkey.domain.client.TokenEndpointAuthMethod;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.secret.SecretHash;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link Clients} in the {@code clients} table, with redirect URIs in {@code client_redirect_uris} in their
 * registered order. Adding or replacing a client writes both in one savepoint or transaction. A client of an
 * organization keeps it in {@code owner_org_id} and its allowed resources in {@code allowed_resources}.
 */
final class SqliteClients implements Clients {

    private static final String SELECT = """
            SELECT id, name, client_uri, logo_uri, tos_uri, policy_uri, contacts, software_id, software_version,
                   auth_method, grant_types, scope, secret_hash, source, registered_at, owner_org_id,
                   allowed_resources
            FROM clients""";

    /** Every column of a client row, in the order of {@link #values}. */
    private static final List<String> COLUMN_NAMES = List.of("id", "name", "client_uri", "logo_uri", "tos_uri",
            "policy_uri", "contacts", "software_id", "software_version", "auth_method", "grant_types", "scope",
            "secret_hash", "source", "registered_at", "owner_org_id", "allowed_resources");

    private static final String COLUMNS = String.join(", ", COLUMN_NAMES);

    private static final String PLACEHOLDERS = String.join(", ", Collections.nCopies(COLUMN_NAMES.size(), "?"));

    /** Every column but the key takes the new value. */
    private static final String UPDATES = COLUMN_NAMES.stream().skip(1).map(column -> column + " = excluded." + column)
            .collect(Collectors.joining(", "));

    static final String REMOVE_UNUSED_DYNAMIC = """
            DELETE FROM clients
            WHERE source = ? AND registered_at < ?
              AND NOT EXISTS (SELECT 1 FROM grants WHERE grants.client_id = clients.id)""";

    /** An organization's clients, oldest first; clients registered at the same instant in the order added. */
    static final String OWNED_BY = SELECT + " WHERE owner_org_id = ? ORDER BY registered_at, rowid";

    /** A client row read before its redirect URIs. */
    private record ClientRow(String id, Function<List<RedirectUri>, Client> withRedirectUris) {}

    private final Database database;

    SqliteClients(Database database) {
        this.database = database;
    }

    @Override
    public void add(Client client) {
        database.write("add client " + client.id(), sql -> {
            sql.update("INSERT INTO clients (" + COLUMNS + ") VALUES (" + PLACEHOLDERS + ")", values(client));
            insertRedirectUris(sql, client);
            return null;
        });
    }

    /**
     * Updates the row in place rather than deleting it: grants, pending authorizations and codes refer to
     * the client with {@code ON DELETE CASCADE}, and a delete (or {@code INSERT OR REPLACE}, which deletes)
     * would take them with it. The upsert also keeps the rowid, so {@link #all()} keeps the client's place.
     */
    @Override
    public void put(Client client) {
        database.write("store client " + client.id(), sql -> {
            sql.update("INSERT INTO clients (" + COLUMNS + ") VALUES (" + PLACEHOLDERS + ")"
                    + " ON CONFLICT (id) DO UPDATE SET " + UPDATES, values(client));
            sql.update("DELETE FROM client_redirect_uris WHERE client_id = ?", client.id().value());
            insertRedirectUris(sql, client);
            return null;
        });
    }

    /**
     * One statement: the foreign keys of version 1 cascade from the client to its redirect URIs, pending
     * authorizations, codes and grants, and from the grants to their refresh tokens and codes.
     */
    @Override
    public boolean remove(ClientId id) {
        return database.write("remove client " + id, sql -> sql.update("DELETE FROM clients WHERE id = ?",
                id.value())) == 1;
    }

    /** Revoked grants count: their client completed a flow. Pending requests and codes go by cascade. */
    @Override
    public int removeUnusedDynamic(Instant registeredBefore) {
        return database.write("remove unused clients", sql -> sql.update(REMOVE_UNUSED_DYNAMIC,
                RegistrationSource.DYNAMIC.storedName(), registeredBefore));
    }

    private static Object[] values(Client client) {
        ClientProfile profile = client.profile();
        return new Object[] {client.id().value(), profile.name(), profile.clientUri(), profile.logoUri(),
            profile.tosUri(), profile.policyUri(), Columns.contacts(profile.contacts()), profile.softwareId(),
            profile.softwareVersion(), client.authMethod().wireName(), Columns.grantTypes(client.grantTypes()),
            client.scope().map(Columns::scopes), client.secretHash().map(SecretHash::value),
            client.source().storedName(), client.registeredAt(),
            client.owner().map(owner -> owner.organization().value()),
            client.owner().map(owner -> allowedResources(owner.allowedResources()))};
    }

    /** Resource names space-separated (a name holds no space), sorted so that equal sets are stored alike. */
    private static String allowedResources(Set<ResourceName> resources) {
        return String.join(" ", resources.stream().map(ResourceName::value).sorted().toList());
    }

    private static Set<ResourceName> allowedResources(String text) {
        return Arrays.stream(text.split(" ")).filter(name -> !name.isEmpty()).map(ResourceName::new)
                .collect(Collectors.toSet());
    }

    private static void insertRedirectUris(SqlConnection sql, Client client) throws SQLException {
        List<RedirectUri> redirectUris = client.redirectUris();
        for (int position = 0; position < redirectUris.size(); position++) {
            sql.update("INSERT INTO client_redirect_uris (client_id, position, uri) VALUES (?, ?, ?)",
                    client.id().value(), position, redirectUris.get(position).value());
        }
    }

    @Override
    public Optional<Client> find(ClientId id) {
        return database.read("find a client", sql -> {
            Optional<ClientRow> row = sql.first(SELECT + " WHERE id = ?", SqliteClients::client, id.value());
            if (row.isEmpty()) {
                return Optional.empty();
            }
            List<RedirectUri> redirectUris = sql.list(
                    "SELECT uri FROM client_redirect_uris WHERE client_id = ? ORDER BY position",
                    uri -> new RedirectUri(uri.text("uri")), id.value());
            return Optional.of(row.get().withRedirectUris().apply(redirectUris));
        });
    }

    @Override
    public List<Client> all() {
        return database.read("list clients", sql -> {
            List<ClientRow> rows = sql.list(SELECT + " ORDER BY registered_at, rowid", SqliteClients::client);
            Map<String, List<RedirectUri>> redirectUris = new HashMap<>();
            sql.list("SELECT client_id, uri FROM client_redirect_uris ORDER BY client_id, position", uri -> {
                redirectUris.computeIfAbsent(uri.text("client_id"), client -> new ArrayList<>())
                        .add(new RedirectUri(uri.text("uri")));
                return null;
            });
            return rows.stream()
                    .map(row -> row.withRedirectUris().apply(redirectUris.getOrDefault(row.id(), List.of())))
                    .toList();
        });
    }

    @Override
    public List<Client> ownedBy(OrgId organization) {
        return database.read("list an organization's clients", sql -> {
            List<ClientRow> rows = sql.list(OWNED_BY, SqliteClients::client, organization.value());
            Map<String, List<RedirectUri>> redirectUris = new HashMap<>();
            sql.list("""
                    SELECT r.client_id AS client_id, r.uri AS uri
                    FROM client_redirect_uris r JOIN clients c ON c.id = r.client_id
                    WHERE c.owner_org_id = ?
                    ORDER BY r.client_id, r.position""", uri -> {
                redirectUris.computeIfAbsent(uri.text("client_id"), client -> new ArrayList<>())
                        .add(new RedirectUri(uri.text("uri")));
                return null;
            }, organization.value());
            return rows.stream()
                    .map(row -> row.withRedirectUris().apply(redirectUris.getOrDefault(row.id(), List.of())))
                    .toList();
        });
    }

    private static ClientRow client(Row row) throws SQLException {
        String id = row.text("id");
        ClientProfile profile = new ClientProfile(row.optionalText("name"), row.optionalText("client_uri"),
                row.optionalText("logo_uri"), row.optionalText("tos_uri"), row.optionalText("policy_uri"),
                Columns.contacts(row.optionalText("contacts")), row.optionalText("software_id"),
                row.optionalText("software_version"));
        String authMethod = row.text("auth_method");
        TokenEndpointAuthMethod method = TokenEndpointAuthMethod.fromWireName(authMethod).orElseThrow(
                () -> new StorageException("unknown token endpoint auth method '" + authMethod + "' in client " + id));
        Set<GrantType> grantTypes = Columns.grantTypes(row.text("grant_types"));
        Optional<ScopeSet> scope = row.optionalText("scope").map(Columns::scopes);
        Optional<SecretHash> secretHash = row.optionalText("secret_hash").map(SecretHash::new);
        RegistrationSource source = RegistrationSource.fromStoredName(row.text("source"));
        Instant registeredAt = row.instant("registered_at");
        Optional<String> allowedResources = row.optionalText("allowed_resources");
        Optional<ClientOwner> owner = row.optionalText("owner_org_id").map(organization -> new ClientOwner(
                new OrgId(organization), allowedResources(allowedResources.orElseThrow(() -> new StorageException(
                        "client " + id + " belongs to an organization but has no allowed resources")))));
        return new ClientRow(id, redirectUris -> new Client(new ClientId(id), profile, redirectUris, method,
                grantTypes, scope, secretHash, source, registeredAt, owner));
    }
}
