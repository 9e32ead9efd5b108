package dev.latchkey.domain.authorization;

import dev.latchkey.domain.secret.SecretHash;
import java.time.Instant;
import java.util.Objects;

/**
 * A validated authorization request waiting for the user to sign in and decide. Found by the hash of
 * its {@link RequestHandle}; consumed by the decision, or expired.
 */
public record PendingAuthorization(SecretHash handleHash, AuthorizationRequest request, Instant createdAt,
        Instant expiresAt) {

    public PendingAuthorization {
        Objects.requireNonNull(handleHash, "handleHash");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
