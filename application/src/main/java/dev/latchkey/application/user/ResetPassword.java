package dev.latchkey.application.user;

import dev.latchkey.application.port.PasswordHasher;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.port.Users;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.user.PasswordHash;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.Username;
import java.util.Objects;
import java.util.Optional;

/** Sets a new password for a user ({@code users set-password USERNAME}, and each {@code demo} start). */
public final class ResetPassword {

    private final Users users;
    private final PasswordHasher hasher;
    private final Transactions transactions;

    public ResetPassword(Users users, PasswordHasher hasher, Transactions transactions) {
        this.users = Objects.requireNonNull(users, "users");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** Whose password, and the new one. */
    public record Command(Username username, Password password) {
        public Command {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Reset, Rejected {}

    public record Reset(User user) implements Result {}

    public record Rejected(String reason) implements Result {}

    public Result reset(Command command) {
        // Hash outside the transaction: Argon2id is deliberately slow and must not hold the write lock.
        PasswordHash hash = hasher.hash(command.password());
        return transactions.inTransaction(() -> {
            Optional<User> user = users.findByUsername(command.username());
            if (user.isEmpty()) {
                return new Rejected("There is no user named " + command.username() + "; see users list.");
            }
            users.setPasswordHash(user.get().id(), hash);
            return new Reset(user.get());
        });
    }
}
