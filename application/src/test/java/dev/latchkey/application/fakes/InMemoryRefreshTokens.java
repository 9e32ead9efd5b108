package dev.latchkey.application.fakes;

import dev.latchkey.application.port.RefreshTokens;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.token.IssuedRefreshToken;
import dev.latchkey.domain.token.RefreshTokenId;
import dev.latchkey.domain.token.RefreshTokenState;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * {@link RefreshTokens} in memory, with the compare-and-set operations of rotation and reuse detection
 * (RFC 9700 §4.14.2). Adding a token whose id or hash is taken throws {@link IllegalStateException}.
 */
public final class InMemoryRefreshTokens implements RefreshTokens {

    private final FakeLock lock;
    private final Table<RefreshTokenId, IssuedRefreshToken> tokens = new Table<>("refresh token");

    /** A fake on its own; use {@link InMemoryStorage} when the test needs transactions. */
    public InMemoryRefreshTokens() {
        this(new FakeLock());
    }

    InMemoryRefreshTokens(FakeLock lock) {
        this.lock = lock;
    }

    @Override
    public void add(IssuedRefreshToken token) {
        lock.run(() -> {
            if (tokens.any(existing -> existing.hash().equals(token.hash()))) {
                throw new IllegalStateException("a refresh token with this hash already exists");
            }
            tokens.insert(token.id(), token);
        });
    }

    @Override
    public Optional<IssuedRefreshToken> findByHash(SecretHash hash) {
        return lock.call(() -> tokens.first(token -> token.hash().equals(hash)));
    }

    @Override
    public Optional<IssuedRefreshToken> find(RefreshTokenId id) {
        return lock.call(() -> tokens.get(id));
    }

    @Override
    public boolean rotate(RefreshTokenId id, RefreshTokenId successor, Instant at) {
        return lock.call(() -> tokens.replaceIf(id, InMemoryRefreshTokens::isActive,
                token -> withState(token, new RefreshTokenState.Rotated(at, successor))));
    }

    @Override
    public boolean replaceSuccessor(RefreshTokenId id, RefreshTokenId expectedSuccessor,
            RefreshTokenId newSuccessor) {
        return lock.call(() -> tokens.replaceIf(id,
                token -> token.state() instanceof RefreshTokenState.Rotated rotated
                        && rotated.successor().equals(expectedSuccessor),
                token -> withState(token, new RefreshTokenState.Rotated(
                        ((RefreshTokenState.Rotated) token.state()).at(), newSuccessor))));
    }

    @Override
    public boolean revoke(RefreshTokenId id, Instant at) {
        return lock.call(() -> tokens.replaceIf(id, InMemoryRefreshTokens::isActive,
                token -> withState(token, new RefreshTokenState.Revoked(at))));
    }

    @Override
    public int revokeAllOfGrant(GrantId grantId, Instant at) {
        return lock.call(() -> tokens.replaceAll(token -> isActive(token) && token.grantId().equals(grantId),
                token -> withState(token, new RefreshTokenState.Revoked(at))));
    }

    /** Removes the tokens of {@code grantIds}, as the removal of their grants cascades. */
    void removeOfGrants(Set<GrantId> grantIds) {
        lock.run(() -> tokens.removeIf(token -> grantIds.contains(token.grantId())));
    }

    private static boolean isActive(IssuedRefreshToken token) {
        return token.state() instanceof RefreshTokenState.Active;
    }

    private static IssuedRefreshToken withState(IssuedRefreshToken token, RefreshTokenState state) {
        return new IssuedRefreshToken(token.id(), token.grantId(), token.hash(), token.issuedAt(), token.expiresAt(),
                state);
    }

    Runnable snapshot() {
        return lock.call(tokens::snapshot);
    }
}
