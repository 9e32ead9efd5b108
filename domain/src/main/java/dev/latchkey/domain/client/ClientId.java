package dev.latchkey.domain.client;

import dev.latchkey.domain.validation.Require;

/**
 * A client identifier (RFC 6749 §2.2): printable ASCII, at most 255 characters. Latchkey issues
 * random ones at registration; other forms (such as metadata document URLs) are accepted as given.
 */
public record ClientId(String value) {

    public ClientId {
        Require.visibleAscii(value, "client_id", 255);
    }

    /**
     * Whether this client_id is a Client ID Metadata Document URL: an https URL the server fetches to
     * learn the client's metadata.
     */
    public boolean isMetadataDocumentUrl() {
        return value.startsWith("https://");
    }

    @Override
    public String toString() {
        return value;
    }
}
