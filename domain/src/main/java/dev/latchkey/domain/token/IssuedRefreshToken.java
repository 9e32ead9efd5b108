package dev.latchkey.domain.token;

import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.secret.SecretHash;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A refresh token as the server remembers it: by hash, with its grant, lifetime and state.
 *
 * @param id        identifier of this row
 * @param grantId   the grant it belongs to
 * @param hash      SHA-256 of the token
 * @param issuedAt  when it was issued
 * @param expiresAt when it stops being accepted even unused
 * @param state     active, rotated into a successor, or revoked
 */
public record IssuedRefreshToken(RefreshTokenId id, GrantId grantId, SecretHash hash, Instant issuedAt,
        Instant expiresAt, RefreshTokenState state) {

    public IssuedRefreshToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(state, "state");
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /**
     * Decides what presenting this token at the token endpoint means (RFC 9700 §4.14.2, refresh token
     * rotation with reuse detection).
     *
     * <ul>
     *   <li>An active, unexpired token is rotated.</li>
     *   <li>A rotated token presented again within {@code grace} of its rotation, while its successor is
     *       still unused, is a client retrying after a lost response: it gets a fresh pair and the unused
     *       successor is invalidated.</li>
     *   <li>Any other presentation of a rotated token is reuse: "the authorization server cannot
     *       determine which party submitted the invalid refresh token ... [it] will revoke the active
     *       refresh token", so the whole grant is revoked.</li>
     * </ul>
     *
     * @param successor the token that replaced this one, when it was rotated
     */
    public RefreshDecision decide(Optional<IssuedRefreshToken> successor, Instant now, Duration grace) {
        return switch (state) {
            case RefreshTokenState.Revoked revoked -> new RefreshDecision.AlreadyRevoked();
            case RefreshTokenState.Active active ->
                    isExpired(now) ? new RefreshDecision.Expired() : new RefreshDecision.Rotate();
            case RefreshTokenState.Rotated rotated -> {
                boolean withinGrace = now.isBefore(rotated.at().plus(grace));
                boolean successorUnused = successor
                        .filter(next -> next.id().equals(rotated.successor()))
                        .map(next -> next.state() instanceof RefreshTokenState.Active)
                        .orElse(false);
                yield withinGrace && successorUnused && !isExpired(now)
                        ? new RefreshDecision.RetryAfterLostResponse(rotated.successor())
                        : new RefreshDecision.Reused();
            }
        };
    }
}
