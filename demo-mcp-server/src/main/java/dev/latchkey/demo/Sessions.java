package dev.latchkey.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The open legacy sessions, bounded: when full, the least recently used session is ended, and its client gets
 * 404 on its next request and starts a new session, as Streamable HTTP "Session Management" item 4 requires.
 */
final class Sessions {

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Supplier<String> newId;
    private final int capacity;

    Sessions(Clock clock, Supplier<String> newId, int capacity) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.newId = Objects.requireNonNull(newId, "newId");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    /**
     * Session ids: 256 random bits, base64url, so only visible ASCII (0x21 to 0x7E) as the transport requires,
     * and "globally unique and cryptographically secure".
     */
    static Supplier<String> secureRandomIds() {
        SecureRandom random = new SecureRandom();
        return () -> {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        };
    }

    synchronized Session open(ProtocolVersion version) {
        while (byId.size() >= capacity) {
            byId.values().stream().min(Comparator.comparing(Session::lastUsed))
                    .ifPresent(oldest -> end(oldest.id()));
        }
        Session session = new Session(newId.get(), version, clock.instant());
        byId.put(session.id(), session);
        return session;
    }

    /** The open session named {@code id}, marked as used now. */
    Optional<Session> find(String id) {
        Session session = byId.get(id);
        if (session == null) {
            return Optional.empty();
        }
        session.touch(clock.instant());
        return Optional.of(session);
    }

    /** Ends the session named {@code id}; false when there was none. */
    boolean end(String id) {
        Session session = byId.remove(id);
        if (session == null) {
            return false;
        }
        session.end();
        return true;
    }

    void endAll() {
        byId.keySet().forEach(this::end);
    }

    int size() {
        return byId.size();
    }
}
