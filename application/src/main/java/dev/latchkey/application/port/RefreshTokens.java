package dev.latchkey.application.port;

import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.token.IssuedRefreshToken;
import dev.latchkey.domain.token.RefreshTokenId;
import java.time.Instant;
import java.util.Optional;

/** Issued refresh tokens, stored by hash, with their rotation chain. */
public interface RefreshTokens {

    void add(IssuedRefreshToken token);

    Optional<IssuedRefreshToken> findByHash(SecretHash hash);

    Optional<IssuedRefreshToken> find(RefreshTokenId id);

    /**
     * Moves an active token to rotated, pointing at {@code successor}: an atomic compare-and-set.
     *
     * @return whether this call rotated it (false when it was no longer active)
     */
    boolean rotate(RefreshTokenId id, RefreshTokenId successor, Instant at);

    /**
     * Re-points a rotated token from {@code expectedSuccessor} to {@code newSuccessor} (a lost-response
     * retry), only if it still points at {@code expectedSuccessor}.
     *
     * @return whether this call re-pointed it
     */
    boolean replaceSuccessor(RefreshTokenId id, RefreshTokenId expectedSuccessor, RefreshTokenId newSuccessor);

    /**
     * Revokes one active token.
     *
     * @return whether this call revoked it (false when it was no longer active)
     */
    boolean revoke(RefreshTokenId id, Instant at);

    /** Revokes every active token of a grant; returns how many. */
    int revokeAllOfGrant(GrantId grantId, Instant at);
}
