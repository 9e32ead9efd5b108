package dev.latchkey.adapters.sqlite;

import dev.latchkey.application.port.Grants;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.user.Username;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link Grants} in the {@code grants} table; active while {@code revoked_at} is NULL. {@link #findLive},
 * which the gateway runs on every call, is one query joining the grant to its user and membership by their
 * primary keys, on a statement each connection prepares once.
 */
final class SqliteGrants implements Grants {

    private static final String SELECT = """
            SELECT id, user_id, org_id, client_id, resource, scope, created_at, revoked_at, last_used_at
            FROM grants""";

    /** A grant that is active, of an enabled user who is still a member of the grant's organization. */
    static final String FIND_LIVE = """
            SELECT g.id AS id, g.user_id AS user_id, g.org_id AS org_id, g.client_id AS client_id,
                   g.resource AS resource, g.scope AS scope, g.created_at AS created_at, g.revoked_at AS revoked_at,
                   g.last_used_at AS last_used_at, u.username AS username, m.role AS role
            FROM grants g
            JOIN users u ON u.id = g.user_id
            JOIN memberships m ON m.user_id = g.user_id AND m.org_id = g.org_id
            WHERE g.id = ? AND g.revoked_at IS NULL AND u.disabled = 0""";

    /** Every grant, newest first; grants created at the same instant latest-added first. */
    static final String RECENT = SELECT + " ORDER BY created_at DESC, rowid DESC LIMIT ?";

    /** An organization's grants, newest first; grants created at the same instant latest-added first. */
    static final String OF_ORGANIZATION = SELECT + " WHERE org_id = ? ORDER BY created_at DESC, rowid DESC";

    private final Database database;

    SqliteGrants(Database database) {
        this.database = database;
    }

    @Override
    public void add(Grant grant) {
        database.write("add a grant", sql -> sql.update("""
                INSERT INTO grants (id, user_id, org_id, client_id, resource, scope, created_at, revoked_at,
                                    last_used_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                grant.id().value(), grant.userId().value(), grant.orgId().value(), grant.clientId().value(),
                grant.resource().value(), Columns.scopes(grant.scope()), grant.createdAt(), grant.revokedAt(),
                grant.lastUsedAt()));
    }

    @Override
    public Optional<Grant> find(GrantId id) {
        return database.read("find a grant", sql -> sql.first(SELECT + " WHERE id = ?", SqliteGrants::grant,
                id.value()));
    }

    @Override
    public boolean revoke(GrantId id, Instant at) {
        return database.write("revoke a grant", sql -> sql.update(
                "UPDATE grants SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", at, id.value())) == 1;
    }

    @Override
    public void recordUse(GrantId id, Instant at) {
        database.write("record the use of a grant", sql -> sql.update(
                "UPDATE grants SET last_used_at = ? WHERE id = ?", at, id.value()));
    }

    @Override
    public List<Grant> ofUser(UserId userId) {
        return database.read("list a user's grants", sql -> sql.list(
                SELECT + " WHERE user_id = ? ORDER BY created_at DESC, rowid DESC", SqliteGrants::grant,
                userId.value()));
    }

    @Override
    public List<Grant> ofOrganization(OrgId organization) {
        return database.read("list an organization's grants", sql -> sql.list(OF_ORGANIZATION, SqliteGrants::grant,
                organization.value()));
    }

    @Override
    public List<Grant> recent(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        return database.read("list the latest grants", sql -> sql.list(RECENT, SqliteGrants::grant, limit));
    }

    @Override
    public Optional<LiveGrant> findLive(GrantId id) {
        return database.read("find a live grant", sql -> sql.first(FIND_LIVE, row -> new LiveGrant(grant(row),
                new Username(row.text("username")), Columns.role(row.text("role"))), id.value()));
    }

    private static Grant grant(Row row) throws SQLException {
        return new Grant(new GrantId(row.text("id")), new UserId(row.text("user_id")), new OrgId(row.text("org_id")),
                new ClientId(row.text("client_id")), new ResourceUri(row.text("resource")),
                Columns.scopes(row.text("scope")), row.instant("created_at"), row.optionalInstant("revoked_at"),
                row.optionalInstant("last_used_at"));
    }
}
