package dev.latchkey.application.token;

import dev.latchkey.application.clientauth.AuthenticateClient;
import dev.latchkey.application.clientauth.ClientCredentials;
import dev.latchkey.application.port.AccessTokenIssuer;
import dev.latchkey.application.port.AuthorizationCodes;
import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.Grants;
import dev.latchkey.application.port.IdTokenIssuer;
import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.port.RefreshTokens;
import dev.latchkey.application.port.SecurityEvents;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.port.Users;
import dev.latchkey.application.revocation.EndGrant;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.audit.SecurityEvent;
import dev.latchkey.domain.authorization.ApprovedRequest;
import dev.latchkey.domain.authorization.AuthorizationCode;
import dev.latchkey.domain.authorization.AuthorizationRequest;
import dev.latchkey.domain.authorization.CodeVerifier;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.authorization.IssuedCode;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.identity.IdTokenClaims;
import dev.latchkey.domain.identity.IdentityClaims;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.Scope;
import dev.latchkey.domain.token.RefreshToken;
import dev.latchkey.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code authorization_code} grant (RFC 6749 §4.1.3, OAuth 2.1 §4.1.3, RFC 7636 §4.5-4.6).
 *
 * <p>The code is single use: redemption is an atomic compare-and-set, and a code presented after it
 * was redeemed is treated as stolen: RFC 6749 §4.1.2 says the server "SHOULD revoke (when possible)
 * all tokens previously issued based on that authorization code", so the grant it created is ended and
 * a security event recorded.
 *
 * <p>When the granted scope contains {@code openid}, the response also carries an ID token (OIDC Core
 * §3.1.3.3) for the client: {@code aud} and {@code azp} its client_id, the request's {@code nonce}, the
 * sign-in time as {@code auth_time}, and the user claims the granted scopes release (OIDC Core §5.4). It
 * lives as long as the access token. The refresh_token grant issues none: OIDC Core §12.2 allows it but
 * does not require it, and a client that needs fresh identity claims asks the UserInfo endpoint.
 */
public final class ExchangeAuthorizationCode {

    private final AuthenticateClient authenticateClient;
    private final AuthorizationCodes codes;
    private final Grants grants;
    private final Users users;
    private final Memberships memberships;
    private final SecurityEvents securityEvents;
    private final Transactions transactions;
    private final EndGrant endGrant;
    private final TokenMinter minter;
    private final IdTokenIssuer idTokens;
    private final RandomTokens random;
    private final ServerSettings settings;
    private final Clock clock;

