package dev.latchkey.application.fakes;

import dev.latchkey.application.port.ClientMetadataDocuments;
import dev.latchkey.domain.client.ClientMetadata;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link ClientMetadataDocuments} answering what the test set for each URL: a document with how long it
 * stays fresh ({@link #serve}), or a failure ({@link #fail}). A URL nobody set fails like a 404. URLs are
 * matched as exact strings. Counts the fetches per URL, so a test can tell a cached answer from a fetch.
 * Thread-safe.
 */
public final class FakeClientMetadataDocuments implements ClientMetadataDocuments {

    private final Map<String, Fetch> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> fetches = new ConcurrentHashMap<>();

    /** From now on, fetching {@code url} returns {@code metadata}, fresh for {@code freshFor}. */
    public FakeClientMetadataDocuments serve(String url, ClientMetadata metadata, Duration freshFor) {
        answers.put(url, new Fetched(metadata, freshFor));
        return this;
    }

    /** From now on, fetching {@code url} fails with {@code reason}. */
    public FakeClientMetadataDocuments fail(String url, String reason) {
        answers.put(url, new Failed(reason));
        return this;
    }

    @Override
    public Fetch fetch(URI url) {
        Objects.requireNonNull(url, "url");
        String key = url.toString();
        fetches.computeIfAbsent(key, counted -> new AtomicInteger()).incrementAndGet();
        return answers.getOrDefault(key, new Failed("Fetching " + key + " answered 404 Not Found."));
    }

    /** How many times {@code url} was fetched. */
    public int fetchesOf(String url) {
        AtomicInteger count = fetches.get(url);
        return count == null ? 0 : count.get();
    }

    /** How many fetches were made, of any URL. */
    public int fetches() {
        return fetches.values().stream().mapToInt(AtomicInteger::get).sum();
    }
}
