package dev.latchkey.application.fakes;

import dev.latchkey.application.port.RandomTokens;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deterministic {@link RandomTokens}: the n-th secret is {@code secret-} followed by n in 36 digits (43
 * base64url characters, like a real one), the n-th id the UUID {@code 00000000-0000-0000-0000-<n in hex>}.
 * Every value differs from every other. Thread-safe; remembers what it made so tests can find, say, the
 * code a use case sent.
 */
public final class CountingRandomTokens implements RandomTokens {

    private final AtomicLong secrets = new AtomicLong();
    private final AtomicLong ids = new AtomicLong();
    private final List<String> secretsMade = new CopyOnWriteArrayList<>();
    private final List<String> idsMade = new CopyOnWriteArrayList<>();

    @Override
    public String secret() {
        String secret = "secret-" + String.format(Locale.ROOT, "%036d", secrets.incrementAndGet());
        secretsMade.add(secret);
        return secret;
    }

    @Override
    public String id() {
        String id = new UUID(0, ids.incrementAndGet()).toString();
        idsMade.add(id);
        return id;
    }

    /** Every secret made so far, oldest first. */
    public List<String> secretsMade() {
        return List.copyOf(secretsMade);
    }

    /** Every id made so far, oldest first. */
    public List<String> idsMade() {
        return List.copyOf(idsMade);
    }

    /** The latest secret made. */
    public String lastSecret() {
        if (secretsMade.isEmpty()) {
            throw new IllegalStateException("no secret was made yet");
        }
        return secretsMade.getLast();
    }

    /** The latest id made. */
    public String lastId() {
        if (idsMade.isEmpty()) {
            throw new IllegalStateException("no id was made yet");
        }
        return idsMade.getLast();
    }
}
