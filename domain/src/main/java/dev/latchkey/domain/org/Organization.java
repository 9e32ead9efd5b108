package dev.latchkey.domain.org;

import java.time.Instant;
import java.util.Objects;

/**
 * An organization: the context a token acts in. Each grant is for exactly one organization, picked by
 * the user at consent; there is no cross-organization access.
 */
public record Organization(OrgId id, OrgName name, Instant createdAt) {

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
