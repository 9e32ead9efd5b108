package dev.latchkey.application.token;

import dev.latchkey.application.clientauth.AuthenticateClient;
import dev.latchkey.application.clientauth.ClientCredentials;
import dev.latchkey.application.port.AccessTokenIssuer;
import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.Grants;
import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.port.RefreshTokens;
import dev.latchkey.application.port.SecurityEvents;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.port.Users;
import dev.latchkey.application.revocation.EndGrant;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.audit.SecurityEvent;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.token.IssuedRefreshToken;
import dev.latchkey.domain.token.RefreshDecision;
import dev.latchkey.domain.token.RefreshToken;
import dev.latchkey.domain.token.RefreshTokenState;
import dev.latchkey.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code refresh_token} grant (RFC 6749 §6) with rotation and reuse detection (OAuth 2.1 §4.3.1,
 * RFC 9700 §4.14.2).
 *
 * <p>Every use rotates the token. Presenting a rotated token again revokes the whole grant, except for
 * the immediately previous token presented within a short grace window while its successor is still
 * unused: that is a client retrying after the response was lost, and it gets a fresh pair while the
 * unused successor is invalidated. The user's membership of the grant's organization is re-checked on
 * every refresh, and the token's {@code org_role} is the current role.
 */
public final class RefreshAccessToken {

    private final AuthenticateClient authenticateClient;
    private final Grants grants;
    private final RefreshTokens refreshTokens;
    private final Users users;
    private final Memberships memberships;
    private final SecurityEvents securityEvents;
    private final Transactions transactions;
    private final EndGrant endGrant;
    private final TokenMinter minter;
    private final ServerSettings settings;
    private final Clock clock;

