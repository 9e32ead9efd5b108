package dev.latchkey.domain.org;

import java.util.Locale;
import java.util.Optional;

/** A member's role in an organization, carried as the {@code org_role} claim. */
public enum Role {
    /** Can do everything, including managing other owners. */
    OWNER,
    /** Manages members, clients and resources. */
    ADMIN,
    /** Uses the organization's resources. */
    MEMBER;

    /**
     * Whether this role administers its organization: owners and admins list, add and remove members
     * and change their roles (only owners touch the owner role).
     */
    public boolean mayAdminister() {
        return this == OWNER || this == ADMIN;
    }

    /** The lowercase name used on the command line, in storage and in tokens. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromWireName(String name) {
        for (Role role : values()) {
            if (role.wireName().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
