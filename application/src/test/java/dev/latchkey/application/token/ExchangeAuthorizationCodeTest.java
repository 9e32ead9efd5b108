package dev.latchkey.application.token;

import static dev.latchkey.application.fixtures.Fixtures.CODE_VERIFIER;
import static dev.latchkey.application.fixtures.Fixtures.aConfidentialClient;
import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anAuthorizationRequest;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static dev.latchkey.application.fixtures.Fixtures.anUnredeemedCode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.clientauth.ClientCredentials;
import dev.latchkey.application.fakes.CountingRandomTokens;
import dev.latchkey.application.fakes.FakeAccessTokens;
import dev.latchkey.application.fakes.FakeIdTokens;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.fixtures.IssuedCodeBuilder;
import dev.latchkey.application.port.AuthorizationCodes;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.audit.SecurityEvent;
import dev.latchkey.domain.authorization.AuthorizationCode;
import dev.latchkey.domain.authorization.AuthorizationRequest;
import dev.latchkey.domain.authorization.CodeVerifier;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.authorization.IssuedCode;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.ClientSecret;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.TokenEndpointAuthMethod;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.error.OAuthErrorCode;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.token.AccessTokenClaims;
import dev.latchkey.domain.token.IssuedRefreshToken;
import dev.latchkey.domain.token.RefreshToken;
import dev.latchkey.domain.token.RefreshTokenState;
import dev.latchkey.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The authorization_code grant (RFC 6749 §4.1.3, OAuth 2.1 §4.1.3) with PKCE (RFC 7636 §4.6), resource
 * indicators (RFC 8707 §2.2), single-use codes and replay revocation (RFC 6749 §4.1.2).
 */
final class ExchangeAuthorizationCodeTest {

    private static final Issuer ISSUER = new Issuer("https://auth.example.com");
    private static final String CALLBACK = "https://app.example.com/callback";
    private static final ClientSecret SECRET = new ClientSecret("the-confidential-secret-0123456789");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final CountingRandomTokens random = new CountingRandomTokens();
    private final MutableClock clock = new MutableClock();
    private final FakeAccessTokens accessTokens = new FakeAccessTokens();
    private final FakeIdTokens idTokens = new FakeIdTokens();
    private final ExchangeAuthorizationCode exchange = new ExchangeAuthorizationCode(storage.clients(),
            storage.authorizationCodes(), storage.grants(), storage.refreshTokens(), storage.users(),
            storage.memberships(), storage.securityEvents(), storage.transactions(), accessTokens, idTokens, random,
            ServerSettings.defaults(ISSUER), clock);

    private final Client client = aPublicClient().withRedirect(CALLBACK).build();
    private final User user = aUser().build();
    private final Organization acme = anOrganization().build();
    private final AuthorizationRequest request = anAuthorizationRequest().from(client)
            .withScope("mcp:use offline_access").forResource("https://mcp.example.com/mcp").build();
    private AuthorizationCode code;

    @BeforeEach
    void storeAnApprovedCode() {
        storage.clients().add(client);
        storage.users().add(user);
        storage.organizations().add(acme);
        storage.memberships().put(aMembership().of(user).in(acme).as(Role.ADMIN).build());
        code = storedCode(anUnredeemedCode().of(request).approvedBy(user.id(), acme.id()));
    }

    private AuthorizationCode storedCode(IssuedCodeBuilder builder) {
        storage.authorizationCodes().add(builder.build());
        return builder.code();
    }

    /** The token request the client is expected to send for {@link #code}. */
    private ExchangeAuthorizationCode.Command aTokenRequest() {
        return new ExchangeAuthorizationCode.Command(new ClientCredentials.IdOnly(client.id()), code,
                Optional.of(CALLBACK), CODE_VERIFIER, Optional.empty());
    }

    private static ExchangeAuthorizationCode.Command withCredentials(ExchangeAuthorizationCode.Command command,
            ClientCredentials credentials) {
        return new ExchangeAuthorizationCode.Command(credentials, command.code(), command.redirectUri(),
                command.codeVerifier(), command.resource());
    }

    private static ExchangeAuthorizationCode.Command withRedirect(ExchangeAuthorizationCode.Command command,
            Optional<String> redirectUri) {
        return new ExchangeAuthorizationCode.Command(command.credentials(), command.code(), redirectUri,
                command.codeVerifier(), command.resource());
    }

