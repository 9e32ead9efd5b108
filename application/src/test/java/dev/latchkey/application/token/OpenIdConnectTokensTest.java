package dev.latchkey.application.token;

import static dev.latchkey.application.fixtures.Fixtures.CODE_VERIFIER;
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
import dev.latchkey.application.fixtures.AuthorizationRequestBuilder;
import dev.latchkey.application.fixtures.IssuedCodeBuilder;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.authorization.AuthorizationCode;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.identity.IdTokenClaims;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OpenID Connect at the token endpoint: the code exchange of a grant with {@code openid} also returns an ID
 * token (OIDC Core §3.1.3.3) whose claims are those of OIDC Core §2 and the ones the scopes release (§5.4);
 * without {@code openid} there is none, and a refresh never issues one (OIDC Core §12.2 makes it optional).
 */
final class OpenIdConnectTokensTest {

    private static final Issuer ISSUER = new Issuer("https://auth.example.com");
    private static final String CALLBACK = "https://app.example.com/callback";
    private static final Duration LIFETIME = Duration.ofMinutes(20);

    private final InMemoryStorage storage = new InMemoryStorage();
    private final CountingRandomTokens random = new CountingRandomTokens();
    private final MutableClock clock = new MutableClock();
    private final FakeAccessTokens accessTokens = new FakeAccessTokens();
    private final FakeIdTokens idTokens = new FakeIdTokens();
    private final ServerSettings settings = ServerSettings.defaults(ISSUER).withAccessTokenLifetime(LIFETIME);
    private final ExchangeAuthorizationCode exchange = new ExchangeAuthorizationCode(storage.clients(),
            storage.authorizationCodes(), storage.grants(), storage.refreshTokens(), storage.users(),
            storage.memberships(), storage.securityEvents(), storage.transactions(), accessTokens, idTokens, random,
            settings, clock);
    private final RefreshAccessToken refresh = new RefreshAccessToken(storage.clients(), storage.grants(),
            storage.refreshTokens(), storage.users(), storage.memberships(), storage.securityEvents(),
            storage.transactions(), accessTokens, random, settings, clock);

    private final Client client = aPublicClient().withRedirect(CALLBACK).build();
    private final User alice = aUser().named("alice").withEmail("alice@example.com").withDisplayName("Alice Liddell")
            .build();
    private final Organization acme = anOrganization().build();

    @BeforeEach
    void storeTheParties() {
        storage.clients().add(client);
        storage.users().add(alice);
        storage.organizations().add(acme);
        storage.memberships().put(aMembership().of(alice).in(acme).as(Role.MEMBER).build());
    }

    private AuthorizationRequestBuilder aRequest(String scope) {
        return anAuthorizationRequest().from(client).withScope(scope);
    }

    /** Stores a code for {@code request} approved by alice and exchanges it. */
    private IssuedTokens exchanged(IssuedCodeBuilder code) {
        storage.authorizationCodes().add(code.approvedBy(alice.id(), acme.id()).build());
        TokenOutcome outcome = exchange.exchange(new ExchangeAuthorizationCode.Command(
                new ClientCredentials.IdOnly(client.id()), code.code(), Optional.of(CALLBACK), CODE_VERIFIER,
                Optional.empty()));
        assertThat(outcome).isInstanceOf(TokenOutcome.Issued.class);
        return ((TokenOutcome.Issued) outcome).tokens();
    }

    private IdTokenClaims idTokenClaims(IssuedTokens tokens) {
        return idTokens.claimsOf(tokens.idToken().orElseThrow()).orElseThrow();
    }

    @Test
    void exchangeWhenScopeHasOpenIdThenIdTokenForTheClientWithNonceAndAuthTime() {
        Instant signedIn = clock.instant().minusSeconds(120).plusMillis(700);
        Instant now = clock.advance(Duration.ofSeconds(5));

        IssuedTokens tokens = exchanged(anUnredeemedCode()
                .of(aRequest("openid mcp:use").withNonce("n-0S6_WzA2Mj"))
                .signedInAt(signedIn));

        IdTokenClaims claims = idTokenClaims(tokens);
        assertThat(claims.issuer()).isEqualTo(ISSUER);
        assertThat(claims.identity().subject()).isEqualTo(alice.id());
        // OIDC Core §2: aud contains the client_id; azp is the party the token was issued to.
        assertThat(claims.clientId()).isEqualTo(client.id());
        assertThat(claims.nonce()).contains("n-0S6_WzA2Mj");
        assertThat(claims.authTime()).contains(signedIn.minusMillis(700));
        assertThat(claims.issuedAt()).isEqualTo(now);
        assertThat(claims.expiresAt()).isEqualTo(now.plus(LIFETIME));
        assertThat(accessTokens.claimsOf(tokens.accessToken()).orElseThrow().expiresAt()).isEqualTo(claims.expiresAt());
    }

