package dev.latchkey.application.client;

import dev.latchkey.domain.client.Client;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How far the consent page may trust what a client says about itself. A pre-registered client was
 * added by an administrator; a metadata document served from a well-known vendor's host proves the
 * vendor controls that client_id. Anything else (every dynamically registered client, a document from
 * an unknown host) could be anyone using any name, so the consent page marks it unverified.
 */
public enum ClientTrust {
    /** Registered by an administrator of this server. */
    PRE_REGISTERED,
    /** A metadata document served by a host Latchkey knows as an MCP client vendor. */
    KNOWN_HOST,
    /** Self-registered or self-described by an unknown host: the name proves nothing. */
    UNVERIFIED;

    /**
     * Hosts that serve well-known MCP clients' metadata documents, matched exactly: a subdomain may belong
     * to someone else (tenants, user content), so it proves nothing.
     */
    static final Set<String> KNOWN_CLIENT_HOSTS = Set.of("claude.ai", "www.claude.ai", "anthropic.com",
            "www.anthropic.com", "chatgpt.com", "openai.com", "vscode.dev", "insiders.vscode.dev", "cursor.com",
            "www.cursor.com");

    public static ClientTrust of(Client client) {
        return switch (client.source()) {
            case ADMIN -> PRE_REGISTERED;
            case DYNAMIC -> UNVERIFIED;
            case METADATA_DOCUMENT -> host(client).filter(ClientTrust::isKnown).map(host -> KNOWN_HOST)
                    .orElse(UNVERIFIED);
        };
    }

    /** The host of a metadata document client_id, shown at consent. */
    public static Optional<String> host(Client client) {
        if (!client.id().isMetadataDocumentUrl()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(new URI(client.id().value()).getHost()).map(host -> host.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }

    private static boolean isKnown(String host) {
        return KNOWN_CLIENT_HOSTS.contains(host);
    }
}
