package dev.latchkey.adapters.sqlite;

import dev.latchkey.application.port.Organizations;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Organization;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link Organizations} in the {@code organizations} table. */
final class SqliteOrganizations implements Organizations {

    private static final String SELECT = "SELECT id, name, created_at FROM organizations";

    private final Database database;

    SqliteOrganizations(Database database) {
        this.database = database;
    }

    @Override
    public void add(Organization organization) {
        database.write("add organization " + organization.name(), sql -> sql.update(
                "INSERT INTO organizations (id, name, created_at) VALUES (?, ?, ?)",
                organization.id().value(), organization.name().value(), organization.createdAt()));
    }

    @Override
    public Optional<Organization> find(OrgId id) {
        return database.read("find an organization", sql -> sql.first(SELECT + " WHERE id = ?",
                SqliteOrganizations::organization, id.value()));
    }

    @Override
    public Optional<Organization> findByName(OrgName name) {
        return database.read("find an organization by name", sql -> sql.first(SELECT + " WHERE name = ?",
                SqliteOrganizations::organization, name.value()));
    }

    @Override
    public List<Organization> all() {
        return database.read("list organizations", sql -> sql.list(SELECT + " ORDER BY name",
                SqliteOrganizations::organization));
    }

    private static Organization organization(Row row) throws SQLException {
        return new Organization(new OrgId(row.text("id")), new OrgName(row.text("name")), row.instant("created_at"));
    }
}
