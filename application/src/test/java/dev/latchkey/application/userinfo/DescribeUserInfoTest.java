package dev.latchkey.application.userinfo;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.FakeAccessTokens;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.identity.IdentityClaims;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.token.AccessTokenClaims;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The UserInfo endpoint's answer (OIDC Core §5.3): for a live access token of this server with the
 * {@code openid} scope, {@code sub} and the claims the token's scopes release (§5.4), read from the user's
 * current profile; otherwise an RFC 6750 §3.1 refusal.
 */
final class DescribeUserInfoTest {

    private static final Issuer ISSUER = new Issuer("https://auth.example.com");
    private static final ResourceUri NOTES = new ResourceUri("https://auth.example.com/mcp/notes");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final FakeAccessTokens tokens = new FakeAccessTokens();
    private final MutableClock clock = new MutableClock(T0);
    private final DescribeUserInfo describeUserInfo = new DescribeUserInfo(tokens, storage.grants(), storage.users(),
            clock);

    private final User alice = aUser().named("alice").withEmail("alice@example.com").withDisplayName("Alice Liddell")
            .build();
    private final Organization acme = anOrganization().build();
    private final Client client = aPublicClient().build();
    private Grant grant;

    @BeforeEach
    void storeALiveOpenIdGrant() {
        storage.users().add(alice);
        storage.organizations().add(acme);
        storage.clients().add(client);
        storage.memberships().put(aMembership().of(alice).in(acme).as(Role.MEMBER).build());
        grant = aGrant().of(alice).in(acme).to(client).forResource(NOTES.value())
                .withScope("openid profile email mcp:use").build();
        storage.grants().add(grant);
    }

    /** An access token of the grant with {@code scope}, issued at {@code issuedAt} for an hour. */
    private String token(String scope, Instant issuedAt) {
        return tokens.issue(new AccessTokenClaims(ISSUER, grant.userId(), NOTES, grant.clientId(),
                ScopeSet.parse(scope), grant.orgId(), Optional.of(Role.MEMBER), Optional.of(grant.id()),
                "jti-" + tokens.issued().size(), issuedAt, issuedAt.plus(Duration.ofHours(1))));
    }

    private String token(String scope) {
        return token(scope, T0);
    }

    private DescribeUserInfo.Result describe(String token) {
        return describeUserInfo.describe(new DescribeUserInfo.Command(Optional.of(token)));
    }

    private IdentityClaims described(String token) {
        DescribeUserInfo.Result result = describe(token);
        assertThat(result).isInstanceOf(DescribeUserInfo.Described.class);
        return ((DescribeUserInfo.Described) result).claims();
    }

    private String invalid(String token) {
        DescribeUserInfo.Result result = describe(token);
        assertThat(result).isInstanceOf(DescribeUserInfo.InvalidToken.class);
        return ((DescribeUserInfo.InvalidToken) result).description();
    }

    // OIDC Core §5.4: the scopes decide the claims.

    @Test
    void describeWhenOpenIdProfileAndEmailThenEveryClaim() {
        IdentityClaims claims = described(token("openid profile email mcp:use"));

        assertThat(claims.subject()).isEqualTo(alice.id());
        assertThat(claims.email()).contains("alice@example.com");
        assertThat(claims.emailVerified()).contains(false);
        assertThat(claims.name()).contains("Alice Liddell");
        assertThat(claims.preferredUsername()).contains(alice.username());
    }

    @Test
    void describeWhenOnlyOpenIdThenOnlySub() {
        assertThat(described(token("openid mcp:use"))).isEqualTo(new IdentityClaims(alice.id(), Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    @Test
    void describeWhenOpenIdAndEmailThenSubAndEmail() {
        IdentityClaims claims = described(token("openid email"));

        assertThat(claims.email()).contains("alice@example.com");
        assertThat(claims.name()).isEmpty();
        assertThat(claims.preferredUsername()).isEmpty();
    }

    @Test
    void describeWhenTheProfileChangedSinceTheTokenThenTheCurrentValues() {
        String token = token("openid profile email");
        storage.users().setProfile(alice.id(), Optional.empty(), Optional.of("Alice L."));

        IdentityClaims claims = described(token);

        assertThat(claims.name()).contains("Alice L.");
        assertThat(claims.email()).isEmpty();
    }

    // RFC 6750 §3.1 refusals.

    @Test
    void describeWhenNoTokenThenNoToken() {
        assertThat(describeUserInfo.describe(new DescribeUserInfo.Command(Optional.empty())))
                .isInstanceOf(DescribeUserInfo.NoToken.class);
    }

    @Test
    void describeWhenNotATokenOfThisServerThenInvalidToken() {
        assertThat(invalid("fake-header.forged.fake-signature")).contains("not valid");
    }

    @Test
    void describeWhenExpiredThenInvalidToken() {
        String token = token("openid profile");
        clock.advance(Duration.ofHours(1));

        assertThat(invalid(token)).contains("expired");
    }

    @Test
    void describeWhenIssuedInTheFutureThenInvalidToken() {
        assertThat(invalid(token("openid", T0.plus(Duration.ofMinutes(5))))).contains("future");
    }

    @Test
    void describeWhenGrantRevokedThenInvalidToken() {
        String token = token("openid profile");
        storage.grants().revoke(grant.id(), T0);

        assertThat(invalid(token)).contains("revoked");
    }

    @Test
    void describeWhenUserDisabledThenInvalidToken() {
        String token = token("openid profile");
        storage.users().setDisabled(alice.id(), true);

        assertThat(invalid(token)).contains("disabled");
    }

    @Test
    void describeWhenUserLeftTheOrganizationThenInvalidToken() {
        String token = token("openid profile");
        storage.memberships().remove(alice.id(), acme.id());

        assertThat(invalid(token)).contains("left the organization");
    }

    @Test
    void describeWhenTheTokenNamesAnotherGrantThanItsOwnThenInvalidToken() {
        User bob = aUser().named("bob").build();
        storage.users().add(bob);
        String forged = tokens.issue(new AccessTokenClaims(ISSUER, bob.id(), NOTES, grant.clientId(),
                ScopeSet.parse("openid"), grant.orgId(), Optional.of(Role.MEMBER), Optional.of(grant.id()), "jti-x", T0,
                T0.plus(Duration.ofHours(1))));

        assertThat(describe(forged)).isInstanceOf(DescribeUserInfo.InvalidToken.class);
    }

    @Test
    void describeWhenAClientCredentialsTokenThenInvalidTokenAsThereIsNoUser() {
        String token = tokens.issue(new AccessTokenClaims(ISSUER, new UserId(client.id().value()), NOTES, client.id(), ScopeSet.parse("openid mcp:use"), acme.id(), Optional.empty(),
                Optional.<GrantId>empty(), "jti-cc", T0, T0.plus(Duration.ofHours(1))));

        assertThat(invalid(token)).contains("client_credentials");
    }

    @Test
    void describeWhenNoOpenIdScopeThenInsufficientScopeNamingOpenId() {
        DescribeUserInfo.Result result = describe(token("profile email mcp:use"));

        assertThat(result).isInstanceOfSatisfying(DescribeUserInfo.InsufficientScope.class, insufficient -> {
            assertThat(insufficient.requiredScopes()).isEqualTo(ScopeSet.parse("openid"));
            assertThat(insufficient.description()).contains("openid");
        });
    }
}
