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
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Signs a person in with username and password and opens a browser session.
 *
 * <p>The answer never tells whether the username exists: an unknown username, a wrong password and a
 * disabled account get the same message, and an unknown username still costs one password hash so
 * that timing does not tell either.
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
    private volatile PasswordHash decoy;

    public SignIn(Users users, PasswordHasher hasher, BrowserSessions sessions, RandomTokens random,
            ServerSettings settings, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.random = Objects.requireNonNull(random, "random");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What was typed into the sign-in form. */
    public record Command(String username, Password password) {
        public Command {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }
    }

    /** The outcome of a sign-in attempt. */
    public sealed interface Result permits SignedIn, Refused {}

    /** Signed in: set {@code token} as the session cookie. */
    public record SignedIn(SessionToken token, BrowserSession session, User user) implements Result {}

    /** Refused; {@code message} is {@link #REFUSED}. */
    public record Refused(String message) implements Result {}

    public Result signIn(Command command) {
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
        return new SignedIn(token, session, user.get());
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
