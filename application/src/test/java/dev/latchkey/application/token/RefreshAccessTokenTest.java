package dev.latchkey.application.token;

import static dev.latchkey.application.fixtures.Fixtures.aConfidentialClient;
import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aRefreshToken;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.clientauth.ClientCredentials;
import dev.latchkey.application.fakes.CountingRandomTokens;
import dev.latchkey.application.fakes.FakeAccessTokens;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.fixtures.RefreshTokenBuilder;
import dev.latchkey.application.port.RefreshTokens;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.audit.SecurityEvent;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.client.Client;
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
import dev.latchkey.domain.token.RefreshTokenId;
import dev.latchkey.domain.token.RefreshTokenState;
import dev.latchkey.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The refresh_token grant (RFC 6749 §6) with rotation and reuse detection (OAuth 2.1 §4.3.1, RFC 9700
 * §4.14.2), a lost-response grace window, and the user's membership re-checked on every refresh.
 */
final class RefreshAccessTokenTest {

    private static final Issuer ISSUER = new Issuer("https://auth.example.com");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final CountingRandomTokens random = new CountingRandomTokens();
    private final MutableClock clock = new MutableClock();
    private final FakeAccessTokens accessTokens = new FakeAccessTokens();
    private final RefreshAccessToken refresh = new RefreshAccessToken(storage.clients(), storage.grants(),
            storage.refreshTokens(), storage.users(), storage.memberships(), storage.securityEvents(),
            storage.transactions(), accessTokens, random, ServerSettings.defaults(ISSUER), clock);

    private final Client client = aPublicClient().build();
    private final User user = aUser().build();
    private final Organization acme = anOrganization().build();
    private final Grant grant = aGrant().of(user).in(acme).to(client).withScope("mcp:use files:read offline_access")
            .forResource("https://mcp.example.com/mcp").build();
    private RefreshToken first;

    @BeforeEach
    void storeGrantWithOneRefreshToken() {
        storage.clients().add(client);
        storage.users().add(user);
        storage.organizations().add(acme);
        storage.memberships().put(aMembership().of(user).in(acme).as(Role.MEMBER).build());
        storage.grants().add(grant);
        first = storedToken(aRefreshToken().of(grant));
    }

    private RefreshToken storedToken(RefreshTokenBuilder builder) {
        storage.refreshTokens().add(builder.build());
        return builder.token();
    }

    private RefreshAccessToken.Command aRefreshRequest(RefreshToken token) {
        return new RefreshAccessToken.Command(new ClientCredentials.IdOnly(client.id()), token, Optional.empty(),
                Optional.empty());
    }

    private IssuedTokens issued(RefreshAccessToken.Command command) {
        TokenOutcome outcome = refresh.refresh(command);
        assertThat(outcome).isInstanceOf(TokenOutcome.Issued.class);
        return ((TokenOutcome.Issued) outcome).tokens();
    }

    private RefreshToken rotated(RefreshToken token) {
        return issued(aRefreshRequest(token)).refreshToken().orElseThrow();
    }

    private OAuthError rejected(RefreshAccessToken.Command command) {
        TokenOutcome outcome = refresh.refresh(command);
        assertThat(outcome).isInstanceOf(TokenOutcome.Rejected.class);
        return ((TokenOutcome.Rejected) outcome).error();
    }

    private IssuedRefreshToken stored(RefreshToken token) {
        return storage.refreshTokens().findByHash(token.hash()).orElseThrow();
    }

    private Grant storedGrant() {
        return storage.grants().find(grant.id()).orElseThrow();
    }

    private AccessTokenClaims claimsOf(IssuedTokens tokens) {
        return accessTokens.claimsOf(tokens.accessToken()).orElseThrow();
    }

    // OAuth 2.1 §4.3.1: refresh tokens for public clients "MUST be sender-constrained or use refresh token
    // rotation"; every use rotates.

    @Test
    void refreshWhenTokenIsActiveThenANewPairIsIssuedAndTheOldTokenPointsToItsSuccessor() {
        Instant now = clock.advance(Duration.ofHours(2));

        IssuedTokens tokens = issued(aRefreshRequest(first));

        RefreshToken second = tokens.refreshToken().orElseThrow();
        assertThat(second).isNotEqualTo(first);
        IssuedRefreshToken successor = stored(second);
        assertThat(stored(first).state()).isEqualTo(new RefreshTokenState.Rotated(now, successor.id()));
        assertThat(successor.state()).isEqualTo(new RefreshTokenState.Active());
        assertThat(successor.grantId()).isEqualTo(grant.id());
        assertThat(successor.expiresAt()).isEqualTo(now.plus(Duration.ofDays(30)));
        assertThat(storedGrant().lastUsedAt()).contains(now);
    }

