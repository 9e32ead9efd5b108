package dev.latchkey.domain.user;

import dev.latchkey.domain.validation.Require;
import java.util.Locale;

/**
 * The name a person signs in with: 1 to 64 characters of lowercase letters, digits, '.', '_', '-' or
 * '@', starting with a letter or digit. Sign-in is case-insensitive: {@link #parse} lowercases.
 */
public record Username(String value) {

    public Username {
        Require.text(value, "username");
        Require.that(value.matches("[a-z0-9][a-z0-9._@-]{0,63}"),
                "username '" + value + "' must be 1 to 64 lowercase letters, digits, '.', '_', '-' or '@',"
                        + " starting with a letter or digit");
    }

    /** Reads a username as typed, ignoring case and surrounding spaces. */
    public static Username parse(String typed) {
        Require.text(typed, "username");
        return new Username(typed.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
