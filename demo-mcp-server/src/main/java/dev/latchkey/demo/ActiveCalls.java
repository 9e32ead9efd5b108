package dev.latchkey.demo;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Every long-running call in progress, so that shutting down can stop them instead of waiting for them. */
final class ActiveCalls {

    private final Set<CallControl> calls = ConcurrentHashMap.newKeySet();
    private volatile boolean shuttingDown;

    /** Tracks {@code call} until {@link #finished}; a call that starts during shutdown is stopped at once. */
    void started(CallControl call) {
        calls.add(call);
        if (shuttingDown) {
            call.stop();
        }
    }

    void finished(CallControl call) {
        calls.remove(call);
    }

    /** Stops every call in progress and every call started from now on. */
    void stopAll() {
        shuttingDown = true;
        calls.forEach(CallControl::stop);
    }
}