    @Test
    void refreshWhenTokenIsActiveThenTheAccessTokenCarriesTheGrantsClaims() {
        Instant now = clock.advance(Duration.ofHours(2));

        IssuedTokens tokens = issued(aRefreshRequest(first));

        AccessTokenClaims claims = claimsOf(tokens);
        assertThat(claims.issuer()).isEqualTo(ISSUER);
        assertThat(claims.subject()).isEqualTo(user.id());
        assertThat(claims.audience()).isEqualTo(grant.resource());
        assertThat(claims.clientId()).isEqualTo(client.id());
        assertThat(claims.scope()).isEqualTo(grant.scope());
        assertThat(claims.orgId()).isEqualTo(acme.id());
        assertThat(claims.orgRole()).contains(Role.MEMBER);
        assertThat(claims.grantId()).contains(grant.id());
        assertThat(claims.issuedAt()).isEqualTo(now);
        assertThat(tokens.scope()).isEqualTo(grant.scope());
        assertThat(tokens.expiresIn()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refreshWhenRotatedSeveralTimesThenEachSuccessorWorksOnce() {
        RefreshToken second = rotated(first);
        clock.advance(Duration.ofMinutes(5));
        RefreshToken third = rotated(second);
        clock.advance(Duration.ofMinutes(5));

        rotated(third);

        assertThat(storedGrant().isActive()).isTrue();
        assertThat(storage.securityEvents().recent(10)).isEmpty();
    }

    // RFC 9700 §4.14.2: a rotated token presented again means two parties hold it; the server "will revoke
    // the active refresh token" — here the whole grant.

    @Test
    void refreshWhenRotatedTokenIsReusedAfterItsSuccessorWasUsedThenTheGrantIsRevoked() {
        RefreshToken second = rotated(first);
        RefreshToken third = rotated(second);
        Instant reusedAt = clock.advance(Duration.ofSeconds(5));

        OAuthError error = rejected(aRefreshRequest(first));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_GRANT);
        assertThat(storedGrant().revokedAt()).contains(reusedAt);
        assertThat(stored(third).state()).isEqualTo(new RefreshTokenState.Revoked(reusedAt));
        assertThat(rejected(aRefreshRequest(third)).code()).isEqualTo(OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void refreshWhenRotatedTokenIsReusedThenASecurityEventIsRecorded() {
        rotated(rotated(first));
        Instant reusedAt = clock.advance(Duration.ofSeconds(5));

        rejected(aRefreshRequest(first));

        assertThat(storage.securityEvents().recent(10)).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(SecurityEvent.Kind.REFRESH_TOKEN_REUSED);
            assertThat(event.at()).isEqualTo(reusedAt);
            assertThat(event.clientId()).contains(client.id().value());
            assertThat(event.userId()).contains(user.id().value());
            assertThat(event.grantId()).contains(grant.id().value());
            assertThat(event.description()).doesNotContain(first.value());
        });
    }

    // Lost response: the client presents the previous token again within 30 s, its successor unused.

    @Test
    void refreshWhenRetriedWithin30SecondsWhileTheSuccessorIsUnusedThenANewPairAndTheUnusedSuccessorIsRevoked() {
        RefreshToken lost = rotated(first);
        Instant retriedAt = clock.advance(Duration.ofSeconds(10));

        RefreshToken retried = rotated(first);

        assertThat(retried).isNotEqualTo(lost);
        assertThat(stored(lost).state()).isEqualTo(new RefreshTokenState.Revoked(retriedAt));
        assertThat(stored(retried).state()).isEqualTo(new RefreshTokenState.Active());
        assertThat(stored(first).state()).isInstanceOfSatisfying(RefreshTokenState.Rotated.class,
                rotatedState -> assertThat(rotatedState.successor()).isEqualTo(stored(retried).id()));
        assertThat(storedGrant().isActive()).isTrue();
        assertThat(storage.securityEvents().recent(10)).isEmpty();
    }

    @Test
    void refreshWhenRetriedWithinTheGraceWindowThenTheNewSuccessorKeepsWorking() {
        rotated(first);
        clock.advance(Duration.ofSeconds(10));
        RefreshToken retried = rotated(first);
        clock.advance(Duration.ofMinutes(10));

        rotated(retried);

        assertThat(storedGrant().isActive()).isTrue();
    }

    @Test
    void refreshWhenTheSupersededSuccessorOfARetryIsPresentedThenItIsReuseAndTheGrantIsRevoked() {
        RefreshToken superseded = rotated(first);
        clock.advance(Duration.ofSeconds(10));
        rotated(first);

        assertThat(rejected(aRefreshRequest(superseded)).code()).isEqualTo(OAuthErrorCode.INVALID_GRANT);
        assertThat(storedGrant().isActive()).isFalse();
        assertThat(storage.securityEvents().recent(10)).singleElement()
                .satisfies(event -> assertThat(event.kind()).isEqualTo(SecurityEvent.Kind.REFRESH_TOKEN_REUSED));
    }

    @Test
    void refreshWhenRetriedAfterThe30SecondGraceWindowThenItIsReuseAndTheGrantIsRevoked() {
        RefreshToken second = rotated(first);
        clock.advance(Duration.ofSeconds(31));

        OAuthError error = rejected(aRefreshRequest(first));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_GRANT);
        assertThat(storedGrant().isActive()).isFalse();
        assertThat(stored(second).state()).isInstanceOf(RefreshTokenState.Revoked.class);
        assertThat(storage.securityEvents().recent(10)).singleElement()
                .satisfies(event -> assertThat(event.kind()).isEqualTo(SecurityEvent.Kind.REFRESH_TOKEN_REUSED));
    }