    private static ExchangeAuthorizationCode.Command withCode(ExchangeAuthorizationCode.Command command,
            AuthorizationCode code) {
        return new ExchangeAuthorizationCode.Command(command.credentials(), code, command.redirectUri(),
                command.codeVerifier(), command.resource());
    }

    private IssuedTokens issued(ExchangeAuthorizationCode.Command command) {
        TokenOutcome outcome = exchange.exchange(command);
        assertThat(outcome).isInstanceOf(TokenOutcome.Issued.class);
        return ((TokenOutcome.Issued) outcome).tokens();
    }

    private OAuthError rejected(ExchangeAuthorizationCode.Command command) {
        TokenOutcome outcome = exchange.exchange(command);
        assertThat(outcome).isInstanceOf(TokenOutcome.Rejected.class);
        return ((TokenOutcome.Rejected) outcome).error();
    }

    private void assertRejectedWith(ExchangeAuthorizationCode.Command command, OAuthErrorCode expected) {
        assertThat(rejected(command).code()).isEqualTo(expected);
        assertThat(storage.grants().ofUser(user.id())).as("no grant was created").isEmpty();
    }

    private IssuedCode storedCode() {
        return storage.authorizationCodes().find(code.hash()).orElseThrow();
    }

    private Grant theGrant(IssuedTokens tokens) {
        GrantId grantId = accessTokens.claimsOf(tokens.accessToken()).orElseThrow().grantId().orElseThrow();
        return storage.grants().find(grantId).orElseThrow();
    }

    private IssuedRefreshToken stored(RefreshToken token) {
        return storage.refreshTokens().findByHash(token.hash()).orElseThrow();
    }

    @Test
    void exchangeWhenEverythingMatchesThenIssuesAnAccessTokenWithTheGrantsClaims() {
        Instant now = clock.advance(Duration.ofSeconds(5));

        IssuedTokens tokens = issued(aTokenRequest());

        AccessTokenClaims claims = accessTokens.claimsOf(tokens.accessToken()).orElseThrow();
        assertThat(claims.issuer()).isEqualTo(ISSUER);
        assertThat(claims.subject()).isEqualTo(user.id());
        assertThat(claims.audience()).isEqualTo(request.resource());
        assertThat(claims.clientId()).isEqualTo(client.id());
        assertThat(claims.scope()).isEqualTo(request.scope());
        assertThat(claims.orgId()).isEqualTo(acme.id());
        assertThat(claims.orgRole()).contains(Role.ADMIN);
        assertThat(claims.issuedAt()).isEqualTo(now);
        assertThat(claims.expiresAt()).isEqualTo(now.plus(Duration.ofHours(1)));
        assertThat(tokens.expiresIn()).isEqualTo(Duration.ofHours(1));
        assertThat(tokens.scope()).isEqualTo(request.scope());
        assertThat(tokens.audience()).isEqualTo(request.resource());
    }

    // RFC 7519 §2 NumericDate: whole seconds, so the claims read back from a JWT equal the ones signed.

    @Test
    void exchangeWhenClockIsBetweenSecondsThenIatAndExpAreWholeSeconds() {
        clock.advance(Duration.ofMillis(5_750));

        AccessTokenClaims claims = accessTokens.claimsOf(issued(aTokenRequest()).accessToken()).orElseThrow();

        assertThat(claims.issuedAt()).isEqualTo(Instant.parse("2025-06-01T12:00:05Z"));
        assertThat(claims.expiresAt()).isEqualTo(Instant.parse("2025-06-01T13:00:05Z"));
    }

    @Test
    void exchangeWhenSuccessfulThenAGrantIsStoredForUserOrganizationClientResourceAndScope() {
        Instant now = clock.advance(Duration.ofSeconds(5));

        Grant grant = theGrant(issued(aTokenRequest()));

        assertThat(grant.userId()).isEqualTo(user.id());
        assertThat(grant.orgId()).isEqualTo(acme.id());
        assertThat(grant.clientId()).isEqualTo(client.id());
        assertThat(grant.resource()).isEqualTo(request.resource());
        assertThat(grant.scope()).isEqualTo(request.scope());
        assertThat(grant.createdAt()).isEqualTo(now);
        assertThat(grant.isActive()).isTrue();
        assertThat(grant.lastUsedAt()).contains(now);
    }

