package dev.latchkey.domain.org;

import dev.latchkey.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** A user's membership of an organization with a role. */
public record Membership(UserId userId, OrgId orgId, Role role, Instant since) {

    public Membership {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(since, "since");
    }
}
