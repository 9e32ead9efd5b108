package dev.latchkey.application.introspection;

import static dev.latchkey.application.fixtures.Fixtures.aConfidentialClient;
import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aRefreshToken;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.clientauth.ClientCredentials;
import dev.latchkey.application.fakes.FakeAccessTokens;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.fixtures.RefreshTokenBuilder;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientSecret;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.TokenEndpointAuthMethod;
import dev.latchkey.domain.error.OAuthErrorCode;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.token.AccessTokenClaims;
import dev.latchkey.domain.token.RefreshToken;
import dev.latchkey.domain.token.RefreshTokenId;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Token introspection (RFC 7662): only authenticated confidential callers (§2.1), and a token is active
 * only while unexpired, its grant unrevoked, its user enabled and still a member (§2.2); a client_credentials
 * token, which has no grant, only while its client exists and is still allowed the resource; everything else
 * is just inactive.
 */
final class IntrospectTokenTest {

    private static final Issuer ISSUER = new Issuer("https://auth.example.com");
    private static final ClientSecret RS_SECRET = new ClientSecret("resource-server-secret-0123456789");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final MutableClock clock = new MutableClock();
    private final FakeAccessTokens accessTokens = new FakeAccessTokens();
    private final IntrospectToken introspect = new IntrospectToken(storage.clients(), accessTokens,
            storage.refreshTokens(), storage.grants(), storage.users(), storage.memberships(),
            storage.protectedResources(), ServerSettings.defaults(ISSUER), clock);

    private final Client resourceServer = aConfidentialClient()
            .withSecret(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC, RS_SECRET).build();
    private final Client app = aPublicClient().build();
    private final User user = aUser().build();
    private final Organization acme = anOrganization().build();
    private final Grant grant = aGrant().of(user).in(acme).to(app).withScope("mcp:use offline_access")
            .forResource("https://mcp.example.com/mcp").build();
    private final Instant issuedAt = clock.instant();

    @BeforeEach
    void storeAnActiveGrant() {
        storage.clients().add(resourceServer);
        storage.clients().add(app);
        storage.users().add(user);
        storage.organizations().add(acme);
        storage.memberships().put(aMembership().of(user).in(acme).as(Role.MEMBER).build());
        storage.grants().add(grant);
    }

    private String anAccessTokenOf(Grant of) {
        return accessTokens.issue(new AccessTokenClaims(ISSUER, of.userId(), of.resource(), of.clientId(), of.scope(),
                of.orgId(), Optional.of(Role.MEMBER), Optional.of(of.id()), "jti-" + of.id(), issuedAt,
                issuedAt.plus(Duration.ofHours(1))));
    }

    private IntrospectToken.Result introspect(String token) {
        return introspect.introspect(new IntrospectToken.Command(new ClientCredentials.Basic(resourceServer.id(),
                RS_SECRET), token, Optional.empty()));
    }

    private IntrospectToken.Details active(String token) {
        IntrospectToken.Result result = introspect(token);
        assertThat(result).isInstanceOf(IntrospectToken.Active.class);
        return ((IntrospectToken.Active) result).details();
    }

    private void assertInactive(String token) {
        assertThat(introspect(token)).isEqualTo(new IntrospectToken.Inactive());
    }

    // RFC 7662 §2.1: "the endpoint MUST also require some form of authorization".

    @Test
    void introspectWhenCallerIsAPublicClientThenRejectedWithInvalidClient() {
        IntrospectToken.Result result = introspect.introspect(new IntrospectToken.Command(
                new ClientCredentials.IdOnly(app.id()), anAccessTokenOf(grant), Optional.empty()));

        assertThat(result).isInstanceOfSatisfying(IntrospectToken.Rejected.class,
                rejected -> assertThat(rejected.error().code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT));
    }

    @Test
    void introspectWhenCallerSendsAWrongSecretThenRejectedWithInvalidClient() {
        IntrospectToken.Result result = introspect.introspect(new IntrospectToken.Command(
                new ClientCredentials.Basic(resourceServer.id(), new ClientSecret("a-wrong-secret-0123456789")),
                anAccessTokenOf(grant), Optional.empty()));

        assertThat(result).isInstanceOfSatisfying(IntrospectToken.Rejected.class,
                rejected -> assertThat(rejected.error().code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT));
    }

    @Test
    void introspectWhenCallerSendsNoCredentialsThenRejected() {
        assertThat(introspect.introspect(new IntrospectToken.Command(new ClientCredentials.None(),
                anAccessTokenOf(grant), Optional.empty()))).isInstanceOf(IntrospectToken.Rejected.class);
    }

    // RFC 7662 §2.2: the members of an active token's response.

