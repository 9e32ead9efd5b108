package dev.latchkey.domain.user;

import dev.latchkey.domain.validation.Require;

/** A user's stable identifier, the {@code sub} of their tokens. Never reused, never shown as a name. */
public record UserId(String value) {

    public UserId {
        Require.visibleAscii(value, "user id", 64);
    }

    @Override
    public String toString() {
        return value;
    }
}