    // RFC 6749 §4.1.2: "The client MUST NOT use the authorization code more than once."

    @Test
    void exchangeWhenSuccessfulThenTheCodeIsMarkedRedeemedForTheGrant() {
        Grant grant = theGrant(issued(aTokenRequest()));

        assertThat(storedCode()).isInstanceOfSatisfying(IssuedCode.Redeemed.class,
                redeemed -> assertThat(redeemed.grantId()).isEqualTo(grant.id()));
    }

    @Test
    void exchangeWhenClientIsRegisteredForRefreshTokenThenARefreshTokenIsIssuedAndStoredByHash() {
        Instant now = clock.advance(Duration.ofSeconds(5));

        IssuedTokens tokens = issued(aTokenRequest());

        RefreshToken refreshToken = tokens.refreshToken().orElseThrow();
        IssuedRefreshToken stored = stored(refreshToken);
        assertThat(stored.grantId()).isEqualTo(theGrant(tokens).id());
        assertThat(stored.state()).isEqualTo(new RefreshTokenState.Active());
        assertThat(stored.issuedAt()).isEqualTo(now);
        assertThat(stored.expiresAt()).isEqualTo(now.plus(Duration.ofDays(30)));
        assertThat(stored.hash()).isEqualTo(refreshToken.hash());
    }

    @Test
    void exchangeWhenClientIsNotRegisteredForRefreshTokenThenNoRefreshTokenIsIssued() {
        Client codeOnly = aPublicClient().withRedirect(CALLBACK).withGrantTypes(GrantType.AUTHORIZATION_CODE).build();
        storage.clients().add(codeOnly);
        AuthorizationCode codeOnlyCode = storedCode(anUnredeemedCode()
                .of(anAuthorizationRequest().from(codeOnly)).approvedBy(user.id(), acme.id()));

        IssuedTokens tokens = issued(new ExchangeAuthorizationCode.Command(new ClientCredentials.IdOnly(codeOnly.id()),
                codeOnlyCode, Optional.of(CALLBACK), CODE_VERIFIER, Optional.empty()));

        assertThat(tokens.refreshToken()).isEmpty();
        assertThat(random.secretsMade()).as("no refresh token was made").isEmpty();
    }

    // RFC 7636 §4.6: the server verifies code_verifier against the code_challenge; on mismatch invalid_grant.

    @Test
    void exchangeWhenCodeVerifierDoesNotMatchThenInvalidGrant() {
        ExchangeAuthorizationCode.Command wrongVerifier = new ExchangeAuthorizationCode.Command(
                new ClientCredentials.IdOnly(client.id()), code, Optional.of(CALLBACK),
                new CodeVerifier("a".repeat(43)), Optional.empty());

        assertRejectedWith(wrongVerifier, OAuthErrorCode.INVALID_GRANT);
        assertThat(storedCode()).isInstanceOf(IssuedCode.Unredeemed.class);
    }

    // RFC 6749 §4.1.3: redirect_uri is REQUIRED if it was in the authorization request, "and their values
    // MUST be identical".

