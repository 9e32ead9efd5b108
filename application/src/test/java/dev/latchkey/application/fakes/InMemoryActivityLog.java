package dev.latchkey.application.fakes;

import dev.latchkey.application.port.ActivityLog;
import dev.latchkey.domain.audit.ProxiedCall;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@link ActivityLog} in memory. {@link #recent} lists newest first; calls at the same instant come
 * latest-recorded first. A negative limit throws {@link IllegalArgumentException}. Like the SQLite
 * adapter, which writes in the background, recording is not part of a transaction: a rollback keeps it.
 */
public final class InMemoryActivityLog implements ActivityLog {

    private final List<ProxiedCall> calls = new ArrayList<>();

    @Override
    public synchronized void record(ProxiedCall call) {
        calls.add(Objects.requireNonNull(call, "call"));
    }

    @Override
    public synchronized List<ProxiedCall> recent(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        List<ProxiedCall> latestRecordedFirst = new ArrayList<>(calls);
        Collections.reverse(latestRecordedFirst);
        return latestRecordedFirst.stream()
                .sorted(Comparator.comparing(ProxiedCall::at).reversed())
                .limit(limit)
                .toList();
    }
}
