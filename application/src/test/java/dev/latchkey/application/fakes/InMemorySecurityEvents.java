package dev.latchkey.application.fakes;

import dev.latchkey.application.port.SecurityEvents;
import dev.latchkey.domain.audit.SecurityEvent;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * {@link SecurityEvents} in memory. {@link #recent} lists newest first; events at the same instant come
 * latest-recorded first. A negative limit throws {@link IllegalArgumentException}.
 */
public final class InMemorySecurityEvents implements SecurityEvents {

    private final FakeLock lock;
    private final Table<Long, SecurityEvent> events = new Table<>("security event");
    private long recorded;

    /** A fake on its own; use {@link InMemoryStorage} when the test needs transactions. */
    public InMemorySecurityEvents() {
        this(new FakeLock());
    }

    InMemorySecurityEvents(FakeLock lock) {
        this.lock = lock;
    }

    @Override
    public void record(SecurityEvent event) {
        lock.run(() -> events.insert(++recorded, event));
    }

    @Override
    public List<SecurityEvent> recent(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        return lock.call(() -> {
            List<SecurityEvent> latestRecordedFirst = events.rows();
            Collections.reverse(latestRecordedFirst);
            return latestRecordedFirst.stream()
                    .sorted(Comparator.comparing(SecurityEvent::at).reversed())
                    .limit(limit)
                    .toList();
        });
    }

    Runnable snapshot() {
        return lock.call(events::snapshot);
    }
}