    @Test
    void exchangeWhenRedirectUriDiffersThenInvalidGrant() {
        assertRejectedWith(withRedirect(aTokenRequest(), Optional.of("https://app.example.com/other")),
                OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void exchangeWhenRedirectUriDiffersOnlyByATrailingSlashThenInvalidGrant() {
        assertRejectedWith(withRedirect(aTokenRequest(), Optional.of(CALLBACK + "/")), OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void exchangeWhenAuthorizeSentRedirectUriButTokenRequestOmitsItThenInvalidGrant() {
        assertRejectedWith(withRedirect(aTokenRequest(), Optional.empty()), OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void exchangeWhenAuthorizeOmittedRedirectUriAndTokenRequestOmitsItThenIssued() {
        AuthorizationCode omitted = storedCode(anUnredeemedCode()
                .of(anAuthorizationRequest().from(client).withoutRedirectGiven()).approvedBy(user.id(), acme.id()));

        issued(withCode(withRedirect(aTokenRequest(), Optional.empty()), omitted));
    }

    @Test
    void exchangeWhenAuthorizeOmittedRedirectUriAndTokenRequestSendsAnotherThenInvalidGrant() {
        AuthorizationCode omitted = storedCode(anUnredeemedCode()
                .of(anAuthorizationRequest().from(client).withoutRedirectGiven()).approvedBy(user.id(), acme.id()));

        assertRejectedWith(withCode(withRedirect(aTokenRequest(), Optional.of("https://app.example.com/other")),
                omitted), OAuthErrorCode.INVALID_GRANT);
    }

    // RFC 6749 §4.1.3: "ensure that the authorization code was issued to the authenticated confidential
    // client, or if the client is public, ensure that the code was issued to client_id in the request".

    @Test
    void exchangeWhenCodeWasIssuedToAnotherClientThenInvalidGrantAndTheCodeStaysUsable() {
        Client other = aPublicClient().withRedirect(CALLBACK).build();
        storage.clients().add(other);

        assertRejectedWith(withCredentials(aTokenRequest(), new ClientCredentials.IdOnly(other.id())),
                OAuthErrorCode.INVALID_GRANT);
        issued(aTokenRequest());
    }

    // RFC 6749 §4.1.2: codes are short-lived; Latchkey's live 60 seconds.

    @Test
    void exchangeWhenCodeIsOlderThan60SecondsThenInvalidGrant() {
        clock.advance(Duration.ofSeconds(61));

        assertRejectedWith(aTokenRequest(), OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void exchangeWhenCodeIs59SecondsOldThenIssued() {
        clock.advance(Duration.ofSeconds(59));

        issued(aTokenRequest());
    }

    @Test
    void exchangeWhenCodeIsUnknownThenInvalidGrant() {
        assertRejectedWith(withCode(aTokenRequest(), new AuthorizationCode("never-issued-code-0123456789")),
                OAuthErrorCode.INVALID_GRANT);
    }

    // RFC 8707 §2.2: a resource in the token request must be one the grant covers, else invalid_target.

    @Test
    void exchangeWhenResourceDiffersFromTheAuthorizedOneThenInvalidTarget() {
        ExchangeAuthorizationCode.Command otherResource = new ExchangeAuthorizationCode.Command(
                new ClientCredentials.IdOnly(client.id()), code, Optional.of(CALLBACK), CODE_VERIFIER,
                Optional.of(ResourceUri.parse("https://other.example.com/mcp")));

        assertRejectedWith(otherResource, OAuthErrorCode.INVALID_TARGET);
    }

    @Test
    void exchangeWhenResourceIsTheAuthorizedOneThenIssued() {
        IssuedTokens tokens = issued(new ExchangeAuthorizationCode.Command(new ClientCredentials.IdOnly(client.id()),
                code, Optional.of(CALLBACK), CODE_VERIFIER, Optional.of(request.resource())));

        assertThat(tokens.audience()).isEqualTo(request.resource());
    }

    // RFC 6749 §4.1.2: "If an authorization code is used more than once, the authorization server MUST deny
    // the request and SHOULD revoke (when possible) all tokens previously issued based on that code."

    @Test
    void exchangeWhenCodeIsReplayedThenInvalidGrantAndTheGrantAndItsRefreshTokensAreRevoked() {
        IssuedTokens first = issued(aTokenRequest());
        Grant grant = theGrant(first);
        Instant replayedAt = clock.advance(Duration.ofSeconds(10));

        OAuthError error = rejected(aTokenRequest());

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_GRANT);
        assertThat(storage.grants().find(grant.id()).orElseThrow().revokedAt()).contains(replayedAt);
        assertThat(stored(first.refreshToken().orElseThrow()).state())
                .isEqualTo(new RefreshTokenState.Revoked(replayedAt));
    }

    @Test
    void exchangeWhenCodeIsReplayedThenASecurityEventIsRecorded() {
        Grant grant = theGrant(issued(aTokenRequest()));
        Instant replayedAt = clock.advance(Duration.ofSeconds(10));

        rejected(aTokenRequest());

        assertThat(storage.securityEvents().recent(10)).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(SecurityEvent.Kind.AUTHORIZATION_CODE_REPLAYED);
            assertThat(event.at()).isEqualTo(replayedAt);
            assertThat(event.clientId()).contains(client.id().value());
            assertThat(event.userId()).contains(user.id().value());
            assertThat(event.grantId()).contains(grant.id().value());
            assertThat(event.description()).doesNotContain(code.value());
        });
    }

    @Test
    void exchangeWhenCodeIsReplayedAfterItExpiredThenTheGrantIsStillRevoked() {
        Grant grant = theGrant(issued(aTokenRequest()));
        clock.advance(Duration.ofMinutes(10));

        rejected(aTokenRequest());

        assertThat(storage.grants().find(grant.id()).orElseThrow().isActive()).isFalse();
    }

    @Test
    void exchangeWhenCodeIsReplayedThenNoNewTokenIsIssued() {
        issued(aTokenRequest());
        int signed = accessTokens.issued().size();

        rejected(aTokenRequest());

        assertThat(accessTokens.issued()).hasSize(signed);
    }

    // RFC 6749 §4.1.2: single use holds under concurrency: of two simultaneous exchanges exactly one wins, and
    // the loser is treated as a replay.

    @Test
    void exchangeWhenAConcurrentExchangeRedeemsTheCodeFirstThenInvalidGrantAndTheWinnersGrantIsRevoked() {
        Grant winners = aGrant().of(user).in(acme).to(client).build();
        storage.grants().add(winners);
        ExchangeAuthorizationCode racing = new ExchangeAuthorizationCode(storage.clients(),
                new RedeemedConcurrently(storage.authorizationCodes(), winners.id(), clock.instant()),
                storage.grants(), storage.refreshTokens(), storage.users(), storage.memberships(),
                storage.securityEvents(), storage.transactions(), accessTokens, idTokens, random,
                ServerSettings.defaults(ISSUER), clock);

        TokenOutcome outcome = racing.exchange(aTokenRequest());

        assertThat(outcome).isInstanceOfSatisfying(TokenOutcome.Rejected.class,
                rejected -> assertThat(rejected.error().code()).isEqualTo(OAuthErrorCode.INVALID_GRANT));
        assertThat(storage.grants().find(winners.id()).orElseThrow().isActive()).isFalse();
        assertThat(storage.grants().ofUser(user.id())).containsExactly(storage.grants().find(winners.id()).orElseThrow());
        assertThat(storage.securityEvents().recent(10)).singleElement().satisfies(event ->
                assertThat(event.kind()).isEqualTo(SecurityEvent.Kind.AUTHORIZATION_CODE_REPLAYED));
    }

    /**
     * {@link AuthorizationCodes} where another request redeems the code (for {@code winnersGrant}) just before
     * this one tries: its compare-and-set then fails, as the port promises.
     */
    private record RedeemedConcurrently(AuthorizationCodes delegate, GrantId winnersGrant, Instant at)
            implements AuthorizationCodes {
        @Override
        public void add(IssuedCode.Unredeemed code) {
            delegate.add(code);
        }

        @Override
        public Optional<IssuedCode> find(SecretHash codeHash) {
            return delegate.find(codeHash);
        }

        @Override
        public boolean redeem(IssuedCode.Redeemed redeemed) {
            IssuedCode.Unredeemed current = (IssuedCode.Unredeemed) delegate.find(redeemed.codeHash()).orElseThrow();
            assertThat(delegate.redeem(current.redeem(winnersGrant, at))).isTrue();
            return delegate.redeem(redeemed);
        }

        @Override
        public int removeExpiredUnredeemed(Instant cutoff) {
            return delegate.removeExpiredUnredeemed(cutoff);
        }
    }

    // Membership is checked when tokens are issued, not only at consent.

    @Test
    void exchangeWhenUserIsNotAMemberOfTheApprovedOrganizationThenInvalidGrant() {
        // The fakes cannot delete a membership, so the code names an organization the user does not (or no
        // longer) belong to: the state the exchange sees is the same.
        Organization left = anOrganization().build();
        storage.organizations().add(left);
        AuthorizationCode leftCode = storedCode(anUnredeemedCode().of(request).approvedBy(user.id(), left.id()));

        assertRejectedWith(withCode(aTokenRequest(), leftCode), OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void exchangeWhenUserIsDisabledThenInvalidGrant() {
        // The Users port cannot disable a stored user, so the approving user is stored disabled.
        User disabled = aUser().disabled().build();
        storage.users().add(disabled);
        storage.memberships().put(aMembership().of(disabled).in(acme).build());
        AuthorizationCode disabledCode = storedCode(anUnredeemedCode().of(request)
                .approvedBy(disabled.id(), acme.id()));

        assertThat(rejected(withCode(aTokenRequest(), disabledCode)).code()).isEqualTo(OAuthErrorCode.INVALID_GRANT);
        assertThat(storage.grants().ofUser(disabled.id())).isEmpty();
    }

    @Test
    void exchangeWhenRoleChangedSinceConsentThenTheTokenCarriesTheCurrentRole() {
        storage.memberships().put(aMembership().of(user).in(acme).as(Role.MEMBER).build());

        AccessTokenClaims claims = accessTokens.claimsOf(issued(aTokenRequest()).accessToken()).orElseThrow();

        assertThat(claims.orgRole()).contains(Role.MEMBER);
    }

    // RFC 6749 §3.2.1 and §5.2: client authentication failures are invalid_client.

    @Test
    void exchangeWhenClientIsUnknownThenInvalidClient() {
        assertRejectedWith(withCredentials(aTokenRequest(), new ClientCredentials.IdOnly(new ClientId("no-such"))),
                OAuthErrorCode.INVALID_CLIENT);
    }

    @Test
    void exchangeWhenNoClientCredentialsThenInvalidClient() {
        assertRejectedWith(withCredentials(aTokenRequest(), new ClientCredentials.None()),
                OAuthErrorCode.INVALID_CLIENT);
    }

    @Test
    void exchangeWhenPublicClientSendsASecretThenInvalidClient() {
        assertRejectedWith(withCredentials(aTokenRequest(), new ClientCredentials.Basic(client.id(), SECRET)),
                OAuthErrorCode.INVALID_CLIENT);
    }

    @Test
    void exchangeWhenConfidentialClientSendsNoSecretThenInvalidClient() {
        Client confidential = storedConfidentialClient(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN);

        assertRejectedWith(withCredentials(aTokenRequest(), new ClientCredentials.IdOnly(confidential.id())),
                OAuthErrorCode.INVALID_CLIENT);
    }

    @Test
    void exchangeWhenConfidentialClientSendsAWrongSecretThenInvalidClient() {
        Client confidential = storedConfidentialClient(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN);

        assertRejectedWith(withCredentials(aTokenRequest(), new ClientCredentials.Basic(confidential.id(),
                new ClientSecret("a-wrong-secret-0123456789"))), OAuthErrorCode.INVALID_CLIENT);
    }

    @Test
    void exchangeWhenConfidentialClientSendsItsSecretInTheFormThenIssued() {
        Client confidential = storedConfidentialClient(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN);
        AuthorizationCode confidentialCode = storedCode(anUnredeemedCode()
                .of(anAuthorizationRequest().from(confidential)).approvedBy(user.id(), acme.id()));

        issued(new ExchangeAuthorizationCode.Command(new ClientCredentials.Post(confidential.id(), SECRET),
                confidentialCode, Optional.of(CALLBACK), CODE_VERIFIER, Optional.empty()));
    }

    // RFC 6749 §5.2: unauthorized_client when the client may not use this grant type.

    @Test
    void exchangeWhenClientIsNotRegisteredForAuthorizationCodeThenUnauthorizedClient() {
        // Only a client of an organization may use client_credentials (RFC 6749 §4.4).
        Client machine = aConfidentialClient().withRedirect(CALLBACK).ownedBy(acme.id())
                .withSecret(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC, SECRET)
                .withGrantTypes(GrantType.CLIENT_CREDENTIALS).build();
        storage.clients().add(machine);

        assertRejectedWith(withCredentials(aTokenRequest(), new ClientCredentials.Basic(machine.id(), SECRET)),
                OAuthErrorCode.UNAUTHORIZED_CLIENT);
    }

    private Client storedConfidentialClient(GrantType... grantTypes) {
        Client confidential = aConfidentialClient().withRedirect(CALLBACK)
                .withSecret(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC, SECRET).withGrantTypes(grantTypes).build();
        storage.clients().add(confidential);
        return confidential;
    }

    @Test
    void exchangeWhenGrantScopeIncludesOfflineAccessThenTheResponseScopeIsTheGrantsScope() {
        assertThat(issued(aTokenRequest()).scope()).isEqualTo(ScopeSet.parse("mcp:use offline_access"));
    }
}
