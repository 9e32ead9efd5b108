package dev.latchkey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A legacy MCP session (protocol 2025-03-26 to 2025-11-25, Streamable HTTP "Session Management"): it starts
 * with {@code initialize}, is named by the {@code Mcp-Session-Id} header, and ends on DELETE or eviction.
 */
final class Session {

    private final String id;
    private final ProtocolVersion version;
    private final Map<String, CallControl> callsInFlight = new ConcurrentHashMap<>();
    private volatile Instant lastUsed;
    private volatile Optional<LogLevel> logLevel = Optional.empty();
    private volatile boolean ended;

    Session(String id, ProtocolVersion version, Instant openedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.version = Objects.requireNonNull(version, "version");
        this.lastUsed = Objects.requireNonNull(openedAt, "openedAt");
    }

    String id() {
        return id;
    }

    /** The version negotiated by {@code initialize}. */
    ProtocolVersion version() {
        return version;
    }

    Instant lastUsed() {
        return lastUsed;
    }

    void touch(Instant now) {
        lastUsed = now;
    }

    /** MCP "Logging": the minimum level set by {@code logging/setLevel}; until then the server sends what it likes. */
    boolean wantsLogAt(LogLevel level) {
        return logLevel.map(minimum -> minimum.admits(level)).orElse(true);
    }

    void setLogLevel(LogLevel level) {
        logLevel = Optional.of(level);
    }

    /** Registers a long-running request so that {@code notifications/cancelled} can reach it. */
    void callStarted(JsonNode requestId, CallControl call) {
        callsInFlight.put(Json.text(requestId), call);
        if (ended) {
            call.stop();
        }
    }

    void callFinished(JsonNode requestId, CallControl call) {
        callsInFlight.remove(Json.text(requestId), call);
    }

    /** MCP "Cancellation": stops the request {@code requestId} if it is still running; unknown ids are ignored. */
    void cancel(JsonNode requestId) {
        CallControl call = callsInFlight.get(Json.text(requestId));
        if (call != null) {
            call.stop();
        }
    }

    /** Ends the session and stops what still runs in it. */
    void end() {
        ended = true;
        callsInFlight.values().forEach(CallControl::stop);
    }
}
