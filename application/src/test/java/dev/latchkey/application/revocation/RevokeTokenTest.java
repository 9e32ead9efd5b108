package dev.latchkey.application.revocation;

import static dev.latchkey.application.fixtures.Fixtures.aConfidentialClient;
import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aRefreshToken;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.clientauth.ClientCredentials;
import dev.latchkey.application.fakes.FakeAccessTokens;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.fixtures.RefreshTokenBuilder;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientSecret;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.TokenEndpointAuthMethod;
import dev.latchkey.domain.error.OAuthErrorCode;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.token.AccessTokenClaims;
import dev.latchkey.domain.token.RefreshToken;
import dev.latchkey.domain.token.RefreshTokenState;
import dev.latchkey.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Token revocation (RFC 7009): a client revokes only its own tokens (§2.1), revoking either kind of token
 * ends the grant (§2.1: "SHOULD also invalidate all access tokens based on the same authorization grant"),
 * and an unknown token is not an error (§2.2).
 */
final class RevokeTokenTest {

    private static final Issuer ISSUER = new Issuer("https://auth.example.com");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final MutableClock clock = new MutableClock();
    private final FakeAccessTokens accessTokens = new FakeAccessTokens();
    private final RevokeToken revoke = new RevokeToken(storage.clients(), accessTokens, storage.refreshTokens(),
            storage.grants(), storage.transactions(), clock);

    private final Client app = aPublicClient().build();
    private final Grant grant = aGrant().to(app).build();
    private RefreshToken refreshToken;
    private RefreshToken secondRefreshToken;

    @BeforeEach
    void storeAGrantWithTwoRefreshTokens() {
        storage.clients().add(app);
        storage.grants().add(grant);
        refreshToken = stored(aRefreshToken().of(grant));
        secondRefreshToken = stored(aRefreshToken().of(grant));
    }

    private RefreshToken stored(RefreshTokenBuilder builder) {
        storage.refreshTokens().add(builder.build());
        return builder.token();
    }

    private String anAccessTokenOf(Grant of, Instant issuedAt) {
        return accessTokens.issue(new AccessTokenClaims(ISSUER, of.userId(), of.resource(), of.clientId(), of.scope(),
                of.orgId(), Optional.of(Role.MEMBER), Optional.of(of.id()), "jti-1", issuedAt,
                issuedAt.plus(Duration.ofHours(1))));
    }

    private RevokeToken.Result revoke(Client by, String token) {
        return revoke.revoke(new RevokeToken.Command(new ClientCredentials.IdOnly(by.id()), token, Optional.empty()));
    }

    private boolean grantIsActive() {
        return storage.grants().find(grant.id()).orElseThrow().isActive();
    }

    private RefreshTokenState stateOf(RefreshToken token) {
        return storage.refreshTokens().findByHash(token.hash()).orElseThrow().state();
    }

    @Test
    void revokeWhenRefreshTokenThenTheGrantAndAllItsRefreshTokensEnd() {
        Instant now = clock.advance(Duration.ofMinutes(3));

        assertThat(revoke(app, refreshToken.value())).isEqualTo(new RevokeToken.Revoked());

        assertThat(storage.grants().find(grant.id()).orElseThrow().revokedAt()).contains(now);
        assertThat(stateOf(refreshToken)).isEqualTo(new RefreshTokenState.Revoked(now));
        assertThat(stateOf(secondRefreshToken)).isEqualTo(new RefreshTokenState.Revoked(now));
    }

    @Test
    void revokeWhenAccessTokenThenTheGrantAndAllItsRefreshTokensEnd() {
        String accessToken = anAccessTokenOf(grant, clock.instant());

        assertThat(revoke(app, accessToken)).isEqualTo(new RevokeToken.Revoked());

        assertThat(grantIsActive()).isFalse();
        assertThat(stateOf(refreshToken)).isInstanceOf(RefreshTokenState.Revoked.class);
    }

    @Test
    void revokeWhenTokenTypeHintIsWrongThenTheTokensOwnFormDecides() {
        RevokeToken.Result result = revoke.revoke(new RevokeToken.Command(new ClientCredentials.IdOnly(app.id()),
                refreshToken.value(), Optional.of("access_token")));

        assertThat(result).isEqualTo(new RevokeToken.Revoked());
        assertThat(grantIsActive()).isFalse();
    }

    @Test
    void revokeWhenGrantAlreadyRevokedThenRevokedAgainWithoutError() {
        revoke(app, refreshToken.value());

        assertThat(revoke(app, refreshToken.value())).isEqualTo(new RevokeToken.Revoked());
    }

    // RFC 7009 §2.2: "invalid tokens do not cause an error response".

    @Test
    void revokeWhenRefreshTokenIsUnknownThenRevokedAndNothingChanges() {
        assertThat(revoke(app, "never-issued-refresh-token-0123456789")).isEqualTo(new RevokeToken.Revoked());

        assertThat(grantIsActive()).isTrue();
    }

    @Test
    void revokeWhenAccessTokenWasNotIssuedHereThenRevokedAndNothingChanges() {
        assertThat(revoke(app, "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"))
                .isEqualTo(new RevokeToken.Revoked());

        assertThat(grantIsActive()).isTrue();
    }

