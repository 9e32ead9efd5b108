package dev.latchkey.domain.org;

import dev.latchkey.domain.validation.Require;

/** An organization's stable identifier, the {@code org_id} claim of its tokens. */
public record OrgId(String value) {

    public OrgId {
        Require.visibleAscii(value, "organization id", 64);
    }

    @Override
    public String toString() {
        return value;
    }
}
