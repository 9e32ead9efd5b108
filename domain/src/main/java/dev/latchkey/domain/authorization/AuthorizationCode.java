package dev.latchkey.domain.authorization;

import dev.latchkey.domain.secret.Secret;

/**
 * An authorization code (RFC 6749 §4.1.2) in the clear: 256 random bits, sent once to the client's
 * redirect URI and stored only as its hash. Single use, short-lived.
 */
public record AuthorizationCode(String value) implements Secret {

    public AuthorizationCode {
        Secret.checkShape(value, "code");
    }

    @Override
    public String toString() {
        return "AuthorizationCode[redacted]";
    }
}
