package dev.latchkey.application.admin;

import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.User;
import java.time.Instant;
import java.util.Objects;

/**
 * A member of an organization as its administrators see them.
 *
 * @param user  the person (name, whether disabled, and their id for the pages' links)
 * @param role  their role in this organization
 * @param since when they joined it
 */
public record Member(User user, Role role, Instant since) {

    public Member {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(since, "since");
    }
}
