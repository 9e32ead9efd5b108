package dev.latchkey.application.session;

import dev.latchkey.application.port.BrowserSessions;
import dev.latchkey.application.port.PasswordHasher;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.port.Users;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.session.BrowserSession;
import dev.latchkey.domain.session.SessionToken;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.user.PasswordHash;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.Username;
import dev.latchkey.domain.validation.Parsed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Signs a person in with username and password and opens a browser session.
 *
 * <p>The answer never tells whether the username exists: an unknown username, a wrong password and a
 * disabled account get the same message, and an unknown username still costs one password hash so
 * that timing does not tell either.
 *
 * <p>Guessing is slowed down by a {@link SignInThrottle}: past a few failures for a username or many from
 * one client address, an attempt is answered {@link Throttled} with how long to wait, and its password
 * is not checked at all (NIST SP 800-63B §5.2.2). Unknown usernames are throttled exactly like known
 * ones, and the message is the same for both.
 */
public final class SignIn {

    /** The one message for every refusal (no account enumeration). */
    public static final String REFUSED = "The username or password is not correct, or the account is disabled."
            + " Check both and try again; if it keeps failing, ask an administrator of this server.";

    private final Users users;
    private final PasswordHasher hasher;
    private final BrowserSessions sessions;
    private final RandomTokens random;
    private final ServerSettings settings;
    private final Clock clock;
    private final SignInThrottle throttle;
    private volatile PasswordHash decoy;

    /** Signs in with a throttle of its own: build one {@code SignIn} per server. */
    public SignIn(Users users, PasswordHasher hasher, BrowserSessions sessions, RandomTokens random,
            ServerSettings settings, Clock clock) {
        this(users, hasher, sessions, random, settings, clock, new SignInThrottle(clock));
    }

    /** Signs in with {@code throttle}, which other sign-in forms of the same server may share. */
    public SignIn(Users users, PasswordHasher hasher, BrowserSessions sessions, RandomTokens random,
            ServerSettings settings, Clock clock, SignInThrottle throttle) {
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.users = Objects.requireNonNull(users, "users");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.random = Objects.requireNonNull(random, "random");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What was typed into the sign-in form, and the address of the client that sent it (the remote
     * address of the connection), which the throttle counts failures for.
     */
    public record Command(String username, Password password, Optional<String> clientAddress) {
        public Command {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(clientAddress, "clientAddress");
        }

        /** A sign-in from {@code clientAddress}. */
        public Command(String username, Password password, String clientAddress) {
            this(username, password, Optional.of(clientAddress));
        }

        /** A sign-in whose client address is unknown: only its username is throttled. */
        public Command(String username, Password password) {
            this(username, password, Optional.empty());
        }
    }

    /** The outcome of a sign-in attempt. */
    public sealed interface Result permits SignedIn, Refused, Throttled {}

    /** Signed in: set {@code token} as the session cookie. */
    public record SignedIn(SessionToken token, BrowserSession session, User user) implements Result {}

    /** Refused; {@code message} is {@link #REFUSED}. */
    public record Refused(String message) implements Result {}

    /**
     * Too many failed attempts: nothing was checked. Show {@code message} (it says to wait
     * {@code retryAfter}, in whole seconds, and is the same whether or not the username exists); HTTP
     * adapters may send {@code retryAfter} as {@code Retry-After}. ({@code wait} cannot name a record
     * component: it is a method of every object.)
     */
    public record Throttled(Duration retryAfter, String message) implements Result {
        public Throttled {
            Objects.requireNonNull(retryAfter, "retryAfter");
            Objects.requireNonNull(message, "message");
        }
    }

    public Result signIn(Command command) {
        SignInThrottle.Attempt attempt = new SignInThrottle.Attempt(command.username(), command.clientAddress());
        Optional<Duration> wait = throttle.admit(attempt);
        if (wait.isPresent()) {
            // Checked before anything else: a throttled guess costs no password hash and reveals nothing.
            return throttled(wait.get());
        }
        Optional<User> user = Parsed.of(command.username(), Username::parse) instanceof Parsed.Valid<Username> name
                ? users.findByUsername(name.value())
                : Optional.empty();
        if (user.isEmpty()) {
            hasher.verify(command.password(), decoy());
            return new Refused(REFUSED);
        }
        boolean passwordMatches = hasher.verify(command.password(), user.get().passwordHash());
        if (!passwordMatches || !user.get().isActive()) {
            return new Refused(REFUSED);
        }
        Instant now = clock.instant();
        sessions.removeExpired(now, now.minus(settings.sessionIdleTimeout()));
        SessionToken token = new SessionToken(random.secret());
        BrowserSession session = new BrowserSession(token.hash(), user.get().id(), random.secret(), now, now,
                now.plus(settings.sessionLifetime()));
        sessions.add(session);
        throttle.succeeded(attempt);
        return new SignedIn(token, session, user.get());
    }

    /** The answer to a throttled attempt: the wait in whole seconds, rounded up. */
    static Throttled throttled(Duration wait) {
        long seconds = Math.max(1, wait.plusNanos(999_999_999).getSeconds());
        String message = "Too many sign-in attempts failed. Wait " + seconds + (seconds == 1 ? " second" : " seconds")
                + (seconds >= 120 ? " (about " + Math.round(seconds / 60.0) + " minutes)" : "")
                + ", then try again. If you forgot your password, ask an administrator of this server.";
        return new Throttled(Duration.ofSeconds(seconds), message);
    }

    private PasswordHash decoy() {
        PasswordHash current = decoy;
        if (current == null) {
            current = hasher.hash(new Password(random.secret()));
            decoy = current;
        }
        return current;
    }
}
