package dev.latchkey.application.account;

import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.port.Users;
import dev.latchkey.domain.user.ProfileFields;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.validation.Parsed;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes a user's email address and display name, as typed on a settings page: surrounding spaces are
 * dropped, and an empty or blank value clears the field. These are what the OpenID Connect claims
 * {@code email} and {@code name} carry (OIDC Core §5.1) in ID tokens issued afterwards and in every
 * UserInfo answer from now on; an ID token already issued keeps the old values. The email address is
 * never verified (see {@link dev.latchkey.domain.identity.IdentityClaims#emailVerified()}).
 */
public final class UpdateProfile {

    private final Users users;
    private final Transactions transactions;

    public UpdateProfile(Users users, Transactions transactions) {
        this.users = Objects.requireNonNull(users, "users");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * @param userId      whose profile (the signed-in user; the adapter checked the session and CSRF token)
     * @param email       the email address as typed; empty or blank clears it
     * @param displayName the display name as typed; empty or blank clears it
     */
    public record Command(UserId userId, Optional<String> email, Optional<String> displayName) {
        public Command {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(displayName, "displayName");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Updated, Rejected {}

    /** Saved; {@code user} is the user as now stored. */
    public record Updated(User user) implements Result {
        public Updated {
            Objects.requireNonNull(user, "user");
        }
    }

    /** Nothing was changed; {@code reason} says what to correct. */
    public record Rejected(String reason) implements Result {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }

    public Result update(Command command) {
        Optional<String> email = typed(command.email());
        Optional<String> displayName = typed(command.displayName());
        if (email.isPresent() && Parsed.of(email.get(), ProfileFields::email) instanceof Parsed.Invalid<String> bad) {
            return new Rejected(capitalized(bad.reason()) + ".");
        }
        if (displayName.isPresent()
                && Parsed.of(displayName.get(), ProfileFields::displayName) instanceof Parsed.Invalid<String> bad) {
            return new Rejected(capitalized(bad.reason()) + ".");
        }
        return transactions.inTransaction(() -> {
            if (!users.setProfile(command.userId(), email, displayName)) {
                return new Rejected("There is no such user: the account was removed. Sign in again.");
            }
            return new Updated(users.find(command.userId()).orElseThrow());
        });
    }

    /** A value as typed: stripped, and absent when nothing is left. */
    private static Optional<String> typed(Optional<String> value) {
        return value.map(String::strip).filter(stripped -> !stripped.isEmpty());
    }

    private static String capitalized(String reason) {
        return reason.isEmpty() ? reason : Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
    }
}
