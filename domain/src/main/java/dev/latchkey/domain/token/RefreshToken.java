package dev.latchkey.domain.token;

import dev.latchkey.domain.secret.Secret;

/**
 * A refresh token in the clear (RFC 6749 §1.5): an opaque 256-bit random value, stored only as its
 * hash, rotated on every use (OAuth 2.1 §4.3.1, RFC 9700 §4.14.2).
 */
public record RefreshToken(String value) implements Secret {

    public RefreshToken {
        Secret.checkShape(value, "refresh_token");
    }

    @Override
    public String toString() {
        return "RefreshToken[redacted]";
    }
}
