package dev.latchkey.application.port;

import dev.latchkey.domain.audit.SecurityEvent;
import java.util.List;

/** The security event log. */
public interface SecurityEvents {

    void record(SecurityEvent event);

    /** The newest {@code limit} events, newest first. */
    List<SecurityEvent> recent(int limit);
}
