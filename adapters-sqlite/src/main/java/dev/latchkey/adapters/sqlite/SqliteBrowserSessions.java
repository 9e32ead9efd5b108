package dev.latchkey.adapters.sqlite;

import dev.latchkey.application.port.BrowserSessions;
import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.session.BrowserSession;
import dev.latchkey.domain.user.UserId;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link BrowserSessions} in the {@code browser_sessions} table. {@link #removeExpired} removes what
 * {@link BrowserSession#isLive} refuses: ended at or before {@code now}, or last seen at or before the idle
 * cutoff.
 */
final class SqliteBrowserSessions implements BrowserSessions {

    private final Database database;

    SqliteBrowserSessions(Database database) {
        this.database = database;
    }

    @Override
    public void add(BrowserSession session) {
        database.write("add a browser session", sql -> sql.update("""
                INSERT INTO browser_sessions (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)""",
                session.idHash().value(), session.userId().value(), session.csrfToken(), session.createdAt(),
                session.lastSeenAt(), session.expiresAt()));
    }

    @Override
    public Optional<BrowserSession> find(SecretHash idHash) {
        return database.read("find a browser session", sql -> sql.first("""
                SELECT id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at
                FROM browser_sessions WHERE id_hash = ?""", SqliteBrowserSessions::session, idHash.value()));
    }

    @Override
    public void touch(SecretHash idHash, Instant at) {
        database.write("touch a browser session", sql -> sql.update(
                "UPDATE browser_sessions SET last_seen_at = ? WHERE id_hash = ?", at, idHash.value()));
    }

    @Override
    public void remove(SecretHash idHash) {
        database.write("remove a browser session", sql -> sql.update(
                "DELETE FROM browser_sessions WHERE id_hash = ?", idHash.value()));
    }

    @Override
    public int removeExpired(Instant now, Instant idleCutoff) {
        return database.write("remove expired browser sessions", sql -> sql.update(
                "DELETE FROM browser_sessions WHERE expires_at <= ? OR last_seen_at <= ?", now, idleCutoff));
    }

    private static BrowserSession session(Row row) throws SQLException {
        return new BrowserSession(new SecretHash(row.text("id_hash")), new UserId(row.text("user_id")),
                row.text("csrf_token"), row.instant("created_at"), row.instant("last_seen_at"),
                row.instant("expires_at"));
    }
}
