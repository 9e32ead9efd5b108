package dev.latchkey.application.port;

import dev.latchkey.domain.audit.ProxiedCall;
import java.util.List;

/**
 * The record of calls the gateway forwarded. Recording must not slow the call down: an adapter may
 * buffer and write in batches, as long as {@link #recent} sees what was recorded before it.
 */
public interface ActivityLog {

    void record(ProxiedCall call);

    /** The newest {@code limit} calls, newest first. */
    List<ProxiedCall> recent(int limit);
}
