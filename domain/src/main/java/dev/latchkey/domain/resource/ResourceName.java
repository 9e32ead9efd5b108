package dev.latchkey.domain.resource;

import dev.latchkey.domain.validation.Require;

/**
 * The short name an administrator gives a protected resource ({@code resources add NAME}): lowercase
 * letters, digits, dots, dashes and underscores, starting with a letter or digit, at most 64
 * characters. It appears in URLs such as {@code /mcp/NAME}.
 */
public record ResourceName(String value) {

    public ResourceName {
        Require.text(value, "resource name");
        Require.that(value.matches("[a-z0-9][a-z0-9._-]{0,63}"),
                "resource name '" + value + "' must be 1 to 64 lowercase letters, digits, '.', '-' or '_',"
                        + " starting with a letter or digit");
    }

    @Override
    public String toString() {
        return value;
    }
}
