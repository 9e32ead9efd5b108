package dev.latchkey.application.session;

import dev.latchkey.application.port.BrowserSessions;
import dev.latchkey.domain.session.SessionToken;
import java.util.Objects;

/** Ends a browser session. Tokens already issued to clients are not affected: they belong to grants. */
public final class SignOut {

    private final BrowserSessions sessions;

    public SignOut(BrowserSessions sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    /** The session cookie's value. */
    public record Command(SessionToken token) {
        public Command {
            Objects.requireNonNull(token, "token");
        }
    }

    public void signOut(Command command) {
        sessions.remove(command.token().hash());
    }
}
