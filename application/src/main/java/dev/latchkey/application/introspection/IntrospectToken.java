package dev.latchkey.application.introspection;

import dev.latchkey.application.clientauth.AuthenticateClient;
import dev.latchkey.application.clientauth.ClientCredentials;
import dev.latchkey.application.client.ServiceClients;
import dev.latchkey.application.port.AccessTokenVerifier;
import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.Grants;
import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.application.port.RefreshTokens;
import dev.latchkey.application.port.Users;
import dev.latchkey.application.resource.ResourceCatalog;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.token.AccessTokenClaims;
import dev.latchkey.domain.token.IssuedRefreshToken;
import dev.latchkey.domain.token.RefreshTokenState;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.user.Username;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Token introspection (RFC 7662). The caller must be a confidential client (RFC 7662 §2.1: "the
 * endpoint MUST also require some form of authorization"). A token is active only while it is
 * unexpired, its grant is not revoked, its user is not disabled and still belongs to the grant's
 * organization; anything else, including tokens this server never issued, is simply inactive
 * (RFC 7662 §2.2).
 */
public final class IntrospectToken {

    private final AuthenticateClient authenticateClient;
    private final AccessTokenVerifier verifier;
    private final RefreshTokens refreshTokens;
    private final Grants grants;
    private final Users users;
    private final Memberships memberships;
    private final ServerSettings settings;
    private final Clock clock;
    private final ServiceClients serviceClients;
    private final ResourceCatalog catalog;

    public IntrospectToken(Clients clients, AccessTokenVerifier verifier, RefreshTokens refreshTokens,
            Grants grants, Users users, Memberships memberships, ProtectedResources resources,
            ServerSettings settings, Clock clock) {
        this.authenticateClient = new AuthenticateClient(clients);
        this.serviceClients = new ServiceClients(clients);
        this.catalog = new ResourceCatalog(resources, settings);
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
        this.grants = Objects.requireNonNull(grants, "grants");
        this.users = Objects.requireNonNull(users, "users");
        this.memberships = Objects.requireNonNull(memberships, "memberships");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * An introspection request; {@code token} is whatever was sent, {@code tokenTypeHint} is only a hint
     * (RFC 7662 §2.1) and the token's own form decides.
     */
    public record Command(ClientCredentials credentials, String token, Optional<String> tokenTypeHint) {
        public Command {
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(tokenTypeHint, "tokenTypeHint");
        }
    }

    /**
     * What an active token is (RFC 7662 §2.2 members); {@code username} and {@code orgRole} are absent
     * for a client_credentials token, which acts for the client itself.
     */
    public record Details(Issuer issuer, ScopeSet scope, ClientId clientId, Optional<Username> username,
            UserId subject, Instant issuedAt, Instant expiresAt, OrgId orgId, Optional<Role> orgRole,
            ResourceUri audience, Optional<String> tokenType, Optional<String> jwtId) {}

    /** The outcome. */
    public sealed interface Result permits Active, Inactive, Rejected {}

    /** The token is active. */
    public record Active(Details details) implements Result {}

    /** The token is not active (or not known): answer only {@code "active": false}. */
    public record Inactive() implements Result {}

    /** The caller could not be authenticated. */
    public record Rejected(OAuthError error) implements Result {}

    public Result introspect(Command command) {
        switch (authenticateClient.authenticate(command.credentials())) {
            case AuthenticateClient.Rejected rejected -> {
                return new Rejected(rejected.error());
            }
            case AuthenticateClient.Authenticated authenticated -> {
                if (!authenticated.client().isConfidential()) {
                    return new Rejected(OAuthError.invalidClient("Introspection is for confidential clients such"
                            + " as resource servers: register one with a client secret and authenticate with it."));
                }
            }
        }
        Instant now = clock.instant();
        String token = command.token();
        if (token.isEmpty() || token.length() > 8192) {
            return new Inactive();
        }
        return token.indexOf('.') >= 0 ? introspectAccessToken(token, now) : introspectRefreshToken(token, now);
    }

    private Result introspectAccessToken(String token, Instant now) {
        if (!(verifier.verify(token) instanceof AccessTokenVerifier.Valid valid)) {
            return new Inactive();
        }
        AccessTokenClaims claims = valid.claims();
        if (claims.isExpired(now)) {
            return new Inactive();
        }
        if (claims.isClientCredentials()) {
            boolean live = catalog.byUri(claims.audience())
                    .flatMap(resource -> serviceClients.live(claims, resource.name())).isPresent();
            return live ? new Active(new Details(claims.issuer(), claims.scope(), claims.clientId(), Optional.empty(),
                    claims.subject(), claims.issuedAt(), claims.expiresAt(), claims.orgId(), Optional.empty(),
                    claims.audience(), Optional.of("Bearer"), Optional.of(claims.jwtId()))) : new Inactive();
        }
        return liveContext(claims.grantId().orElseThrow(), now)
                .<Result>map(context -> new Active(new Details(claims.issuer(), claims.scope(), claims.clientId(),
                        Optional.of(context.user().username()), claims.subject(), claims.issuedAt(),
                        claims.expiresAt(), claims.orgId(), Optional.of(context.membership().role()),
                        claims.audience(), Optional.of("Bearer"), Optional.of(claims.jwtId()))))
                .orElseGet(Inactive::new);
    }

    private Result introspectRefreshToken(String token, Instant now) {
        Optional<IssuedRefreshToken> found = refreshTokens.findByHash(SecretHash.of(token))
                .filter(refresh -> refresh.state() instanceof RefreshTokenState.Active)
                .filter(refresh -> !refresh.isExpired(now));
        if (found.isEmpty()) {
            return new Inactive();
        }
        IssuedRefreshToken refresh = found.get();
        return liveContext(refresh.grantId(), now)
                .<Result>map(context -> new Active(new Details(settings.issuer(), context.grant().scope(),
                        context.grant().clientId(), Optional.of(context.user().username()), context.user().id(),
                        refresh.issuedAt(), refresh.expiresAt(), context.grant().orgId(),
                        Optional.of(context.membership().role()), context.grant().resource(), Optional.empty(),
                        Optional.empty())))
                .orElseGet(Inactive::new);
    }

    private record LiveContext(Grant grant, User user, Membership membership) {}

    /** The grant, its active user and their membership, if all three still hold. */
    private Optional<LiveContext> liveContext(GrantId grantId, Instant now) {
        Optional<Grant> grant = grants.find(grantId).filter(Grant::isActive);
        Optional<User> user = grant.flatMap(active -> users.find(active.userId())).filter(User::isActive);
        Optional<Membership> membership = grant.flatMap(active -> memberships.find(active.userId(), active.orgId()));
        if (grant.isEmpty() || user.isEmpty() || membership.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LiveContext(grant.get(), user.get(), membership.get()));
    }
}