    @Test
    void refreshWhenRetriedExactly30SecondsLaterThenItIsReuse() {
        rotated(first);
        clock.advance(Duration.ofSeconds(30));

        rejected(aRefreshRequest(first));

        assertThat(storedGrant().isActive()).isFalse();
    }

    // RFC 9700 §4.14.2 under concurrency: when another request rotates the same token first, two parties
    // hold it, so the grant is revoked.

    @Test
    void refreshWhenAConcurrentRequestRotatesTheTokenFirstThenInvalidGrantAndTheGrantIsRevoked() {
        RefreshAccessToken racing = new RefreshAccessToken(storage.clients(), storage.grants(),
                new RotatedConcurrently(storage.refreshTokens()), storage.users(), storage.memberships(),
                storage.securityEvents(), storage.transactions(), accessTokens, random,
                ServerSettings.defaults(ISSUER), clock);

        TokenOutcome outcome = racing.refresh(aRefreshRequest(first));

        assertThat(outcome).isInstanceOfSatisfying(TokenOutcome.Rejected.class,
                rejected -> assertThat(rejected.error().code()).isEqualTo(OAuthErrorCode.INVALID_GRANT));
        assertThat(storedGrant().isActive()).isFalse();
        assertThat(storage.securityEvents().recent(10)).singleElement().satisfies(event ->
                assertThat(event.kind()).isEqualTo(SecurityEvent.Kind.REFRESH_TOKEN_REUSED));
        assertThat(accessTokens.issued()).isEmpty();
    }

    /**
     * {@link RefreshTokens} where another request rotates the token just before this one: its
     * compare-and-set then fails, as the port promises.
     */
    private record RotatedConcurrently(RefreshTokens delegate) implements RefreshTokens {
        @Override
        public void add(IssuedRefreshToken token) {
            delegate.add(token);
        }

        @Override
        public Optional<IssuedRefreshToken> findByHash(SecretHash hash) {
            return delegate.findByHash(hash);
        }

        @Override
        public Optional<IssuedRefreshToken> find(RefreshTokenId id) {
            return delegate.find(id);
        }

        @Override
        public boolean rotate(RefreshTokenId id, RefreshTokenId successor, Instant at) {
            assertThat(delegate.rotate(id, new RefreshTokenId("the-concurrent-winners-token"), at)).isTrue();
            return delegate.rotate(id, successor, at);
        }

        @Override
        public boolean replaceSuccessor(RefreshTokenId id, RefreshTokenId expectedSuccessor,
                RefreshTokenId newSuccessor) {
            return delegate.replaceSuccessor(id, expectedSuccessor, newSuccessor);
        }

        @Override
        public boolean revoke(RefreshTokenId id, Instant at) {
            return delegate.revoke(id, at);
        }

