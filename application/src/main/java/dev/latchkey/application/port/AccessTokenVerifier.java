package dev.latchkey.application.port;

import dev.latchkey.domain.token.AccessTokenClaims;
import java.util.Objects;

/**
 * Checks an access token's form and signature and reads its claims. Time is not checked here: the
 * caller compares {@code exp} with its own clock.
 */
public interface AccessTokenVerifier {

    AccessTokenCheck verify(String token);

    /** The outcome of {@link #verify}. */
    sealed interface AccessTokenCheck permits Valid, Invalid {}

    /** Signed by one of this server's keys, issued by this server, well-formed. */
    record Valid(AccessTokenClaims claims) implements AccessTokenCheck {
        public Valid {
            Objects.requireNonNull(claims, "claims");
        }
    }

    /** Not a token of this server; {@code reason} is short and safe to show. */
    record Invalid(String reason) implements AccessTokenCheck {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
