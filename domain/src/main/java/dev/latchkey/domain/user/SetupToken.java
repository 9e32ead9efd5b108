package dev.latchkey.domain.user;

import dev.latchkey.domain.secret.Secret;

/**
 * The one-time secret of the first-run set-up link, in the clear: printed once on the server's console
 * while no user exists, then carried back by the set-up page. Only its SHA-256 hash is kept; it redacts
 * itself in {@code toString()}.
 */
public record SetupToken(String value) implements Secret {

    public SetupToken {
        Secret.checkShape(value, "set-up token");
    }

    @Override
    public String toString() {
        return "SetupToken[redacted]";
    }
}