        @Override
        public int revokeAllOfGrant(GrantId grantId, Instant at) {
            return delegate.revokeAllOfGrant(grantId, at);
        }
    }

    // RFC 6749 §5.2: an expired or revoked refresh token is invalid_grant.

    @Test
    void refreshWhenTokenExpiredThenInvalidGrantWithoutRevokingTheGrant() {
        clock.advance(Duration.ofDays(30));

        assertThat(rejected(aRefreshRequest(first)).code()).isEqualTo(OAuthErrorCode.INVALID_GRANT);
        assertThat(storedGrant().isActive()).isTrue();
        assertThat(stored(first).state()).isEqualTo(new RefreshTokenState.Active());
    }

    @Test
    void refreshWhenTokenIsOneDayFromExpiryThenRotatedAndTheSuccessorGetsAFreshThirtyDays() {
        Instant now = clock.advance(Duration.ofDays(29));

        RefreshToken second = rotated(first);

        assertThat(stored(second).expiresAt()).isEqualTo(now.plus(Duration.ofDays(30)));
    }

    @Test
    void refreshWhenGrantWasRevokedThenInvalidGrant() {
        storage.grants().revoke(grant.id(), clock.instant());

        assertThat(rejected(aRefreshRequest(first)).code()).isEqualTo(OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void refreshWhenTokenWasRevokedThenInvalidGrant() {
        RefreshToken revoked = storedToken(aRefreshToken().of(grant).revoked(clock.instant()));

        assertThat(rejected(aRefreshRequest(revoked)).code()).isEqualTo(OAuthErrorCode.INVALID_GRANT);
    }

    @Test
    void refreshWhenTokenIsUnknownThenInvalidGrant() {
        assertThat(rejected(aRefreshRequest(new RefreshToken("never-issued-refresh-0123456789"))).code())
                .isEqualTo(OAuthErrorCode.INVALID_GRANT);
    }

    // RFC 6749 §6: "ensure that the refresh token was issued to the authenticated client".

    @Test
    void refreshWhenTokenWasIssuedToAnotherClientThenInvalidGrantAndTheTokenStaysActive() {
        Client other = aPublicClient().build();
        storage.clients().add(other);

        OAuthError error = rejected(new RefreshAccessToken.Command(new ClientCredentials.IdOnly(other.id()), first,
                Optional.empty(), Optional.empty()));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_GRANT);
        assertThat(stored(first).state()).isEqualTo(new RefreshTokenState.Active());
        assertThat(storedGrant().isActive()).isTrue();
    }

    // RFC 6749 §6: the requested scope "MUST NOT include any scope not originally granted", and "if omitted
    // is treated as equal to the scope originally granted".

    @Test
    void refreshWhenANarrowerScopeIsRequestedThenTheAccessTokenHasOnlyThatScope() {
        IssuedTokens tokens = issued(new RefreshAccessToken.Command(new ClientCredentials.IdOnly(client.id()), first,
                Optional.of(ScopeSet.parse("mcp:use")), Optional.empty()));

        assertThat(tokens.scope()).isEqualTo(ScopeSet.parse("mcp:use"));
        assertThat(claimsOf(tokens).scope()).isEqualTo(ScopeSet.parse("mcp:use"));
        assertThat(storedGrant().scope()).isEqualTo(grant.scope());
    }

    @Test
    void refreshWhenScopeWasNarrowedBeforeAndIsOmittedNowThenTheFullGrantedScope() {
        RefreshToken second = issued(new RefreshAccessToken.Command(new ClientCredentials.IdOnly(client.id()), first,
                Optional.of(ScopeSet.parse("mcp:use")), Optional.empty())).refreshToken().orElseThrow();

        assertThat(issued(aRefreshRequest(second)).scope()).isEqualTo(grant.scope());
    }

    @Test
    void refreshWhenAWiderScopeIsRequestedThenInvalidScopeAndTheTokenStaysActive() {
        OAuthError error = rejected(new RefreshAccessToken.Command(new ClientCredentials.IdOnly(client.id()), first,
                Optional.of(ScopeSet.parse("mcp:use admin:all")), Optional.empty()));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_SCOPE);
        assertThat(error.description()).contains("admin:all");
        assertThat(stored(first).state()).isEqualTo(new RefreshTokenState.Active());
    }

