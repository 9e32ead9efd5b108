package dev.latchkey.adapters.sqlite;

import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceTarget;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.resource.Upstream;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * {@link ProtectedResources} in the {@code protected_resources} table. The {@code kind} column tells an
 * external resource (its {@code uri} stored, unique) from a gateway resource (its upstream stored, its URI
 * derived from the issuer and not stored); the CHECK constraint keeps the other kind's columns NULL.
 */
final class SqliteProtectedResources implements ProtectedResources {

    private static final String EXTERNAL = "external";
    private static final String GATEWAY = "gateway";

    private static final String SELECT = """
            SELECT name, kind, uri, upstream_url, upstream_headers, forward_identity, scopes, created_at
            FROM protected_resources""";

    private final Database database;

    SqliteProtectedResources(Database database) {
        this.database = database;
    }

    /** The columns of a target; those of the other kind are NULL. */
    private record TargetColumns(String kind, Optional<String> uri, Optional<String> upstreamUrl,
            Optional<String> upstreamHeaders, Optional<Boolean> forwardIdentity) {

        static TargetColumns of(ResourceTarget target) {
            return switch (target) {
                case ResourceTarget.External external -> new TargetColumns(EXTERNAL, Optional.of(external.uri().value()),
                        Optional.empty(), Optional.empty(), Optional.empty());
                case ResourceTarget.Gateway gateway -> new TargetColumns(GATEWAY, Optional.empty(),
                        Optional.of(gateway.upstream().url().toString()), Columns.headers(gateway.upstream().headers()),
                        Optional.of(gateway.upstream().forwardIdentity()));
            };
        }
    }

    @Override
    public void add(ProtectedResource resource) {
        TargetColumns target = TargetColumns.of(resource.target());
        database.write("add protected resource " + resource.name(), sql -> sql.update("""
                INSERT INTO protected_resources (name, kind, uri, upstream_url, upstream_headers, forward_identity,
                                                 scopes, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                resource.name().value(), target.kind(), target.uri(), target.upstreamUrl(), target.upstreamHeaders(),
                target.forwardIdentity(), Columns.scopes(resource.scopes()), resource.createdAt()));
    }

    @Override
    public Optional<ProtectedResource> findByUri(ResourceUri uri) {
        return database.read("find a protected resource", sql -> sql.first(
                SELECT + " WHERE kind = 'external' AND uri = ?", SqliteProtectedResources::resource, uri.value()));
    }

    @Override
    public Optional<ProtectedResource> findByName(ResourceName name) {
        return database.read("find a protected resource", sql -> sql.first(SELECT + " WHERE name = ?",
                SqliteProtectedResources::resource, name.value()));
    }

    @Override
    public List<ProtectedResource> all() {
        return database.read("list protected resources", sql -> sql.list(SELECT + " ORDER BY name",
                SqliteProtectedResources::resource));
    }

    @Override
    public boolean replace(ProtectedResource resource) {
        TargetColumns target = TargetColumns.of(resource.target());
        return database.write("replace protected resource " + resource.name(), sql -> sql.update("""
                UPDATE protected_resources
                SET kind = ?, uri = ?, upstream_url = ?, upstream_headers = ?, forward_identity = ?, scopes = ?
                WHERE name = ?""",
                target.kind(), target.uri(), target.upstreamUrl(), target.upstreamHeaders(), target.forwardIdentity(),
                Columns.scopes(resource.scopes()), resource.name().value())) == 1;
    }

    @Override
    public boolean remove(ResourceName name) {
        return database.write("remove protected resource " + name, sql -> sql.update(
                "DELETE FROM protected_resources WHERE name = ?", name.value())) == 1;
    }

    private static ProtectedResource resource(Row row) throws SQLException {
        String kind = row.text("kind");
        ResourceTarget target = switch (kind) {
            case EXTERNAL -> new ResourceTarget.External(new ResourceUri(row.text("uri")));
            case GATEWAY -> new ResourceTarget.Gateway(new Upstream(URI.create(row.text("upstream_url")),
                    Columns.headers(row.optionalText("upstream_headers")), row.flag("forward_identity")));
            default -> throw new StorageException("unknown protected resource kind '" + kind + "' stored");
        };
        return new ProtectedResource(new ResourceName(row.text("name")), target, Columns.scopes(row.text("scopes")),
                row.instant("created_at"));
    }
}
