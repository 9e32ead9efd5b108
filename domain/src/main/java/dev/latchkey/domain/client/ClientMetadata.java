package dev.latchkey.domain.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Client metadata as a client states it (RFC 7591 §2), in a registration request or a Client ID
 * Metadata Document: typed, but not yet validated. Empty means the member was absent (or JSON null).
 * Unknown members are not carried: "the authorization server MUST ignore any client metadata sent by
 * the client that it does not understand".
 */
public record ClientMetadata(
        Optional<String> clientId,
        Optional<List<String>> redirectUris,
        Optional<String> tokenEndpointAuthMethod,
        Optional<List<String>> tokenEndpointAuthMethodsSupported,
        Optional<List<String>> grantTypes,
        Optional<List<String>> responseTypes,
        Optional<String> clientName,
        Optional<String> clientUri,
        Optional<String> logoUri,
        Optional<String> tosUri,
        Optional<String> policyUri,
        List<String> contacts,
        Optional<String> softwareId,
        Optional<String> softwareVersion,
        Optional<String> scope) {

    public ClientMetadata {
        Objects.requireNonNull(clientId, "clientId");
        redirectUris = Objects.requireNonNull(redirectUris, "redirectUris").map(List::copyOf);
        Objects.requireNonNull(tokenEndpointAuthMethod, "tokenEndpointAuthMethod");
        tokenEndpointAuthMethodsSupported = Objects.requireNonNull(tokenEndpointAuthMethodsSupported,
                "tokenEndpointAuthMethodsSupported").map(List::copyOf);
        grantTypes = Objects.requireNonNull(grantTypes, "grantTypes").map(List::copyOf);
        responseTypes = Objects.requireNonNull(responseTypes, "responseTypes").map(List::copyOf);
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(clientUri, "clientUri");
        Objects.requireNonNull(logoUri, "logoUri");
        Objects.requireNonNull(tosUri, "tosUri");
        Objects.requireNonNull(policyUri, "policyUri");
        contacts = List.copyOf(contacts);
        Objects.requireNonNull(softwareId, "softwareId");
        Objects.requireNonNull(softwareVersion, "softwareVersion");
        Objects.requireNonNull(scope, "scope");
    }
}
