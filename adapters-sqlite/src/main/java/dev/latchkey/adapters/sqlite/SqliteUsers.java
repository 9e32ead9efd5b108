package dev.latchkey.adapters.sqlite;

import dev.latchkey.application.port.Users;
import dev.latchkey.domain.user.PasswordHash;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.user.Username;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link Users} in the {@code users} table. */
final class SqliteUsers implements Users {

    private static final String SELECT =
            "SELECT id, username, password_hash, disabled, created_at, email, display_name FROM users";

    private final Database database;

    SqliteUsers(Database database) {
        this.database = database;
    }

    @Override
    public void add(User user) {
        database.write("add user " + user.username(), sql -> sql.update(
                "INSERT INTO users (id, username, password_hash, disabled, created_at, email, display_name)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                user.id().value(), user.username().value(), user.passwordHash().encoded(), user.disabled(),
                user.createdAt(), user.email(), user.displayName()));
    }

    @Override
    public Optional<User> find(UserId id) {
        return database.read("find a user", sql -> sql.first(SELECT + " WHERE id = ?", SqliteUsers::user, id.value()));
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return database.read("find a user by name", sql -> sql.first(SELECT + " WHERE username = ?",
                SqliteUsers::user, username.value()));
    }

    @Override
    public List<User> all() {
        return database.read("list users", sql -> sql.list(SELECT + " ORDER BY username", SqliteUsers::user));
    }

    @Override
    public boolean isEmpty() {
        boolean anyUser = database.read("count users", sql -> sql.first(
                "SELECT EXISTS (SELECT 1 FROM users) AS any_user", row -> row.flag("any_user")).orElseThrow());
        return !anyUser;
    }

    @Override
    public boolean setDisabled(UserId id, boolean disabled) {
        return database.write((disabled ? "disable" : "enable") + " a user", sql -> sql.update(
                "UPDATE users SET disabled = ? WHERE id = ?", disabled, id.value())) == 1;
    }

    @Override
    public boolean setPasswordHash(UserId id, PasswordHash hash) {
        return database.write("set a user's password", sql -> sql.update(
                "UPDATE users SET password_hash = ? WHERE id = ?", hash.encoded(), id.value())) == 1;
    }

    @Override
    public boolean setProfile(UserId id, Optional<String> email, Optional<String> displayName) {
        return database.write("set a user's profile", sql -> sql.update(
                "UPDATE users SET email = ?, display_name = ? WHERE id = ?", email, displayName, id.value())) == 1;
    }

    private static User user(Row row) throws SQLException {
        return new User(new UserId(row.text("id")), new Username(row.text("username")),
                new PasswordHash(row.text("password_hash")), row.flag("disabled"), row.instant("created_at"),
                row.optionalText("email"), row.optionalText("display_name"));
    }
}
