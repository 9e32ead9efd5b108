package dev.latchkey.adapters.sqlite;

import dev.latchkey.application.port.SecurityEvents;
import dev.latchkey.domain.audit.SecurityEvent;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * {@link SecurityEvents} in the {@code security_events} table. The kind is stored as its lowercase name
 * ({@code refresh_token_reused}); events at the same instant come back latest-recorded first.
 */
final class SqliteSecurityEvents implements SecurityEvents {

    private final Database database;

    SqliteSecurityEvents(Database database) {
        this.database = database;
    }

    @Override
    public void record(SecurityEvent event) {
        database.write("record a security event", sql -> sql.update("""
                INSERT INTO security_events (kind, at, client_id, user_id, grant_id, description)
                VALUES (?, ?, ?, ?, ?, ?)""",
                event.kind().name().toLowerCase(Locale.ROOT), event.at(), event.clientId(), event.userId(),
                event.grantId(), event.description()));
    }

    @Override
    public List<SecurityEvent> recent(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        return database.read("list security events", sql -> sql.list("""
                SELECT kind, at, client_id, user_id, grant_id, description
                FROM security_events ORDER BY at DESC, id DESC LIMIT ?""", SqliteSecurityEvents::event, limit));
    }

    private static SecurityEvent event(Row row) throws SQLException {
        String kind = row.text("kind");
        SecurityEvent.Kind parsed;
        try {
            parsed = SecurityEvent.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new StorageException("unknown security event kind '" + kind + "' stored", unknown);
        }
        return new SecurityEvent(parsed, row.instant("at"), row.optionalText("client_id"),
                row.optionalText("user_id"), row.optionalText("grant_id"), row.text("description"));
    }
}
