package dev.latchkey.application.account;

import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.port.Users;
import dev.latchkey.application.user.AddUser;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.user.SetupToken;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.Username;
import dev.latchkey.domain.validation.Parsed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The first run: while no user exists, the server prints a one-time set-up link whose page creates the
 * first user, their organization and their owner membership. The command line ({@code users add}) keeps
 * working for scripted set-ups; once any user exists, by either way, the link is refused.
 *
 * <p>The link carries a 256-bit random {@link SetupToken}. Only its SHA-256 hash and its expiry are kept,
 * in memory (a restart prints a new link); it works once, for {@value #LINK_LIFETIME_MINUTES} minutes,
 * and is compared in constant time (RFC 6819 §5.1.4.1.3, §5.1.5.3). Each {@link #offer} replaces the
 * link offered before.
 *
 * <p>Not a plain use case: this object is the state the two steps share, so build exactly one per
 * server. {@link #offer} makes a link; {@link #complete} uses it. Thread-safe.
 */
public final class FirstRunSetup {

    static final long LINK_LIFETIME_MINUTES = 60;

    /** How long a set-up link works. */
    public static final Duration LINK_LIFETIME = Duration.ofMinutes(LINK_LIFETIME_MINUTES);

    /** Why a link no longer works; the same for an unknown, expired, replaced or used one. */
    static final String LINK_NOT_VALID = "This set-up link does not work: it was already used, has expired"
            + " (a link works for one hour) or was replaced by a newer one. Restart the server to print a new"
            + " link, or create the first user on the command line: users add USERNAME --org ORG --role owner"
            + " --password-stdin";

    static final String ALREADY_SET_UP = "This server is already set up: a user exists. Sign in, or ask an"
            + " administrator of this server for an account.";

    private final Users users;
    private final Transactions transactions;
    private final AddUser addUser;
    private final RandomTokens random;
    private final Clock clock;
    private final Object lock = new Object();
    private Optional<Offer> offered = Optional.empty();

    public FirstRunSetup(Users users, Transactions transactions, AddUser addUser, RandomTokens random, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.addUser = Objects.requireNonNull(addUser, "addUser");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What is kept of an offered link. */
    private record Offer(SecretHash tokenHash, Instant expiresAt) {}

    /**
     * A new set-up link: {@code token} in the clear, to print once (the adapter builds the URL), and when
     * it stops working.
     */
    public record SetupLink(SetupToken token, Instant expiresAt) {
        public SetupLink {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    /**
     * The set-up form as sent: the token from the link, and the first user's name, password (at least
     * {@value Password#MINIMUM_LENGTH} characters) and organization, as typed. They are checked by
     * {@link #complete}, which says what is wrong. {@code toString()} leaves the token out.
     */
    public record Command(String token, String username, Password password, String organization) {
        public Command {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(organization, "organization");
        }

        @Override
        public String toString() {
            return "Command[token=redacted, username=" + username + ", password=" + password + ", organization="
                    + organization + "]";
        }
    }

    /** The outcome of {@link #complete}. */
    public sealed interface Result permits Completed, Refused {}

    /** Done: {@code user} owns {@code organization}. The link no longer works; the user can sign in. */
    public record Completed(User user, Organization organization) implements Result {}

    /** Why a set-up was refused. */
    public enum Reason {
        /** The token is unknown, expired, replaced or used: show {@code message}, not the form. */
        LINK_NOT_VALID,
        /** A user exists (perhaps made on the command line): the link is dead; send the person to sign in. */
        ALREADY_SET_UP,
        /** The link still works; show the form again with {@code message}, which says what to change. */
        INVALID_INPUT
    }

    /** Refused for {@code reason}; {@code message} is written for the person at the form. */
    public record Refused(Reason reason, String message) implements Result {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Offers a new set-up link while no user exists (empty once one does). The link offered before, if
     * any, stops working.
     */
    public Optional<SetupLink> offer() {
        synchronized (lock) {
            if (!users.isEmpty()) {
                offered = Optional.empty();
                return Optional.empty();
            }
            SetupToken token = new SetupToken(random.secret());
            Instant expiresAt = clock.instant().plus(LINK_LIFETIME);
            offered = Optional.of(new Offer(token.hash(), expiresAt));
            return Optional.of(new SetupLink(token, expiresAt));
        }
    }

    /**
     * Creates the first user as owner of the organization (created, or joined if the command line made it
     * already), in one transaction, if the token is the offered one and still works and no user exists.
     */
    public Result complete(Command command) {
        // One completion at a time: the token is checked and spent under the same lock.
        synchronized (lock) {
            if (!linkWorks(command.token(), clock.instant())) {
                return new Refused(Reason.LINK_NOT_VALID, LINK_NOT_VALID);
            }
            if (!users.isEmpty()) {
                offered = Optional.empty();
                return new Refused(Reason.ALREADY_SET_UP, ALREADY_SET_UP);
            }
            Parsed<Username> username = Parsed.of(command.username(), Username::parse);
            if (username instanceof Parsed.Invalid<Username> invalid) {
                return new Refused(Reason.INVALID_INPUT, capitalized(invalid.reason()));
            }
            Parsed<Password> password = Parsed.attempt(() -> Password.choose(command.password().value()));
            if (password instanceof Parsed.Invalid<Password> invalid) {
                return new Refused(Reason.INVALID_INPUT, capitalized(invalid.reason()));
            }
            Parsed<OrgName> organization = Parsed.of(command.organization(), OrgName::parse);
            if (organization instanceof Parsed.Invalid<OrgName> invalid) {
                return new Refused(Reason.INVALID_INPUT, capitalized(invalid.reason()));
            }
            AddUser.Command add = new AddUser.Command(username.orElseThrow(), password.orElseThrow(),
                    organization.orElseThrow(), Optional.of(Role.OWNER));
            // "No user yet" is checked again inside the transaction that adds one, so a user added on the
            // command line in between wins and this set-up is refused. AddUser joins this transaction.
            Result result = transactions.inTransaction(() -> users.isEmpty()
                    ? switch (addUser.add(add)) {
                        case AddUser.Added added -> new Completed(added.user(), added.organization());
                        case AddUser.Rejected rejected -> new Refused(Reason.INVALID_INPUT, rejected.reason());
                    }
                    : new Refused(Reason.ALREADY_SET_UP, ALREADY_SET_UP));
            if (!(result instanceof Refused refused && refused.reason() == Reason.INVALID_INPUT)) {
                offered = Optional.empty();
            }
            return result;
        }
    }

    /**
     * Whether {@code token} is the link offered now, still unexpired, while no user exists; nothing is spent.
     * The set-up page asks before showing its form, so a dead link is explained at once; {@link #complete}
     * checks again.
     */
    public boolean works(String token) {
        synchronized (lock) {
            return linkWorks(token, clock.instant()) && users.isEmpty();
        }
    }

    private boolean linkWorks(String token, Instant now) {
        return offered.filter(offer -> now.isBefore(offer.expiresAt()))
                .map(offer -> offer.tokenHash().matches(token))
                .orElse(false);
    }

    private static String capitalized(String reason) {
        String sentence = reason.endsWith(".") ? reason : reason + ".";
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