    public RefreshAccessToken(Clients clients, Grants grants, RefreshTokens refreshTokens, Users users,
            Memberships memberships, SecurityEvents securityEvents, Transactions transactions,
            AccessTokenIssuer accessTokens, RandomTokens random, ServerSettings settings, Clock clock) {
        this.authenticateClient = new AuthenticateClient(clients);
        this.grants = Objects.requireNonNull(grants, "grants");
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
        this.users = Objects.requireNonNull(users, "users");
        this.memberships = Objects.requireNonNull(memberships, "memberships");
        this.securityEvents = Objects.requireNonNull(securityEvents, "securityEvents");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.endGrant = new EndGrant(grants, refreshTokens);
        this.minter = new TokenMinter(accessTokens, refreshTokens, random, settings);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A token request with {@code grant_type=refresh_token}.
     *
     * @param credentials  how the client identified itself
     * @param refreshToken the refresh token presented
     * @param scope        {@code scope} if sent: a subset of the grant's (RFC 6749 §6)
     * @param resource     {@code resource} if sent: must be the grant's (RFC 8707 §2.2)
     */
    public record Command(ClientCredentials credentials, RefreshToken refreshToken, Optional<ScopeSet> scope,
            Optional<ResourceUri> resource) {
        public Command {
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(refreshToken, "refreshToken");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(resource, "resource");
        }
    }

    public TokenOutcome refresh(Command command) {
        Client client;
        switch (authenticateClient.authenticate(command.credentials())) {
            case AuthenticateClient.Rejected rejected -> {
                return new TokenOutcome.Rejected(rejected.error());
            }
            case AuthenticateClient.Authenticated authenticated -> client = authenticated.client();
        }
        if (!client.mayUse(GrantType.REFRESH_TOKEN)) {
            return new TokenOutcome.Rejected(OAuthError.unauthorizedClient(
                    "This client is not registered for the refresh_token grant."));
        }
        Instant now = clock.instant();
        Rotation rotation = transactions.inTransaction(() -> rotate(command, client, now));
        return switch (rotation) {
            case Rotation.Refused refused -> new TokenOutcome.Rejected(refused.error());
            case Rotation.Rotated rotated -> new TokenOutcome.Issued(minter.tokens(rotated.grant(), rotated.role(),
                    rotated.scope(), Optional.of(rotated.refreshToken()), now));
        };
    }

    private sealed interface Rotation {
        record Rotated(Grant grant, Role role, ScopeSet scope, RefreshToken refreshToken) implements Rotation {}

        record Refused(OAuthError error) implements Rotation {}
    }

    private Rotation rotate(Command command, Client client, Instant now) {
        Optional<IssuedRefreshToken> found = refreshTokens.findByHash(command.refreshToken().hash());
        Optional<Grant> grant = found.flatMap(token -> grants.find(token.grantId()));
        if (found.isEmpty() || grant.isEmpty()) {
            return new Rotation.Refused(OAuthError.invalidGrant("The refresh token is not valid: this server did"
                    + " not issue it. Sign in again through the application."));
        }
        IssuedRefreshToken presented = found.get();
        // RFC 6749 §6: "validate the refresh token ... and ensure that the refresh token was issued to the
        // authenticated client".
        if (!grant.get().clientId().equals(client.id())) {
            return new Rotation.Refused(OAuthError.invalidGrant("The refresh token was issued to another client."));
        }
        if (!grant.get().isActive()) {
            return new Rotation.Refused(OAuthError.invalidGrant("The refresh token has been revoked (access was"
                    + " disconnected). Connect the application again to grant access anew."));
        }
        Optional<IssuedRefreshToken> successor = presented.state() instanceof RefreshTokenState.Rotated rotated
                ? refreshTokens.find(rotated.successor())
                : Optional.empty();
        RefreshDecision decision = presented.decide(successor, now, settings.refreshRetryGrace());
        return switch (decision) {
            case RefreshDecision.Expired expired -> new Rotation.Refused(OAuthError.invalidGrant("The refresh token"
                    + " has expired (refresh tokens last 30 days from their last use). Connect the application"
                    + " again."));
            // The grant is active, so this token was revoked alone: it is the successor a lost-response
            // retry superseded. RFC 9700 §4.14.2: one party "will present an invalidated refresh token,
            // which will inform the authorization server of the breach".
            case RefreshDecision.AlreadyRevoked revoked -> reused(presented, grant.get(), now);
            case RefreshDecision.Reused reused -> reused(presented, grant.get(), now);
            case RefreshDecision.Rotate rotate -> issueSuccessor(command, presented, grant.get(), now, decision);
            case RefreshDecision.RetryAfterLostResponse retry ->
                    issueSuccessor(command, presented, grant.get(), now, decision);
        };
    }

    private Rotation issueSuccessor(Command command, IssuedRefreshToken presented, Grant grant, Instant now,
            RefreshDecision decision) {
        Optional<User> user = users.find(grant.userId()).filter(User::isActive);
        Optional<Membership> membership = memberships.find(grant.userId(), grant.orgId());
        if (user.isEmpty() || membership.isEmpty()) {
            return new Rotation.Refused(OAuthError.invalidGrant("The user of this grant was disabled or is no longer"
                    + " a member of its organization, so it cannot be refreshed. Ask an administrator, then"
                    + " connect again."));
        }
        ScopeSet scope = command.scope().orElse(grant.scope());
        if (!grant.scope().containsAll(scope)) {
            return new Rotation.Refused(OAuthError.invalidScope("The requested scope " + scope.minus(grant.scope())
                    + " was not granted; a refresh may only ask for the granted scopes (" + grant.scope() + ")."));
        }
        if (command.resource().isPresent() && !command.resource().get().equals(grant.resource())) {
            return new Rotation.Refused(OAuthError.invalidTarget("This grant is for resource " + grant.resource()
                    + ", not " + command.resource().get() + "."));
        }
        TokenMinter.MintedRefreshToken next = minter.refreshToken(grant.id(), now);
        boolean won = switch (decision) {
            case RefreshDecision.RetryAfterLostResponse retry ->
                    refreshTokens.revoke(retry.unusedSuccessor(), now)
                            && refreshTokens.replaceSuccessor(presented.id(), retry.unusedSuccessor(), next.id());
            default -> refreshTokens.rotate(presented.id(), next.id(), now);
        };
        if (!won) {
            // A concurrent request used this token (or its successor) a moment ago: two parties hold it.
            return reused(presented, grant, now);
        }
        grants.recordUse(grant.id(), now);
        return new Rotation.Rotated(grant, membership.get().role(), scope, next.token());
    }

    private Rotation reused(IssuedRefreshToken presented, Grant grant, Instant now) {
        endGrant.end(grant.id(), now);
        securityEvents.record(new SecurityEvent(SecurityEvent.Kind.REFRESH_TOKEN_REUSED, now,
                Optional.of(grant.clientId().value()), Optional.of(grant.userId().value()),
                Optional.of(grant.id().value()), "A refresh token was presented again after it had been rotated"
                        + " (token " + presented.id() + "); the whole grant was revoked."));
        return new Rotation.Refused(OAuthError.invalidGrant("The refresh token was already used. For safety the"
                + " whole grant has been revoked (RFC 9700 section 4.14). Connect the application again."));
    }
}