    @Test
    void revokeWhenTokenIsEmptyOrHugeThenRevoked() {
        assertThat(revoke(app, "")).isEqualTo(new RevokeToken.Revoked());
        assertThat(revoke(app, "x".repeat(8193))).isEqualTo(new RevokeToken.Revoked());
    }

    @Test
    void revokeWhenAClientCredentialsTokenThenRevokedWithoutEndingAnyGrantOrTheClient() {
        // A client_credentials token has no grant to end (RFC 6749 §4.4); it ends with its client. RFC 7009
        // §2.2 still answers 200.
        Organization acme = anOrganization().build();
        ClientSecret secret = new ClientSecret("the-service-secret-0123456789");
        Client service = aConfidentialClient().withSecret(TokenEndpointAuthMethod.CLIENT_SECRET_POST, secret)
                .ownedBy(acme.id(), new ResourceName("notes")).withGrantTypes(GrantType.CLIENT_CREDENTIALS).build();
        storage.clients().add(service);
        String token = accessTokens.issue(new AccessTokenClaims(ISSUER, new UserId(service.id().value()),
                grant.resource(), service.id(), grant.scope(), acme.id(), Optional.empty(), Optional.empty(), "jti-cc",
                clock.instant(), clock.instant().plus(Duration.ofHours(1))));

        RevokeToken.Result result = revoke.revoke(new RevokeToken.Command(new ClientCredentials.Post(service.id(),
                secret), token, Optional.empty()));

        assertThat(result).isEqualTo(new RevokeToken.Revoked());
        assertThat(grantIsActive()).isTrue();
        assertThat(storage.clients().find(service.id())).contains(service);
    }

    @Test
    void revokeWhenAccessTokenExpiredThenRevokedWithoutEndingTheGrant() {
        String accessToken = anAccessTokenOf(grant, clock.instant());
        clock.advance(Duration.ofHours(2));

        assertThat(revoke(app, accessToken)).isEqualTo(new RevokeToken.Revoked());

        assertThat(grantIsActive()).isTrue();
    }

    // RFC 7009 §2.1: the server "verifies whether the token was issued to the client making the revocation
    // request. If this validation fails, the request is refused".

    @Test
    void revokeWhenRefreshTokenBelongsToAnotherClientThenRejectedWithInvalidGrantAndTheGrantStays() {
        Client other = aPublicClient().build();
        storage.clients().add(other);

        RevokeToken.Result result = revoke(other, refreshToken.value());

        assertThat(result).isInstanceOfSatisfying(RevokeToken.Rejected.class,
                rejected -> assertThat(rejected.error().code()).isEqualTo(OAuthErrorCode.INVALID_GRANT));
        assertThat(grantIsActive()).isTrue();
        assertThat(stateOf(refreshToken)).isEqualTo(new RefreshTokenState.Active());
    }

    @Test
    void revokeWhenAccessTokenBelongsToAnotherClientThenRejectedWithInvalidGrant() {
        Client other = aPublicClient().build();
        storage.clients().add(other);

        assertThat(revoke(other, anAccessTokenOf(grant, clock.instant())))
                .isInstanceOf(RevokeToken.Rejected.class);
        assertThat(grantIsActive()).isTrue();
    }

    // RFC 7009 §2.1: the client is authenticated first (RFC 6749 §2.3).

    @Test
    void revokeWhenClientAuthenticationFailsThenRejectedWithInvalidClient() {
        ClientSecret secret = new ClientSecret("the-confidential-secret-0123456789");
        Client confidential = aConfidentialClient().withSecret(TokenEndpointAuthMethod.CLIENT_SECRET_POST, secret)
                .build();
        storage.clients().add(confidential);

        RevokeToken.Result result = revoke.revoke(new RevokeToken.Command(new ClientCredentials.Post(confidential.id(),
                new ClientSecret("a-wrong-secret-0123456789")), refreshToken.value(), Optional.empty()));

        assertThat(result).isInstanceOfSatisfying(RevokeToken.Rejected.class,
                rejected -> assertThat(rejected.error().code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT));
        assertThat(grantIsActive()).isTrue();
    }

    @Test
    void revokeWhenConfidentialClientRevokesItsOwnTokenThenRevoked() {
        ClientSecret secret = new ClientSecret("the-confidential-secret-0123456789");
        Client confidential = aConfidentialClient().withSecret(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC, secret)
                .build();
        storage.clients().add(confidential);
        Grant confidentialGrant = aGrant().to(confidential).build();
        storage.grants().add(confidentialGrant);
        RefreshToken token = stored(aRefreshToken().of(confidentialGrant));

        RevokeToken.Result result = revoke.revoke(new RevokeToken.Command(new ClientCredentials.Basic(confidential.id(),
                secret), token.value(), Optional.empty()));

        assertThat(result).isEqualTo(new RevokeToken.Revoked());
        assertThat(storage.grants().find(confidentialGrant.id()).orElseThrow().isActive()).isFalse();
        assertThat(grantIsActive()).as("other grants are untouched").isTrue();
    }
}
