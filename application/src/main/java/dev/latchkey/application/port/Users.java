package dev.latchkey.application.port;

import dev.latchkey.domain.user.PasswordHash;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.user.Username;
import java.util.List;
import java.util.Optional;

/** The people who can sign in. */
public interface Users {

    /** Stores a new user; id and username must be new. */
    void add(User user);

    Optional<User> find(UserId id);

    Optional<User> findByUsername(Username username);

    /** Every user, by username. */
    List<User> all();

    /** Whether no user exists yet (first start). */
    boolean isEmpty();

    /** Disables or re-enables a user; false when there is no such user. */
    boolean setDisabled(UserId id, boolean disabled);

    /** Replaces a user's password hash; false when there is no such user. */
    boolean setPasswordHash(UserId id, PasswordHash hash);

    /**
     * Replaces a user's email address and display name (an empty value clears it; both are valid per
     * {@link dev.latchkey.domain.user.ProfileFields}); false when there is no such user.
     */
    boolean setProfile(UserId id, Optional<String> email, Optional<String> displayName);
}
