package dev.latchkey.adapters.sqlite;

import dev.latchkey.application.port.RefreshTokens;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.token.IssuedRefreshToken;
import dev.latchkey.domain.token.RefreshTokenId;
import dev.latchkey.domain.token.RefreshTokenState;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link RefreshTokens} in the {@code refresh_tokens} table. The state is a {@code status} column
 * ({@code active}, {@code rotated}, {@code revoked}) with {@code rotated_at} and {@code successor_id}, or
 * {@code revoked_at}. Each compare-and-set is one UPDATE whose WHERE clause states the expected state, so
 * it changes exactly one row only for the caller that finds the token in that state.
 */
final class SqliteRefreshTokens implements RefreshTokens {

    private static final String SELECT = """
            SELECT id, grant_id, token_hash, issued_at, expires_at, status, rotated_at, successor_id, revoked_at
            FROM refresh_tokens""";

    private static final String ACTIVE = "active";
    private static final String ROTATED = "rotated";
    private static final String REVOKED = "revoked";

    private final Database database;

    SqliteRefreshTokens(Database database) {
        this.database = database;
    }

    /** The columns that hold a token's state. */
    private record StateColumns(String status, Optional<Instant> rotatedAt, Optional<String> successorId,
            Optional<Instant> revokedAt) {

        static StateColumns of(RefreshTokenState state) {
            return switch (state) {
                case RefreshTokenState.Active active ->
                        new StateColumns(ACTIVE, Optional.empty(), Optional.empty(), Optional.empty());
                case RefreshTokenState.Rotated rotated -> new StateColumns(ROTATED, Optional.of(rotated.at()),
                        Optional.of(rotated.successor().value()), Optional.empty());
                case RefreshTokenState.Revoked revoked ->
                        new StateColumns(REVOKED, Optional.empty(), Optional.empty(), Optional.of(revoked.at()));
            };
        }
    }

    @Override
    public void add(IssuedRefreshToken token) {
        StateColumns state = StateColumns.of(token.state());
        database.write("add a refresh token", sql -> sql.update("""
                INSERT INTO refresh_tokens (id, grant_id, token_hash, issued_at, expires_at, status, rotated_at,
                                            successor_id, revoked_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                token.id().value(), token.grantId().value(), token.hash().value(), token.issuedAt(),
                token.expiresAt(), state.status(), state.rotatedAt(), state.successorId(), state.revokedAt()));
    }

    @Override
    public Optional<IssuedRefreshToken> findByHash(SecretHash hash) {
        return database.read("find a refresh token", sql -> sql.first(SELECT + " WHERE token_hash = ?",
                SqliteRefreshTokens::token, hash.value()));
    }

    @Override
    public Optional<IssuedRefreshToken> find(RefreshTokenId id) {
        return database.read("find a refresh token", sql -> sql.first(SELECT + " WHERE id = ?",
                SqliteRefreshTokens::token, id.value()));
    }

    @Override
    public boolean rotate(RefreshTokenId id, RefreshTokenId successor, Instant at) {
        return database.write("rotate a refresh token", sql -> sql.update("""
                UPDATE refresh_tokens SET status = 'rotated', rotated_at = ?, successor_id = ?
                WHERE id = ? AND status = 'active'""", at, successor.value(), id.value())) == 1;
    }

    @Override
    public boolean replaceSuccessor(RefreshTokenId id, RefreshTokenId expectedSuccessor,
            RefreshTokenId newSuccessor) {
        return database.write("re-point a rotated refresh token", sql -> sql.update("""
                UPDATE refresh_tokens SET successor_id = ?
                WHERE id = ? AND status = 'rotated' AND successor_id = ?""",
                newSuccessor.value(), id.value(), expectedSuccessor.value())) == 1;
    }

    @Override
    public boolean revoke(RefreshTokenId id, Instant at) {
        return database.write("revoke a refresh token", sql -> sql.update(
                "UPDATE refresh_tokens SET status = 'revoked', revoked_at = ? WHERE id = ? AND status = 'active'",
                at, id.value())) == 1;
    }

    @Override
    public int revokeAllOfGrant(GrantId grantId, Instant at) {
        return database.write("revoke the refresh tokens of a grant", sql -> sql.update(
                "UPDATE refresh_tokens SET status = 'revoked', revoked_at = ? WHERE grant_id = ? AND status = 'active'",
                at, grantId.value()));
    }

    private static IssuedRefreshToken token(Row row) throws SQLException {
        String status = row.text("status");
        RefreshTokenState state = switch (status) {
            case ACTIVE -> new RefreshTokenState.Active();
            case ROTATED -> new RefreshTokenState.Rotated(row.instant("rotated_at"),
                    new RefreshTokenId(row.text("successor_id")));
            case REVOKED -> new RefreshTokenState.Revoked(row.instant("revoked_at"));
            default -> throw new StorageException("unknown refresh token status '" + status + "' stored");
        };
        return new IssuedRefreshToken(new RefreshTokenId(row.text("id")), new GrantId(row.text("grant_id")),
                new SecretHash(row.text("token_hash")), row.instant("issued_at"), row.instant("expires_at"), state);
    }
}
