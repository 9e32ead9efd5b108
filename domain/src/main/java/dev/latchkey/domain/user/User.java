package dev.latchkey.domain.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who can sign in to Latchkey.
 *
 * <p>The profile fields are optional and released to clients only through OpenID Connect, as the
 * standard claims of OIDC Core §5.1 when the granted scopes allow (§5.4): {@code email} with
 * {@code email}, {@code name} with {@code profile}. Latchkey never verifies an email address.
 *
 * @param id           stable identifier, the {@code sub} of their tokens
 * @param username     the name they sign in with ({@code preferred_username})
 * @param passwordHash Argon2id hash of their password
 * @param disabled     a disabled user can neither sign in nor use any token already issued
 * @param createdAt    when the account was created
 * @param email        their email address, if given (see {@link ProfileFields#email})
 * @param displayName  the name shown for them, if given (see {@link ProfileFields#displayName})
 */
public record User(UserId id, Username username, PasswordHash passwordHash, boolean disabled, Instant createdAt,
        Optional<String> email, Optional<String> displayName) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        email.ifPresent(ProfileFields::email);
        displayName.ifPresent(ProfileFields::displayName);
    }

    /** A user without email address or display name. */
    public User(UserId id, Username username, PasswordHash passwordHash, boolean disabled, Instant createdAt) {
        this(id, username, passwordHash, disabled, createdAt, Optional.empty(), Optional.empty());
    }

    public boolean isActive() {
        return !disabled;
    }

    /** This user with {@code disabled} set as given, everything else kept. */
    public User withDisabled(boolean disabled) {
        return new User(id, username, passwordHash, disabled, createdAt, email, displayName);
    }

    /** This user with a new password hash, everything else kept. */
    public User withPasswordHash(PasswordHash passwordHash) {
        return new User(id, username, passwordHash, disabled, createdAt, email, displayName);
    }

    /** This user with the profile fields replaced (an empty one is cleared), everything else kept. */
    public User withProfile(Optional<String> email, Optional<String> displayName) {
        return new User(id, username, passwordHash, disabled, createdAt, email, displayName);
    }
}
