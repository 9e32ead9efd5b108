package dev.latchkey.application.clientauth;

import dev.latchkey.application.port.Clients;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.error.OAuthError;
import java.util.Objects;
import java.util.function.Function;

/**
 * Authenticates the client of a back-channel request (RFC 6749 §2.3, §3.2.1).
 *
 * <p>A confidential client must prove it holds its secret, by either secret method: both carry the
 * same secret, and refusing one of them would only break clients without adding protection. A public
 * client identifies itself by {@code client_id} and must not send a secret. Unknown clients get
 * {@code invalid_client}, which tells real MCP clients to register again.
 */
public final class AuthenticateClient {

    private final Clients clients;

    public AuthenticateClient(Clients clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    /** The outcome of authenticating a client. */
    public sealed interface Result permits Authenticated, Rejected {}

    /** The client is who it says. */
    public record Authenticated(Client client) implements Result {}

    /** Authentication failed: answer {@code invalid_client} (401 when Basic was tried). */
    public record Rejected(OAuthError error) implements Result {}

    public Result authenticate(ClientCredentials credentials) {
        return switch (credentials) {
            case ClientCredentials.None none -> new Rejected(OAuthError.invalidClient(
                    "No client credentials were sent. Public clients send client_id in the form;"
                            + " confidential clients authenticate with client_secret_basic or client_secret_post."));
            case ClientCredentials.IdOnly idOnly -> withClient(idOnly.clientId(), client -> client.isConfidential()
                    ? new Rejected(OAuthError.invalidClient("Client " + client.id()
                            + " is confidential: authenticate with its client_secret (HTTP Basic or form)."))
                    : new Authenticated(client));
            case ClientCredentials.Basic basic -> withClient(basic.clientId(), client -> checkSecret(client,
                    client.secretMatches(basic.secret())));
            case ClientCredentials.Post post -> withClient(post.clientId(), client -> checkSecret(client,
                    client.secretMatches(post.secret())));
        };
    }

    private Result checkSecret(Client client, boolean matches) {
        if (!client.isConfidential()) {
            return new Rejected(OAuthError.invalidClient("Client " + client.id()
                    + " is public (token_endpoint_auth_method none): send client_id only, without a secret."));
        }
        return matches ? new Authenticated(client) : new Rejected(OAuthError.invalidClient(
                "Client authentication failed: the client secret is wrong. Use the secret returned at registration."));
    }

    private Result withClient(ClientId id, Function<Client, Result> then) {
        return switch (clients.lookup(id)) {
            case Clients.Found found -> then.apply(found.client());
            case Clients.NotFound notFound -> new Rejected(OAuthError.invalidClient("Unknown client_id " + id
                    + ". The client is not registered here (or was removed): register it again."));
            case Clients.Unusable unusable -> new Rejected(OAuthError.invalidClient(unusable.reason()));
        };
    }
}
