package dev.latchkey.domain.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The descriptive metadata a client registered (RFC 7591 §2): shown at consent, echoed in the
 * registration response, never used to make a security decision.
 */
public record ClientProfile(
        Optional<String> name,
        Optional<String> clientUri,
        Optional<String> logoUri,
        Optional<String> tosUri,
        Optional<String> policyUri,
        List<String> contacts,
        Optional<String> softwareId,
        Optional<String> softwareVersion) {

    public ClientProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(clientUri, "clientUri");
        Objects.requireNonNull(logoUri, "logoUri");
        Objects.requireNonNull(tosUri, "tosUri");
        Objects.requireNonNull(policyUri, "policyUri");
        contacts = List.copyOf(contacts);
        Objects.requireNonNull(softwareId, "softwareId");
        Objects.requireNonNull(softwareVersion, "softwareVersion");
    }

    /** A profile with only a name. */
    public static ClientProfile named(String name) {
        return new ClientProfile(Optional.ofNullable(name), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }
}