    // RFC 8707 §2.2: a resource in the refresh request must be the grant's, else invalid_target.

    @Test
    void refreshWhenResourceDiffersFromTheGrantsThenInvalidTargetAndTheTokenStaysActive() {
        OAuthError error = rejected(new RefreshAccessToken.Command(new ClientCredentials.IdOnly(client.id()), first,
                Optional.empty(), Optional.of(ResourceUri.parse("https://other.example.com/mcp"))));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_TARGET);
        assertThat(stored(first).state()).isEqualTo(new RefreshTokenState.Active());
    }

    @Test
    void refreshWhenResourceIsTheGrantsThenIssued() {
        IssuedTokens tokens = issued(new RefreshAccessToken.Command(new ClientCredentials.IdOnly(client.id()), first,
                Optional.empty(), Optional.of(grant.resource())));

        assertThat(tokens.audience()).isEqualTo(grant.resource());
    }

    // Membership is re-checked on every refresh and org_role is the current role.

    @Test
    void refreshWhenRoleChangedSinceTheLastTokenThenTheNewTokenCarriesTheNewRole() {
        RefreshToken second = rotated(first);
        storage.memberships().put(aMembership().of(user).in(acme).as(Role.ADMIN).build());

        assertThat(claimsOf(issued(aRefreshRequest(second))).orgRole()).contains(Role.ADMIN);
    }

    @Test
    void refreshWhenUserIsNotAMemberOfTheGrantsOrganizationThenInvalidGrant() {
        // The Memberships port cannot remove a membership, so this grant is for an organization the user does
        // not (or no longer) belong to: the state a refresh sees after the user was removed.
        Organization left = anOrganization().build();
        storage.organizations().add(left);
        Grant leftGrant = aGrant().of(user).in(left).to(client).build();
        storage.grants().add(leftGrant);
        RefreshToken token = storedToken(aRefreshToken().of(leftGrant));

        assertThat(rejected(aRefreshRequest(token)).code()).isEqualTo(OAuthErrorCode.INVALID_GRANT);
        assertThat(stored(token).state()).isEqualTo(new RefreshTokenState.Active());
    }

    @Test
    void refreshWhenUserIsDisabledThenInvalidGrant() {
        // The Users port cannot disable a stored user, so the grant's user is stored disabled.
        User disabled = aUser().disabled().build();
        storage.users().add(disabled);
        storage.memberships().put(aMembership().of(disabled).in(acme).build());
        Grant disabledGrant = aGrant().of(disabled).in(acme).to(client).build();
        storage.grants().add(disabledGrant);
        RefreshToken token = storedToken(aRefreshToken().of(disabledGrant));

        assertThat(rejected(aRefreshRequest(token)).code()).isEqualTo(OAuthErrorCode.INVALID_GRANT);
    }

    // RFC 6749 §5.2: client authentication failures and grant types the client may not use.

    @Test
    void refreshWhenClientIsNotRegisteredForRefreshTokenThenUnauthorizedClient() {
        Client codeOnly = aPublicClient().withGrantTypes(GrantType.AUTHORIZATION_CODE).build();
        storage.clients().add(codeOnly);

        OAuthError error = rejected(new RefreshAccessToken.Command(new ClientCredentials.IdOnly(codeOnly.id()), first,
                Optional.empty(), Optional.empty()));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.UNAUTHORIZED_CLIENT);
    }

    @Test
    void refreshWhenConfidentialClientSendsAWrongSecretThenInvalidClientAndTheTokenStaysActive() {
        ClientSecret secret = new ClientSecret("the-confidential-secret-0123456789");
        Client confidential = aConfidentialClient().withSecret(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC, secret)
                .build();
        storage.clients().add(confidential);
        Grant confidentialGrant = aGrant().of(user).in(acme).to(confidential).build();
        storage.grants().add(confidentialGrant);
        RefreshToken token = storedToken(aRefreshToken().of(confidentialGrant));

        OAuthError error = rejected(new RefreshAccessToken.Command(new ClientCredentials.Basic(confidential.id(),
                new ClientSecret("a-wrong-secret-0123456789")), token, Optional.empty(), Optional.empty()));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT);
        assertThat(stored(token).state()).isEqualTo(new RefreshTokenState.Active());
        issued(new RefreshAccessToken.Command(new ClientCredentials.Basic(confidential.id(), secret), token,
                Optional.empty(), Optional.empty()));
    }
}
