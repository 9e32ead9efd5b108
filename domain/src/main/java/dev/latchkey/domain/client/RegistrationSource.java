package dev.latchkey.domain.client;

/**
 * How a client came to be known to Latchkey. Dynamically registered clients are unverified: anyone can
 * register one under any name, so the consent page says so.
 */
public enum RegistrationSource {
    /** Registered by the client itself at the registration endpoint (RFC 7591). */
    DYNAMIC("dynamic"),
    /** Registered by an administrator of this server. */
    ADMIN("admin"),
    /**
     * Known by its Client ID Metadata Document: the client_id is an https URL serving the client's
     * metadata, fetched (and cached) when the client is used.
     */
    METADATA_DOCUMENT("metadata_document");

    private final String storedName;

    RegistrationSource(String storedName) {
        this.storedName = storedName;
    }

    public String storedName() {
        return storedName;
    }

    public static RegistrationSource fromStoredName(String name) {
        for (RegistrationSource source : values()) {
            if (source.storedName.equals(name)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown registration source " + name);
    }
}
