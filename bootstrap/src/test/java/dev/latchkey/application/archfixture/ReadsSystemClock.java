package dev.latchkey.application.archfixture;

import java.time.Instant;

/** Deliberate violation: time must come from an injected Clock. */
public final class ReadsSystemClock {

    public Instant now() {
        return Instant.now();
    }
}
