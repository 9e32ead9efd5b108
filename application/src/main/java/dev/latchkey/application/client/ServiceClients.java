package dev.latchkey.application.client;

import dev.latchkey.application.port.Clients;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.token.AccessTokenClaims;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a {@code client_credentials} token may still be used. Such a token has no grant: it stays
 * usable only while its client exists, is a confidential client of the token's organization registered
 * for {@code client_credentials}, and is still allowed the resource. Deleting the client, or taking the
 * resource off its list in Settings, stops its tokens on their next use.
 */
public final class ServiceClients {

    private final Clients clients;

    public ServiceClients(Clients clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    /** The client behind a client_credentials token, if it may still use {@code resource}. */
    public Optional<Client> live(AccessTokenClaims claims, ResourceName resource) {
        if (!claims.isClientCredentials()) {
            return Optional.empty();
        }
        return clients.find(claims.clientId())
                .filter(Client::isConfidential)
                .filter(client -> client.mayUse(GrantType.CLIENT_CREDENTIALS))
                .filter(client -> client.owner().map(owner -> owner.organization().equals(claims.orgId())
                        && owner.allows(resource)).orElse(false))
                .filter(client -> claims.subject().value().equals(client.id().value()));
    }
}
