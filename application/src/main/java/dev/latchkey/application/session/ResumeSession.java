package dev.latchkey.application.session;

import dev.latchkey.application.port.BrowserSessions;
import dev.latchkey.application.port.Users;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.session.BrowserSession;
import dev.latchkey.domain.session.SessionToken;
import dev.latchkey.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the signed-in user behind a session cookie: the session must be live (neither idle too long
 * nor past its absolute end) and its user active. Activity is recorded at most once a minute.
 */
public final class ResumeSession {

    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final BrowserSessions sessions;
    private final Users users;
    private final ServerSettings settings;
    private final Clock clock;

    public ResumeSession(BrowserSessions sessions, Users users, ServerSettings settings, Clock clock) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.users = Objects.requireNonNull(users, "users");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The session cookie's value. */
    public record Command(SessionToken token) {
        public Command {
            Objects.requireNonNull(token, "token");
        }
    }

    /** A live session and its user. */
    public record Active(BrowserSession session, User user) {}

    public Optional<Active> resume(Command command) {
        Instant now = clock.instant();
        Optional<BrowserSession> found = sessions.find(command.token().hash());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        BrowserSession session = found.get();
        if (!session.isLive(now, settings.sessionIdleTimeout())) {
            sessions.remove(session.idHash());
            return Optional.empty();
        }
        Optional<User> user = users.find(session.userId()).filter(User::isActive);
        if (user.isEmpty()) {
            sessions.remove(session.idHash());
            return Optional.empty();
        }
        if (!now.isBefore(session.lastSeenAt().plus(TOUCH_INTERVAL))) {
            sessions.touch(session.idHash(), now);
        }
        return Optional.of(new Active(session, user.get()));
    }
}