    @Test
    void introspectWhenAccessTokenIsActiveThenItsDetails() {
        clock.advance(Duration.ofMinutes(10));

        IntrospectToken.Details details = active(anAccessTokenOf(grant));

        assertThat(details.issuer()).isEqualTo(ISSUER);
        assertThat(details.scope()).isEqualTo(grant.scope());
        assertThat(details.clientId()).isEqualTo(app.id());
        assertThat(details.username()).contains(user.username());
        assertThat(details.subject()).isEqualTo(user.id());
        assertThat(details.issuedAt()).isEqualTo(issuedAt);
        assertThat(details.expiresAt()).isEqualTo(issuedAt.plus(Duration.ofHours(1)));
        assertThat(details.orgId()).isEqualTo(acme.id());
        assertThat(details.orgRole()).contains(Role.MEMBER);
        assertThat(details.audience()).isEqualTo(grant.resource());
        assertThat(details.tokenType()).contains("Bearer");
        assertThat(details.jwtId()).contains("jti-" + grant.id());
    }

    @Test
    void introspectWhenRoleChangedSinceIssueThenTheCurrentRoleIsReported() {
        storage.memberships().put(aMembership().of(user).in(acme).as(Role.ADMIN).build());

        assertThat(active(anAccessTokenOf(grant)).orgRole()).contains(Role.ADMIN);
    }

    @Test
    void introspectWhenTokenTypeHintIsWrongThenTheTokensOwnFormDecides() {
        IntrospectToken.Result result = introspect.introspect(new IntrospectToken.Command(
                new ClientCredentials.Basic(resourceServer.id(), RS_SECRET), anAccessTokenOf(grant),
                Optional.of("refresh_token")));

        assertThat(result).isInstanceOf(IntrospectToken.Active.class);
    }

    @Test
    void introspectWhenAccessTokenExpiredThenInactive() {
        String token = anAccessTokenOf(grant);
        clock.advance(Duration.ofHours(1));

        assertInactive(token);
    }

    @Test
    void introspectWhenGrantWasRevokedThenInactive() {
        String token = anAccessTokenOf(grant);
        storage.grants().revoke(grant.id(), clock.instant());

        assertInactive(token);
    }

    @Test
    void introspectWhenUserIsDisabledThenInactive() {
        // The Users port cannot disable a stored user, so the token's user is stored disabled.
        User disabled = aUser().disabled().build();
        storage.users().add(disabled);
        storage.memberships().put(aMembership().of(disabled).in(acme).build());
        Grant disabledGrant = aGrant().of(disabled).in(acme).to(app).build();
        storage.grants().add(disabledGrant);

        assertInactive(anAccessTokenOf(disabledGrant));
    }

    @Test
    void introspectWhenUserIsNotAMemberOfTheGrantsOrganizationThenInactive() {
        Organization left = anOrganization().build();
        storage.organizations().add(left);
        Grant leftGrant = aGrant().of(user).in(left).to(app).build();
        storage.grants().add(leftGrant);

        assertInactive(anAccessTokenOf(leftGrant));
    }

    @Test
    void introspectWhenGrantIsUnknownThenInactive() {
        assertInactive(anAccessTokenOf(aGrant().of(user).in(acme).to(app).build()));
    }

    @Test
    void introspectWhenAccessTokenWasNotIssuedHereThenInactive() {
        assertInactive("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
    }

    @Test
    void introspectWhenTokenIsEmptyOrHugeThenInactive() {
        assertInactive("");
        assertInactive("x".repeat(8193));
    }

    @Test
    void introspectWhenOpaqueTokenIsUnknownThenInactive() {
        assertInactive("never-issued-refresh-token-0123456789");
    }

    @Test
    void introspectWhenRefreshTokenIsActiveThenItsGrantsDetails() {
        RefreshTokenBuilder refresh = aRefreshToken().of(grant).issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(Duration.ofDays(30)));
        storage.refreshTokens().add(refresh.build());

        IntrospectToken.Details details = active(refresh.token().value());

        assertThat(details.issuer()).isEqualTo(ISSUER);
        assertThat(details.scope()).isEqualTo(grant.scope());
        assertThat(details.clientId()).isEqualTo(app.id());
        assertThat(details.username()).contains(user.username());
        assertThat(details.subject()).isEqualTo(user.id());
        assertThat(details.issuedAt()).isEqualTo(issuedAt);
        assertThat(details.expiresAt()).isEqualTo(issuedAt.plus(Duration.ofDays(30)));
        assertThat(details.orgId()).isEqualTo(acme.id());
        assertThat(details.orgRole()).contains(Role.MEMBER);
        assertThat(details.audience()).isEqualTo(grant.resource());
        assertThat(details.tokenType()).isEmpty();
        assertThat(details.jwtId()).isEmpty();
    }

