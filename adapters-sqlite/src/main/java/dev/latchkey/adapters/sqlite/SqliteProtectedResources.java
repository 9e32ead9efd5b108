package dev.latchkey.adapters.sqlite;

import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceUri;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link ProtectedResources} in the {@code protected_resources} table. */
final class SqliteProtectedResources implements ProtectedResources {

    private static final String SELECT = "SELECT name, uri, scopes, created_at FROM protected_resources";

    private final Database database;

    SqliteProtectedResources(Database database) {
        this.database = database;
    }

    @Override
    public void add(ProtectedResource resource) {
        database.write("add protected resource " + resource.name(), sql -> sql.update(
                "INSERT INTO protected_resources (name, uri, scopes, created_at) VALUES (?, ?, ?, ?)",
                resource.name().value(), resource.uri().value(), Columns.scopes(resource.scopes()),
                resource.createdAt()));
    }

    @Override
    public Optional<ProtectedResource> findByUri(ResourceUri uri) {
        return database.read("find a protected resource", sql -> sql.first(SELECT + " WHERE uri = ?",
                SqliteProtectedResources::resource, uri.value()));
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

    private static ProtectedResource resource(Row row) throws SQLException {
        return new ProtectedResource(new ResourceName(row.text("name")), new ResourceUri(row.text("uri")),
                Columns.scopes(row.text("scopes")), row.instant("created_at"));
    }
}
