package dev.latchkey.application.fakes;

import dev.latchkey.application.port.Users;
import dev.latchkey.domain.user.PasswordHash;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.user.Username;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link Users} in memory. Adding a user whose id or username is taken throws {@link IllegalStateException}. */
public final class InMemoryUsers implements Users {

    private final FakeLock lock;
    private final Table<UserId, User> users = new Table<>("user");

    /** A fake on its own; use {@link InMemoryStorage} when the test needs transactions. */
    public InMemoryUsers() {
        this(new FakeLock());
    }

    InMemoryUsers(FakeLock lock) {
        this.lock = lock;
    }

    @Override
    public void add(User user) {
        lock.run(() -> {
            if (users.any(existing -> existing.username().equals(user.username()))) {
                throw new IllegalStateException("a user named " + user.username() + " already exists");
            }
            users.insert(user.id(), user);
        });
    }

    @Override
    public Optional<User> find(UserId id) {
        return lock.call(() -> users.get(id));
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return lock.call(() -> users.first(user -> user.username().equals(username)));
    }

    @Override
    public List<User> all() {
        return lock.call(() -> users.rows().stream()
                .sorted(Comparator.comparing((User user) -> user.username().value()))
                .toList());
    }

    @Override
    public boolean isEmpty() {
        return lock.call(users::isEmpty);
    }

    @Override
    public boolean setDisabled(UserId id, boolean disabled) {
        return lock.call(() -> users.replaceIf(id, user -> true, user -> user.withDisabled(disabled)));
    }

    @Override
    public boolean setPasswordHash(UserId id, PasswordHash hash) {
        Objects.requireNonNull(hash, "hash");
        return lock.call(() -> users.replaceIf(id, user -> true, user -> user.withPasswordHash(hash)));
    }

    @Override
    public boolean setProfile(UserId id, Optional<String> email, Optional<String> displayName) {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        return lock.call(() -> users.replaceIf(id, user -> true, user -> user.withProfile(email, displayName)));
    }

    Runnable snapshot() {
        return lock.call(users::snapshot);
    }
}