    public ExchangeAuthorizationCode(Clients clients, AuthorizationCodes codes, Grants grants,
            RefreshTokens refreshTokens, Users users, Memberships memberships, SecurityEvents securityEvents,
            Transactions transactions, AccessTokenIssuer accessTokens, IdTokenIssuer idTokens, RandomTokens random,
            ServerSettings settings, Clock clock) {
        this.authenticateClient = new AuthenticateClient(clients);
        this.codes = Objects.requireNonNull(codes, "codes");
        this.grants = Objects.requireNonNull(grants, "grants");
        this.users = Objects.requireNonNull(users, "users");
        this.memberships = Objects.requireNonNull(memberships, "memberships");
        this.securityEvents = Objects.requireNonNull(securityEvents, "securityEvents");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.endGrant = new EndGrant(grants, refreshTokens);
        this.minter = new TokenMinter(accessTokens, refreshTokens, random, settings);
        this.idTokens = Objects.requireNonNull(idTokens, "idTokens");
        this.random = Objects.requireNonNull(random, "random");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A token request with {@code grant_type=authorization_code}.
     *
     * @param credentials  how the client identified itself
     * @param code         the code it received
     * @param redirectUri  {@code redirect_uri} as sent, compared as a string with the authorization
     *                     request's
     * @param codeVerifier the PKCE verifier
     * @param resource     {@code resource} if sent (RFC 8707 §2.2); must be the authorized one
     */
    public record Command(ClientCredentials credentials, AuthorizationCode code, Optional<String> redirectUri,
            CodeVerifier codeVerifier, Optional<ResourceUri> resource) {
        public Command {
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(redirectUri, "redirectUri");
            Objects.requireNonNull(codeVerifier, "codeVerifier");
            Objects.requireNonNull(resource, "resource");
        }
    }

    public TokenOutcome exchange(Command command) {
        Client client;
        switch (authenticateClient.authenticate(command.credentials())) {
            case AuthenticateClient.Rejected rejected -> {
                return new TokenOutcome.Rejected(rejected.error());
            }
            case AuthenticateClient.Authenticated authenticated -> client = authenticated.client();
        }
        if (!client.mayUse(GrantType.AUTHORIZATION_CODE)) {
            return new TokenOutcome.Rejected(OAuthError.unauthorizedClient(
                    "This client is not registered for the authorization_code grant."));
        }
        Instant now = clock.instant();
        Redemption redemption = transactions.inTransaction(() -> redeem(command, client, now));
        return switch (redemption) {
            case Redemption.Refused refused -> new TokenOutcome.Rejected(refused.error());
            case Redemption.Redeemed redeemed -> new TokenOutcome.Issued(withIdToken(redeemed, minter.tokens(
                    redeemed.grant(), redeemed.role(), redeemed.grant().scope(), redeemed.refreshToken(), now), now));
        };
    }

    /** Adds the ID token when the grant is an OpenID Connect one (OIDC Core §3.1.3.3). */
    private IssuedTokens withIdToken(Redemption.Redeemed redeemed, IssuedTokens tokens, Instant now) {
        Grant grant = redeemed.grant();
        if (!grant.scope().contains(Scope.OPENID)) {
            return tokens;
        }
        // Whole seconds, as JWT NumericDates carry them (and as the access token's iat).
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        ApprovedRequest approved = redeemed.approved();
        IdTokenClaims claims = new IdTokenClaims(settings.issuer(), IdentityClaims.of(redeemed.user(), grant.scope()),
                grant.clientId(), issuedAt, issuedAt.plus(settings.accessTokenLifetime()),
                approved.authTime().map(at -> at.truncatedTo(ChronoUnit.SECONDS)), approved.request().nonce());
        return tokens.withIdToken(idTokens.issue(claims));
    }

    private sealed interface Redemption {
        record Redeemed(Grant grant, Role role, Optional<RefreshToken> refreshToken, User user,
                ApprovedRequest approved) implements Redemption {}

        record Refused(OAuthError error) implements Redemption {}
    }

    private Redemption redeem(Command command, Client client, Instant now) {
        Optional<IssuedCode> found = codes.find(command.code().hash());
        if (found.isEmpty()) {
            return new Redemption.Refused(OAuthError.invalidGrant("The authorization code is not valid: this server"
                    + " did not issue it. Start the authorization again."));
        }
        return switch (found.get()) {
            case IssuedCode.Redeemed redeemed -> replayed(redeemed, now);
            case IssuedCode.Unredeemed unredeemed -> redeemUnredeemed(command, client, unredeemed, now);
        };
    }

    private Redemption redeemUnredeemed(Command command, Client client, IssuedCode.Unredeemed code, Instant now) {
        ApprovedRequest approved = code.approved();
        AuthorizationRequest request = approved.request();
        if (!request.clientId().equals(client.id())) {
            // RFC 6749 §4.1.3: "ensure that the authorization code was issued to the authenticated client".
            return new Redemption.Refused(OAuthError.invalidGrant(
                    "The authorization code was issued to another client."));
        }
        if (code.isExpired(now)) {
            return new Redemption.Refused(OAuthError.invalidGrant("The authorization code has expired (codes are"
                    + " valid for 60 seconds). Start the authorization again."));
        }
        // RFC 6749 §4.1.3: redirect_uri is REQUIRED if it was included in the authorization request, and
        // the values MUST be identical.
        boolean redirectMatches = request.redirectUriGiven()
                ? command.redirectUri().map(request.redirectUri().value()::equals).orElse(false)
                : command.redirectUri().map(request.redirectUri().value()::equals).orElse(true);
        if (!redirectMatches) {
            return new Redemption.Refused(OAuthError.invalidGrant("redirect_uri does not match the one of the"
                    + " authorization request; send exactly " + request.redirectUri().value() + "."));
        }
        if (!request.codeChallenge().isAnsweredBy(command.codeVerifier())) {
            return new Redemption.Refused(OAuthError.invalidGrant("code_verifier does not match the"
                    + " code_challenge of the authorization request (PKCE S256)."));
        }
        if (command.resource().isPresent() && !command.resource().get().equals(request.resource())) {
            return new Redemption.Refused(OAuthError.invalidTarget("The code was issued for resource "
                    + request.resource() + ", not " + command.resource().get() + "."));
        }
        Optional<User> user = users.find(approved.userId()).filter(User::isActive);
        Optional<Membership> membership = memberships.find(approved.userId(), approved.orgId());
        if (user.isEmpty() || membership.isEmpty()) {
            return new Redemption.Refused(OAuthError.invalidGrant("The user who approved this request was disabled"
                    + " or left the organization since. Start the authorization again."));
        }

        GrantId grantId = new GrantId(random.id());
        if (!codes.redeem(code.redeem(grantId, now))) {
            // Another request redeemed it a moment ago: this is a replay of a now-redeemed code.
            return codes.find(code.codeHash())
                    .filter(IssuedCode.Redeemed.class::isInstance)
                    .map(IssuedCode.Redeemed.class::cast)
                    .map(redeemed -> replayed(redeemed, now))
                    .orElseGet(() -> new Redemption.Refused(OAuthError.invalidGrant(
                            "The authorization code was already used. Start the authorization again.")));
        }
        Grant grant = new Grant(grantId, approved.userId(), approved.orgId(), client.id(), request.resource(),
                request.scope(), now, Optional.empty(), Optional.of(now));
        grants.add(grant);
        Optional<RefreshToken> refreshToken = client.mayUse(GrantType.REFRESH_TOKEN)
                ? Optional.of(minter.refreshToken(grantId, now).token())
                : Optional.empty();
        return new Redemption.Redeemed(grant, membership.get().role(), refreshToken, user.get(), approved);
    }

    private Redemption replayed(IssuedCode.Redeemed code, Instant now) {
        ApprovedRequest approved = code.approved();
        endGrant.end(code.grantId(), now);
        securityEvents.record(new SecurityEvent(SecurityEvent.Kind.AUTHORIZATION_CODE_REPLAYED, now,
                Optional.of(approved.request().clientId().value()), Optional.of(approved.userId().value()),
                Optional.of(code.grantId().value()),
                "An authorization code was presented again after it had been exchanged; the grant it created"
                        + " was revoked."));
        return new Redemption.Refused(OAuthError.invalidGrant("The authorization code was already used. For"
                + " safety, every token issued from it has been revoked. Start the authorization again."));
    }
}