    @Test
    void introspectWhenRefreshTokenWasRotatedThenInactive() {
        RefreshToken rotated = stored(aRefreshToken().of(grant).rotated(clock.instant(), new RefreshTokenId("next")));

        assertInactive(rotated.value());
    }

    @Test
    void introspectWhenRefreshTokenWasRevokedThenInactive() {
        assertInactive(stored(aRefreshToken().of(grant).revoked(clock.instant())).value());
    }

    @Test
    void introspectWhenRefreshTokenExpiredThenInactive() {
        RefreshToken token = stored(aRefreshToken().of(grant).expiresAt(issuedAt.plus(Duration.ofDays(30))));
        clock.advance(Duration.ofDays(30));

        assertInactive(token.value());
    }

    @Test
    void introspectWhenRefreshTokensGrantWasRevokedThenInactive() {
        RefreshToken token = stored(aRefreshToken().of(grant));
        storage.grants().revoke(grant.id(), clock.instant());

        assertInactive(token.value());
    }

    // client_credentials (RFC 6749 §4.4): a token of a client acting for itself, with no grant and no user.

    /** A resource at {@code https://service.example.com/mcp} and a service client of acme allowed it. */
    private record Service(ProtectedResource resource, Client client) {}

    private Service storedService() {
        ProtectedResource resource = aProtectedResource().at("https://service.example.com/mcp").build();
        storage.protectedResources().add(resource);
        Client client = aConfidentialClient().ownedBy(acme, resource).withGrantTypes(GrantType.CLIENT_CREDENTIALS)
                .build();
        storage.clients().add(client);
        return new Service(resource, client);
    }

    private String aClientCredentialsTokenOf(Client client, ResourceUri audience) {
        return accessTokens.issue(new AccessTokenClaims(ISSUER, new UserId(client.id().value()), audience, client.id(),
                ScopeSet.parse("mcp:use"), acme.id(), Optional.empty(), Optional.empty(), "jti-cc-" + client.id(),
                issuedAt, issuedAt.plus(Duration.ofHours(1))));
    }

    @Test
    void introspectWhenAClientCredentialsTokenOfALiveClientThenActiveWithoutUsernameOrRole() {
        Service service = storedService();
        ResourceUri audience = new ResourceUri("https://service.example.com/mcp");

        IntrospectToken.Details details = active(aClientCredentialsTokenOf(service.client(), audience));

        assertThat(details.clientId()).isEqualTo(service.client().id());
        assertThat(details.subject()).isEqualTo(new UserId(service.client().id().value()));
        assertThat(details.username()).isEmpty();
        assertThat(details.orgRole()).isEmpty();
        assertThat(details.orgId()).isEqualTo(acme.id());
        assertThat(details.audience()).isEqualTo(audience);
        assertThat(details.scope()).isEqualTo(ScopeSet.parse("mcp:use"));
        assertThat(details.tokenType()).contains("Bearer");
    }

    @Test
    void introspectWhenTheClientOfAClientCredentialsTokenWasDeletedThenInactive() {
        Service service = storedService();
        String token = aClientCredentialsTokenOf(service.client(), new ResourceUri("https://service.example.com/mcp"));

        storage.clients().remove(service.client().id());

        assertInactive(token);
    }

    @Test
    void introspectWhenTheResourceWasTakenOffTheClientsListThenInactive() {
        Service service = storedService();
        String token = aClientCredentialsTokenOf(service.client(), new ResourceUri("https://service.example.com/mcp"));
        ProtectedResource other = aProtectedResource().build();
        storage.protectedResources().add(other);

        storage.clients().put(aConfidentialClient().withId(service.client().id().value()).ownedBy(acme, other)
                .withGrantTypes(GrantType.CLIENT_CREDENTIALS).build());

        assertInactive(token);
    }

    @Test
    void introspectWhenTheResourceOfAClientCredentialsTokenNoLongerExistsThenInactive() {
        Service service = storedService();
        String token = aClientCredentialsTokenOf(service.client(), new ResourceUri("https://service.example.com/mcp"));

        storage.protectedResources().remove(service.resource().name());

        assertInactive(token);
    }

    @Test
    void introspectWhenAClientCredentialsTokenExpiredThenInactive() {
        Service service = storedService();
        String token = aClientCredentialsTokenOf(service.client(), new ResourceUri("https://service.example.com/mcp"));

        clock.advance(Duration.ofHours(1));

        assertInactive(token);
    }

    private RefreshToken stored(RefreshTokenBuilder builder) {
        storage.refreshTokens().add(builder.build());
        return builder.token();
    }
}
