package dev.latchkey.domain.authorization;

import dev.latchkey.domain.secret.Secret;

/**
 * The random handle of a pending authorization request, carried by the sign-in and consent pages so
 * that the request's parameters stay on the server where the browser cannot alter them.
 */
public record RequestHandle(String value) implements Secret {

    public RequestHandle {
        Secret.checkShape(value, "authorization request handle");
    }

    @Override
    public String toString() {
        return "RequestHandle[redacted]";
    }
}
