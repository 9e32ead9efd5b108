package dev.latchkey.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * A person who can sign in to Latchkey.
 *
 * @param id           stable identifier, the {@code sub} of their tokens
 * @param username     the name they sign in with
 * @param passwordHash Argon2id hash of their password
 * @param disabled     a disabled user can neither sign in nor use any token already issued
 * @param createdAt    when the account was created
 */
public record User(UserId id, Username username, PasswordHash passwordHash, boolean disabled, Instant createdAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isActive() {
        return !disabled;
    }
}
