package dev.latchkey.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a security-minded administrator wants to know about, such as a refresh token presented
 * again after rotation (RFC 9700 §4.14.2) or an authorization code replayed (RFC 6749 §4.1.2). Never
 * carries a secret.
 *
 * @param kind        what happened
 * @param at          when
 * @param clientId    the client involved, if known
 * @param userId      the user involved, if known
 * @param grantId     the grant involved, if known
 * @param description a sentence for the log and the settings page
 */
public record SecurityEvent(Kind kind, Instant at, Optional<String> clientId, Optional<String> userId,
        Optional<String> grantId, String description) {

    /** The kinds of events recorded. */
    public enum Kind {
        REFRESH_TOKEN_REUSED,
        AUTHORIZATION_CODE_REPLAYED
    }

    public SecurityEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(description, "description");
    }
}
