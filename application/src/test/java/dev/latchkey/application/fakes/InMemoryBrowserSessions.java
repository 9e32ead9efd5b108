package dev.latchkey.application.fakes;

import dev.latchkey.application.port.BrowserSessions;
import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.session.BrowserSession;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link BrowserSessions} in memory. {@link #removeExpired} removes the sessions
 * {@link BrowserSession#isLive} would refuse: ended at or before {@code now}, or last seen at or before
 * {@code idleCutoff}.
 */
public final class InMemoryBrowserSessions implements BrowserSessions {

    private final FakeLock lock;
    private final Table<SecretHash, BrowserSession> sessions = new Table<>("browser session");

    /** A fake on its own; use {@link InMemoryStorage} when the test needs transactions. */
    public InMemoryBrowserSessions() {
        this(new FakeLock());
    }

    InMemoryBrowserSessions(FakeLock lock) {
        this.lock = lock;
    }

    @Override
    public void add(BrowserSession session) {
        lock.run(() -> sessions.insert(session.idHash(), session));
    }

    @Override
    public Optional<BrowserSession> find(SecretHash idHash) {
        return lock.call(() -> sessions.get(idHash));
    }

    @Override
    public void touch(SecretHash idHash, Instant at) {
        lock.run(() -> sessions.replaceIf(idHash, session -> true, session -> new BrowserSession(session.idHash(),
                session.userId(), session.csrfToken(), session.createdAt(), at, session.expiresAt())));
    }

    @Override
    public void remove(SecretHash idHash) {
        lock.run(() -> sessions.remove(idHash));
    }

    @Override
    public int removeExpired(Instant now, Instant idleCutoff) {
        return lock.call(() -> sessions.removeIf(session -> !now.isBefore(session.expiresAt())
                || !idleCutoff.isBefore(session.lastSeenAt())));
    }

    Runnable snapshot() {
        return lock.call(sessions::snapshot);
    }
}
