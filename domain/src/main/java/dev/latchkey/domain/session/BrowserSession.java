package dev.latchkey.domain.session;

import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in browser.
 *
 * @param idHash     SHA-256 of the session id in the cookie
 * @param userId     who signed in
 * @param csrfToken  the token every state-changing form of this session must carry
 * @param createdAt  when they signed in (also {@code auth_time})
 * @param lastSeenAt when the session was last used, for the idle timeout
 * @param expiresAt  the absolute end of the session, whatever the activity
 */
public record BrowserSession(SecretHash idHash, UserId userId, String csrfToken, Instant createdAt,
        Instant lastSeenAt, Instant expiresAt) {

    public BrowserSession {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether the session may still be used: before its absolute end and not idle for too long. */
    public boolean isLive(Instant now, Duration idleTimeout) {
        return now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plus(idleTimeout));
    }

    /** Whether {@code presented} is this session's CSRF token, compared in constant time. */
    public boolean csrfMatches(String presented) {
        return presented != null && SecretHash.constantTimeEquals(csrfToken, presented);
    }
}
