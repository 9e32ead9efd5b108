package dev.latchkey.domain.session;

import dev.latchkey.domain.secret.Secret;

/** A browser session id in the clear, as carried by the session cookie. Only its hash is stored. */
public record SessionToken(String value) implements Secret {

    public SessionToken {
        Secret.checkShape(value, "session");
    }

    @Override
    public String toString() {
        return "SessionToken[redacted]";
    }
}
