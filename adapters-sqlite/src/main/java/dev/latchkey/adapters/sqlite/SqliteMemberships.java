package dev.latchkey.adapters.sqlite;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.user.UserId;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * {@link Memberships} in the {@code memberships} table. {@link #put} is an upsert that changes only the
 * role of an existing membership; the row keeps its rowid, so the join order stays.
 */
final class SqliteMemberships implements Memberships {

    private static final String SELECT = "SELECT user_id, org_id, role, since FROM memberships";

    private final Database database;

    SqliteMemberships(Database database) {
        this.database = database;
    }

    @Override
    public void put(Membership membership) {
        database.write("put a membership", sql -> sql.update("""
                INSERT INTO memberships (user_id, org_id, role, since) VALUES (?, ?, ?, ?)
                ON CONFLICT (user_id, org_id) DO UPDATE SET role = excluded.role""",
                membership.userId().value(), membership.orgId().value(), membership.role().wireName(),
                membership.since()));
    }

    @Override
    public Optional<Membership> find(UserId userId, OrgId orgId) {
        return database.read("find a membership", sql -> sql.first(SELECT + " WHERE user_id = ? AND org_id = ?",
                SqliteMemberships::membership, userId.value(), orgId.value()));
    }

    @Override
    public List<Membership> ofUser(UserId userId) {
        return database.read("list a user's memberships", sql -> sql.list(
                SELECT + " WHERE user_id = ? ORDER BY since, rowid", SqliteMemberships::membership, userId.value()));
    }

    @Override
    public List<Membership> ofOrganization(OrgId orgId) {
        return database.read("list an organization's members", sql -> sql.list(
                SELECT + " WHERE org_id = ? ORDER BY since, rowid", SqliteMemberships::membership, orgId.value()));
    }

    @Override
    public boolean remove(UserId userId, OrgId orgId) {
        return database.write("remove a membership", sql -> sql.update(
                "DELETE FROM memberships WHERE user_id = ? AND org_id = ?", userId.value(), orgId.value())) == 1;
    }

    private static Membership membership(Row row) throws SQLException {
        return new Membership(new UserId(row.text("user_id")), new OrgId(row.text("org_id")),
                Columns.role(row.text("role")), row.instant("since"));
    }
}
