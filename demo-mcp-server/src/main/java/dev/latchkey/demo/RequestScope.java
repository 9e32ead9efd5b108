package dev.latchkey.demo;

import java.util.Objects;
import java.util.Optional;

/**
 * The protocol context of one request: its version, its legacy session (none in the modern era), who is
 * calling, and the log level a modern request asked for in {@code _meta}.
 */
record RequestScope(ProtocolVersion version, Optional<Session> session, Caller caller, Optional<LogLevel> requestLogLevel) {

    RequestScope {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(requestLogLevel, "requestLogLevel");
    }

    static RequestScope legacy(Session session, Caller caller) {
        return new RequestScope(session.version(), Optional.of(session), caller, Optional.empty());
    }

    static RequestScope modern(ProtocolVersion version, Caller caller, Optional<LogLevel> logLevel) {
        return new RequestScope(version, Optional.empty(), caller, logLevel);
    }

    boolean modern() {
        return version.modern();
    }

    /**
     * Whether to send a {@code notifications/message} at {@code level}. Modern: only when the request set
     * {@code io.modelcontextprotocol/logLevel} ("If absent, the server MUST NOT send any notifications/message
     * notifications for this request"). Legacy: per the session's {@code logging/setLevel}.
     */
    boolean wantsLogAt(LogLevel level) {
        if (modern()) {
            return requestLogLevel.map(minimum -> minimum.admits(level)).orElse(false);
        }
        return session.map(open -> open.wantsLogAt(level)).orElse(false);
    }
}
