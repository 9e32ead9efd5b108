package dev.latchkey.application.gateway;

import dev.latchkey.application.client.ServiceClients;
import dev.latchkey.application.port.AccessTokenVerifier;
import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.Grants;
import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.application.resource.ResourceCatalog;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.resource.Upstream;
import dev.latchkey.domain.scope.Scope;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.token.AccessTokenClaims;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.user.Username;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether a call to the gateway resource {@code /mcp/NAME} may reach its upstream. Nothing is
 * forwarded unless every check passes:
 * <ol>
 *   <li>a bearer token was sent in the Authorization header (RFC 6750 §2.1; never in the query);</li>
 *   <li>it is a token of this server with a valid signature (verified once, then cached by hash);</li>
 *   <li>it has not expired and is not from the future;</li>
 *   <li>its {@code aud} is this resource (RFC 8707: a token for resource A is refused at B);</li>
 *   <li>its grant is still live: not revoked, user not disabled and still a member of the grant's
 *       organization, re-read on every call so a revocation or removal works on the very next call;
 *       for a {@code client_credentials} token, its client still exists and is still allowed the
 *       resource ({@link ServiceClients});</li>
 *   <li>its scope covers {@code mcp:use}.</li>
 * </ol>
 */
public final class CheckGatewayCall {

    /** The scope every call through the gateway needs. */
    public static final ScopeSet REQUIRED_SCOPES = ScopeSet.of(Scope.MCP_USE);

    /** Tolerated clock difference for {@code iat} in the future. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    /** How often the gateway records that a grant is in use ("last used" in Connected apps). */
    static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(5);

    private final ResourceCatalog catalog;
    private final Grants grants;
    private final ServiceClients serviceClients;
    private final Map<GrantId, Instant> lastRecordedUse = new ConcurrentHashMap<>();
    private final AccessTokenVerifier verifier;
    private final Clock clock;
    private final VerifiedTokenCache cache;

    public CheckGatewayCall(ProtectedResources resources, Grants grants, Clients clients, AccessTokenVerifier verifier,
            ServerSettings settings, Clock clock) {
        this(resources, grants, clients, verifier, settings, clock, 10_000);
    }

    CheckGatewayCall(ProtectedResources resources, Grants grants, Clients clients, AccessTokenVerifier verifier,
            ServerSettings settings, Clock clock, int cacheCapacity) {
        this.catalog = new ResourceCatalog(resources, settings);
        this.grants = Objects.requireNonNull(grants, "grants");
        this.serviceClients = new ServiceClients(clients);
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cache = new VerifiedTokenCache(cacheCapacity);
    }

    /**
     * A call to a gateway resource.
     *
     * @param resource    the NAME of {@code /mcp/NAME}
     * @param bearerToken the token of {@code Authorization: Bearer}, if one was sent
     */
    public record Command(ResourceName resource, Optional<String> bearerToken) {
        public Command {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(bearerToken, "bearerToken");
        }
    }

    /**
     * Who is calling, as the gateway may tell the upstream and the activity log records: a user through
     * a grant, or (client_credentials) a client acting for itself, whose {@code userId} is then the
     * client's id and who has no username, role or grant.
     */
    public record Caller(UserId userId, Optional<Username> username, OrgId orgId, Optional<Role> role,
            ClientId clientId, Optional<Grant> grant, ScopeSet scope) {

        /** Whether a client calls for itself (client_credentials), not a user. */
        public boolean isClient() {
            return grant.isEmpty();
        }
    }

    /** The outcome. */
    public sealed interface Result permits Allowed, UnknownResource, NoToken, InvalidToken, InsufficientScope {}

    /** Forward to {@code upstream}. */
    public record Allowed(ProtectedResource resource, ResourceUri uri, Upstream upstream, Caller caller)
            implements Result {}

    /** No gateway resource has this name: 404. */
    public record UnknownResource(ResourceName name) implements Result {}

    /** No credentials: 401 with a bare challenge (RFC 6750 §3.1: no error code). */
    public record NoToken(ResourceUri uri, ScopeSet requiredScopes) implements Result {}

    /** The token cannot be used here: 401 {@code invalid_token}. */
    public record InvalidToken(ResourceUri uri, ScopeSet requiredScopes, String description) implements Result {}

    /** The token lacks a scope: 403 {@code insufficient_scope}. */
    public record InsufficientScope(ResourceUri uri, ScopeSet requiredScopes, String description)
            implements Result {}

