package dev.latchkey.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads an event stream as it arrives, noting when each event came and which comments were seen. */
final class SseReader implements AutoCloseable {

    /** An event and the {@link System#nanoTime()} at which its last line arrived. */
    record Arrival(McpTestClient.Event event, long nanos) {}

    private final BufferedReader reader;
    private final List<String> comments = new ArrayList<>();

    SseReader(InputStream in) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The next event, or empty at the end of the stream. */
    Optional<Arrival> next() {
        try {
            StringBuilder block = new StringBuilder();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!block.isEmpty()) {
                        List<McpTestClient.Event> events = McpTestClient.events(block.toString());
                        block.setLength(0);
                        if (!events.isEmpty()) {
                            return Optional.of(new Arrival(events.getFirst(), System.nanoTime()));
                        }
                    }
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else {
                    block.append(line).append('\n');
                }
            }
            return Optional.empty();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Every remaining event. */
    List<Arrival> rest() {
        List<Arrival> arrivals = new ArrayList<>();
        for (Optional<Arrival> next = next(); next.isPresent(); next = next()) {
            arrivals.add(next.get());
        }
        return arrivals;
    }

    List<String> comments() {
        return comments;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // Closing a finished stream cannot fail in a way a test cares about.
        }
    }
}
