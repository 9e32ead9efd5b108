package dev.latchkey.demo;

import com.sun.net.httpserver.Headers;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling, as Latchkey's gateway says in {@code X-Latchkey-User} and {@code X-Latchkey-Org}. Both are
 * absent when the server is called directly. The values are only shown back to the caller, never trusted for
 * a decision: the gateway is the one that authenticates.
 */
record Caller(Optional<String> user, Optional<String> org) {

    static final String USER_HEADER = "X-Latchkey-User";
    static final String ORG_HEADER = "X-Latchkey-Org";
    private static final int MAX_LENGTH = 200;

    Caller {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(org, "org");
    }

    static Caller anonymous() {
        return new Caller(Optional.empty(), Optional.empty());
    }

    static Caller from(Headers headers) {
        return new Caller(cleaned(headers.getFirst(USER_HEADER)), cleaned(headers.getFirst(ORG_HEADER)));
    }

    /** "alice", "alice in org acme", or empty when the gateway did not say. */
    Optional<String> describe() {
        return user.map(name -> org.map(orgName -> name + " in org " + orgName).orElse(name));
    }

    private static Optional<String> cleaned(String value) {
        if (value == null) {
            return Optional.empty();
        }
        StringBuilder cleaned = new StringBuilder();
        value.strip().codePoints().limit(MAX_LENGTH)
                .forEach(c -> cleaned.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned.toString());
    }
}