    public Result check(Command command) {
        Optional<ProtectedResource> found = catalog.gatewayResource(command.resource());
        if (found.isEmpty()) {
            return new UnknownResource(command.resource());
        }
        ProtectedResource resource = found.get();
        ResourceUri uri = catalog.uriOf(resource);
        Upstream upstream = resource.upstream().orElseThrow();
        if (command.bearerToken().isEmpty()) {
            return new NoToken(uri, REQUIRED_SCOPES);
        }
        String token = command.bearerToken().get();
        Instant now = clock.instant();

        SecretHash tokenHash = SecretHash.of(token);
        AccessTokenClaims claims;
        Optional<AccessTokenClaims> cached = cache.find(tokenHash);
        if (cached.isPresent()) {
            claims = cached.get();
        } else {
            switch (verifier.verify(token)) {
                case AccessTokenVerifier.Invalid invalid -> {
                    return invalid(uri, "The access token is not valid here (" + invalid.reason() + ")."
                            + " Sign in again to get a new one.");
                }
                case AccessTokenVerifier.Valid valid -> claims = valid.claims();
            }
            if (!claims.isExpired(now)) {
                cache.put(tokenHash, claims, now);
            }
        }

        if (claims.isExpired(now)) {
            return invalid(uri, "The access token has expired. Refresh it, or sign in again.");
        }
        if (claims.issuedAt().isAfter(now.plus(CLOCK_SKEW))) {
            return invalid(uri, "The access token is not valid yet: it was issued in the future. Check the clocks.");
        }
        if (!claims.audience().equals(uri)) {
            return invalid(uri, "The access token is for another resource (" + claims.audience() + "), not " + uri
                    + ". Get a token for this resource.");
        }
        if (claims.isClientCredentials()) {
            if (serviceClients.live(claims, resource.name()).isEmpty()) {
                return invalid(uri, "The client was removed, or is no longer allowed this resource. Ask an"
                        + " administrator of its organization.");
            }
            Result scoped = scopeCheck(uri, claims);
            return scoped != null ? scoped : new Allowed(resource, uri, upstream, new Caller(claims.subject(),
                    Optional.empty(), claims.orgId(), Optional.empty(), claims.clientId(), Optional.empty(),
                    claims.scope()));
        }
        Optional<Grants.LiveGrant> live = grants.findLive(claims.grantId().orElseThrow())
                .filter(candidate -> candidate.grant().userId().equals(claims.subject())
                        && candidate.grant().orgId().equals(claims.orgId())
                        && candidate.grant().clientId().equals(claims.clientId()));
        if (live.isEmpty()) {
            return invalid(uri, "Access was revoked, or the user was disabled or left the organization. Connect"
                    + " again to grant access anew.");
        }
        Result scoped = scopeCheck(uri, claims);
        if (scoped != null) {
            return scoped;
        }
        Grants.LiveGrant liveGrant = live.get();
        recordUse(liveGrant.grant().id(), now);
        return new Allowed(resource, uri, upstream, new Caller(claims.subject(), Optional.of(liveGrant.username()),
                claims.orgId(), Optional.of(liveGrant.role()), claims.clientId(), Optional.of(liveGrant.grant()),
                claims.scope()));
    }

    /** The refusal when the token's scope does not cover what every gateway call needs, else null. */
    private static Result scopeCheck(ResourceUri uri, AccessTokenClaims claims) {
        ScopeSet missing = claims.scope().uncovered(REQUIRED_SCOPES);
        if (missing.isEmpty()) {
            return null;
        }
        return new InsufficientScope(uri, REQUIRED_SCOPES, "forbidden - missing scope: " + missing
                + ". Reconnect with the default scopes; you will be asked to consent again.");
    }

    /**
     * Records that the grant is in use, at most every few minutes: Connected apps shows "last used", and a
     * write on every call would put the gateway behind the database's single writer.
     */
    private void recordUse(GrantId grantId, Instant now) {
        Instant last = lastRecordedUse.get(grantId);
        if (last != null && now.isBefore(last.plus(USE_RECORDING_INTERVAL))) {
            return;
        }
        lastRecordedUse.put(grantId, now);
        if (lastRecordedUse.size() > 10_000) {
            lastRecordedUse.entrySet().removeIf(entry -> now.isAfter(entry.getValue().plus(USE_RECORDING_INTERVAL)));
        }
        grants.recordUse(grantId, now);
    }

    private static Result invalid(ResourceUri uri, String description) {
        return new InvalidToken(uri, REQUIRED_SCOPES, description);
    }
}
