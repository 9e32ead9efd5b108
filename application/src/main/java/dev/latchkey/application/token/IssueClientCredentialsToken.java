package dev.latchkey.application.token;

import dev.latchkey.application.clientauth.AuthenticateClient;
import dev.latchkey.application.clientauth.ClientCredentials;
import dev.latchkey.application.port.AccessTokenIssuer;
import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.resource.ResourceCatalog;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientOwner;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.Scope;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.token.AccessTokenClaims;
import dev.latchkey.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code client_credentials} grant (RFC 6749 §4.4): a confidential client registered in Settings
 * for an organization gets a token for itself, server to server. The token carries that organization,
 * is for one of the resources the client was allowed, and has at most that resource's scopes. No refresh
 * token is issued (RFC 6749 §4.4.3: "A refresh token SHOULD NOT be included"); the client asks again.
 */
public final class IssueClientCredentialsToken {

    private final AuthenticateClient authenticateClient;
    private final ResourceCatalog catalog;
    private final AccessTokenIssuer accessTokens;
    private final RandomTokens random;
    private final ServerSettings settings;
    private final Clock clock;

    public IssueClientCredentialsToken(Clients clients, ProtectedResources resources, AccessTokenIssuer accessTokens,
            RandomTokens random, ServerSettings settings, Clock clock) {
        this.authenticateClient = new AuthenticateClient(clients);
        this.catalog = new ResourceCatalog(resources, settings);
        this.accessTokens = Objects.requireNonNull(accessTokens, "accessTokens");
        this.random = Objects.requireNonNull(random, "random");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A token request with {@code grant_type=client_credentials}.
     *
     * @param credentials the client's secret (HTTP Basic or form)
     * @param scope       {@code scope} if sent: at most the resource's scopes
     * @param resource    {@code resource} (RFC 8707); may be left out when the client is allowed one resource
     */
    public record Command(ClientCredentials credentials, Optional<ScopeSet> scope, Optional<ResourceUri> resource) {
        public Command {
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(resource, "resource");
        }
    }

    public TokenOutcome issue(Command command) {
        Client client;
        switch (authenticateClient.authenticate(command.credentials())) {
            case AuthenticateClient.Rejected rejected -> {
                return new TokenOutcome.Rejected(rejected.error());
            }
            case AuthenticateClient.Authenticated authenticated -> client = authenticated.client();
        }
        if (!client.isConfidential() || client.owner().isEmpty() || !client.mayUse(GrantType.CLIENT_CREDENTIALS)) {
            return new TokenOutcome.Rejected(OAuthError.unauthorizedClient("This client may not use"
                    + " client_credentials. Only a confidential client registered in Settings for an organization,"
                    + " with server-to-server access turned on, may."));
        }
        ClientOwner owner = client.owner().get();
        Optional<ProtectedResource> resource;
        if (command.resource().isPresent()) {
            resource = catalog.byUri(command.resource().get()).filter(found -> owner.allows(found.name()));
            if (resource.isEmpty()) {
                return new TokenOutcome.Rejected(OAuthError.invalidTarget("This client is not allowed the resource "
                        + command.resource().get() + ". An administrator can allow it in Settings > OAuth clients."));
            }
        } else {
            List<ProtectedResource> allowed = catalog.all().stream()
                    .filter(candidate -> owner.allows(candidate.name())).toList();
            if (allowed.size() != 1) {
                return new TokenOutcome.Rejected(OAuthError.invalidTarget(allowed.isEmpty()
                        ? "This client is allowed no resource yet. An administrator can allow one in Settings."
                        : "This client is allowed several resources: send resource with the URL of the one you want."));
            }
            resource = Optional.of(allowed.get(0));
        }
        ScopeSet available = resource.get().scopes();
        ScopeSet scope = command.scope().orElse(available.contains(Scope.MCP_USE) ? ScopeSet.of(Scope.MCP_USE)
                : available);
        if (!available.containsAll(scope)) {
            return new TokenOutcome.Rejected(OAuthError.invalidScope("The scope " + scope.minus(available)
                    + " is not one of the resource's scopes (" + available + ")."));
        }
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ResourceUri audience = catalog.uriOf(resource.get());
        AccessTokenClaims claims = new AccessTokenClaims(settings.issuer(), new UserId(client.id().value()), audience,
                client.id(), scope, owner.organization(), Optional.empty(), Optional.empty(), random.id(), issuedAt,
                issuedAt.plus(settings.accessTokenLifetime()));
        return new TokenOutcome.Issued(new IssuedTokens(accessTokens.issue(claims), settings.accessTokenLifetime(),
                Optional.empty(), scope, audience));
    }
}
