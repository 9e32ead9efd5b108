package dev.latchkey.application.port;

import dev.latchkey.domain.client.ClientMetadata;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Fetches Client ID Metadata Documents (IETF draft "OAuth Client ID Metadata Document"): the JSON a
 * client serves at the https URL it uses as its {@code client_id}. The adapter enforces the transport
 * rules (https only, no redirects, 200 only, JSON only, size and time limits, special-use addresses
 * refused unless an administrator allows them, certificates checked against the JVM's trust store) and
 * reads the HTTP caching headers; the application checks what the document says.
 */
public interface ClientMetadataDocuments {

    /** Fetches the document at {@code url} now (no caching here). */
    Fetch fetch(URI url);

    /** The outcome of a fetch. */
    sealed interface Fetch permits Fetched, Failed {}

    /**
     * The document, parsed tolerantly (unknown members ignored), and how long it may be used before
     * fetching again, from its caching headers within the adapter's bounds.
     */
    record Fetched(ClientMetadata metadata, Duration freshFor) implements Fetch {
        public Fetched {
            Objects.requireNonNull(metadata, "metadata");
            Objects.requireNonNull(freshFor, "freshFor");
        }
    }

    /** Why the document could not be used, in a sentence fit for the user or the client's developer. */
    record Failed(String reason) implements Fetch {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
