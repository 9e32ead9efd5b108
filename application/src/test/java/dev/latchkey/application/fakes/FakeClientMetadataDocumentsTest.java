package dev.latchkey.application.fakes;

import static dev.latchkey.application.fixtures.Fixtures.aMetadataDocument;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.port.ClientMetadataDocuments;
import dev.latchkey.domain.client.ClientMetadata;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The fake fetcher answers what the test set per URL, fails like a 404 otherwise, and counts fetches. */
final class FakeClientMetadataDocumentsTest {

    private static final String URL = "https://app.example.com/client.json";

    private final FakeClientMetadataDocuments documents = new FakeClientMetadataDocuments();

    @Test
    void fetchWhenADocumentIsServedThenFetchedWithItsFreshness() {
        ClientMetadata document = aMetadataDocument(URL).build();
        documents.serve(URL, document, Duration.ofMinutes(5));

        assertThat(documents.fetch(URI.create(URL)))
                .isEqualTo(new ClientMetadataDocuments.Fetched(document, Duration.ofMinutes(5)));
    }

    @Test
    void fetchWhenAFailureIsSetThenFailedWithItsReason() {
        documents.serve(URL, aMetadataDocument(URL).build(), Duration.ofMinutes(5));
        documents.fail(URL, "Connection refused.");

        assertThat(documents.fetch(URI.create(URL))).isEqualTo(new ClientMetadataDocuments.Failed("Connection refused."));
    }

    @Test
    void fetchWhenNothingIsSetForTheUrlThenFailed() {
        assertThat(documents.fetch(URI.create(URL))).isInstanceOf(ClientMetadataDocuments.Failed.class);
    }

    @Test
    void fetchesWhenUrlsWereFetchedThenCountsPerUrlAndInAll() {
        documents.fetch(URI.create(URL));
        documents.fetch(URI.create(URL));
        documents.fetch(URI.create("https://other.example.com/client.json"));

        assertThat(documents.fetchesOf(URL)).isEqualTo(2);
        assertThat(documents.fetchesOf("https://never.example.com/client.json")).isZero();
        assertThat(documents.fetches()).isEqualTo(3);
    }
}
