package dev.latchkey.domain.org;

import dev.latchkey.domain.validation.Require;
import java.util.Locale;

/**
 * An organization's unique short name ({@code orgs add NAME}): 1 to 64 lowercase letters, digits, '.',
 * '_' or '-', starting with a letter or digit.
 */
public record OrgName(String value) {

    public OrgName {
        Require.text(value, "organization name");
        Require.that(value.matches("[a-z0-9][a-z0-9._-]{0,63}"),
                "organization name '" + value + "' must be 1 to 64 lowercase letters, digits, '.', '_' or '-',"
                        + " starting with a letter or digit");
    }

    /** Reads a name as typed, ignoring case and surrounding spaces. */
    public static OrgName parse(String typed) {
        Require.text(typed, "organization name");
        return new OrgName(typed.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
