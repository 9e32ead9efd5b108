package dev.latchkey.adapters.sqlite;

import dev.latchkey.application.port.PendingAuthorizations;
import dev.latchkey.domain.authorization.PendingAuthorization;
import dev.latchkey.domain.secret.SecretHash;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link PendingAuthorizations} in the {@code pending_authorizations} table. {@link #removeExpired} removes
 * what {@link PendingAuthorization#isExpired} calls expired: an expiry at or before {@code now}.
 */
final class SqlitePendingAuthorizations implements PendingAuthorizations {

    private final Database database;

    SqlitePendingAuthorizations(Database database) {
        this.database = database;
    }

    @Override
    public void add(PendingAuthorization pending) {
        database.write("add a pending authorization", sql -> sql.update(
                "INSERT INTO pending_authorizations (handle_hash, " + Columns.REQUEST_COLUMNS + ", created_at,"
                        + " expires_at) VALUES (?, " + Columns.REQUEST_PLACEHOLDERS + ", ?, ?)",
                Columns.parameters(pending.handleHash().value(), Columns.requestValues(pending.request()),
                        pending.createdAt(), pending.expiresAt())));
    }

    @Override
    public Optional<PendingAuthorization> find(SecretHash handleHash) {
        return database.read("find a pending authorization", sql -> sql.first(
                "SELECT handle_hash, " + Columns.REQUEST_COLUMNS + ", created_at, expires_at"
                        + " FROM pending_authorizations WHERE handle_hash = ?",
                SqlitePendingAuthorizations::pending, handleHash.value()));
    }

    @Override
    public boolean remove(SecretHash handleHash) {
        return database.write("remove a pending authorization", sql -> sql.update(
                "DELETE FROM pending_authorizations WHERE handle_hash = ?", handleHash.value())) == 1;
    }

    @Override
    public int removeExpired(Instant now) {
        return database.write("remove expired pending authorizations", sql -> sql.update(
                "DELETE FROM pending_authorizations WHERE expires_at <= ?", now));
    }

    private static PendingAuthorization pending(Row row) throws SQLException {
        return new PendingAuthorization(new SecretHash(row.text("handle_hash")), Columns.request(row),
                row.instant("created_at"), row.instant("expires_at"));
    }
}
