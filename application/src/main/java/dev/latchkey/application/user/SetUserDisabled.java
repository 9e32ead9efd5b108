package dev.latchkey.application.user;

import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.port.Users;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.Username;
import java.util.Objects;
import java.util.Optional;

/**
 * Disables a user ({@code users disable USERNAME}) or enables them again ({@code users enable}). A
 * disabled user cannot sign in, and every token they hold is refused on its next use.
 */
public final class SetUserDisabled {

    private final Users users;
    private final Transactions transactions;

    public SetUserDisabled(Users users, Transactions transactions) {
        this.users = Objects.requireNonNull(users, "users");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** Which user, and whether to disable (true) or enable (false). */
    public record Command(Username username, boolean disabled) {
        public Command {
            Objects.requireNonNull(username, "username");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Changed, Rejected {}

    /** Done; {@code wasAlready} tells that nothing had to change. */
    public record Changed(User user, boolean wasAlready) implements Result {}

    public record Rejected(String reason) implements Result {}

    public Result set(Command command) {
        return transactions.inTransaction(() -> {
            Optional<User> user = users.findByUsername(command.username());
            if (user.isEmpty()) {
                return new Rejected("There is no user named " + command.username() + "; see users list.");
            }
            boolean wasAlready = user.get().disabled() == command.disabled();
            users.setDisabled(user.get().id(), command.disabled());
            return new Changed(user.get(), wasAlready);
        });
    }
}