    @Test
    void exchangeWhenScopeLacksOpenIdThenNoIdTokenAndTheAccessTokenAsBefore() {
        IssuedTokens tokens = exchanged(anUnredeemedCode().of(aRequest("mcp:use offline_access").withNonce("n-1")));

        assertThat(tokens.idToken()).isEmpty();
        assertThat(idTokens.issued()).isEmpty();
        assertThat(tokens.accessToken()).isNotEmpty();
    }

    @Test
    void exchangeWhenNoNonceAndNoSignInTimeThenIdTokenHasNeither() {
        IssuedTokens tokens = exchanged(anUnredeemedCode().of(aRequest("openid mcp:use")));

        IdTokenClaims claims = idTokenClaims(tokens);
        assertThat(claims.nonce()).isEmpty();
        assertThat(claims.authTime()).isEmpty();
    }

    @Test
    void exchangeWhenOnlyOpenIdThenIdTokenReleasesOnlySub() {
        IdTokenClaims claims = idTokenClaims(exchanged(anUnredeemedCode().of(aRequest("openid mcp:use"))));

        assertThat(claims.identity().email()).isEmpty();
        assertThat(claims.identity().name()).isEmpty();
        assertThat(claims.identity().preferredUsername()).isEmpty();
    }

    @Test
    void exchangeWhenEmailScopeThenIdTokenHasEmailNotVerified() {
        IdTokenClaims claims = idTokenClaims(exchanged(anUnredeemedCode().of(aRequest("openid email mcp:use"))));

        assertThat(claims.identity().email()).contains("alice@example.com");
        assertThat(claims.identity().emailVerified()).contains(false);
        assertThat(claims.identity().name()).isEmpty();
    }

    @Test
    void exchangeWhenProfileScopeThenIdTokenHasNameAndPreferredUsername() {
        IdTokenClaims claims = idTokenClaims(exchanged(anUnredeemedCode().of(aRequest("openid profile mcp:use"))));

        assertThat(claims.identity().name()).contains("Alice Liddell");
        assertThat(claims.identity().preferredUsername()).contains(alice.username());
        assertThat(claims.identity().email()).isEmpty();
    }

    @Test
    void exchangeWhenProfileAndEmailWithoutOpenIdThenNoIdToken() {
        IssuedTokens tokens = exchanged(anUnredeemedCode().of(aRequest("profile email mcp:use")));

        assertThat(tokens.idToken()).isEmpty();
    }

    @Test
    void refreshWhenTheGrantHasOpenIdThenNewTokensButNoIdToken() {
        IssuedTokens first = exchanged(anUnredeemedCode().of(aRequest("openid profile mcp:use offline_access")));
        assertThat(first.idToken()).isPresent();
        clock.advance(Duration.ofMinutes(5));

        TokenOutcome outcome = refresh.refresh(new RefreshAccessToken.Command(new ClientCredentials.IdOnly(client.id()),
                first.refreshToken().orElseThrow(), Optional.empty(), Optional.empty()));

        assertThat(outcome).isInstanceOfSatisfying(TokenOutcome.Issued.class, issued -> {
            assertThat(issued.tokens().idToken()).isEmpty();
            assertThat(issued.tokens().scope().asString()).isEqualTo("openid profile mcp:use offline_access");
        });
        assertThat(idTokens.issued()).hasSize(1);
    }

    @Test
    void exchangeWhenCodeIsReplayedThenNoSecondIdToken() {
        IssuedCodeBuilder code = anUnredeemedCode().of(aRequest("openid mcp:use"));
        exchanged(code);
        AuthorizationCode replayed = code.code();

        TokenOutcome outcome = exchange.exchange(new ExchangeAuthorizationCode.Command(
                new ClientCredentials.IdOnly(client.id()), replayed, Optional.of(CALLBACK), CODE_VERIFIER,
                Optional.empty()));

        assertThat(outcome).isInstanceOf(TokenOutcome.Rejected.class);
        assertThat(idTokens.issued()).hasSize(1);
    }
}
