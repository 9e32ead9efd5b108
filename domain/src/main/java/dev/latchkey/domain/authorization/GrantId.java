package dev.latchkey.domain.authorization;

import dev.latchkey.domain.validation.Require;

/** Identifies a grant: one consent by one user, for one client, organization and resource. */
public record GrantId(String value) {

    public GrantId {
        Require.visibleAscii(value, "grant id", 64);
    }

    @Override
    public String toString() {
        return value;
    }
}
