package dev.latchkey.application.token;

import static dev.latchkey.application.fixtures.Fixtures.aConfidentialClient;
import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.clientauth.ClientCredentials;
import dev.latchkey.application.fakes.CountingRandomTokens;
import dev.latchkey.application.fakes.FakeAccessTokens;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientSecret;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.TokenEndpointAuthMethod;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.error.OAuthErrorCode;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.token.AccessTokenClaims;
import dev.latchkey.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client credentials grant (RFC 6749 §4.4): only a confidential client registered for an organization
 * with server-to-server access gets a token, for itself ({@code sub} is the client, no grant, no role), for
 * one resource it was allowed (RFC 8707) and at most that resource's scopes; never a refresh token
 * (§4.4.3).
 */
final class IssueClientCredentialsTokenTest {

    private static final Issuer ISSUER = new Issuer("https://auth.example.com");
    private static final ClientSecret SECRET = new ClientSecret("the-service-secret-0123456789");
    private static final ResourceUri NOTES_URI = new ResourceUri("https://auth.example.com/mcp/notes");
    private static final ResourceUri FILES_URI = new ResourceUri("https://files.example.com/mcp");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final FakeAccessTokens accessTokens = new FakeAccessTokens();
    private final CountingRandomTokens random = new CountingRandomTokens();
    private final MutableClock clock = new MutableClock();
    private final IssueClientCredentialsToken issue = new IssueClientCredentialsToken(storage.clients(),
            storage.protectedResources(), accessTokens, random, ServerSettings.defaults(ISSUER), clock);

    private final Organization acme = anOrganization().build();
    private final ProtectedResource notes = aProtectedResource().named("notes").behindGateway()
            .withScopes("mcp:use notes:read notes:write").build();
    private final ProtectedResource files = aProtectedResource().named("files").at(FILES_URI.value()).build();

    @BeforeEach
    void storeTheOrganizationAndTwoResources() {
        storage.organizations().add(acme);
        storage.protectedResources().add(notes);
        storage.protectedResources().add(files);
    }

    /** A stored confidential client of acme for client_credentials, allowed {@code allowed}. */
    private Client storedService(ProtectedResource... allowed) {
        Client service = aConfidentialClient().withSecret(TokenEndpointAuthMethod.CLIENT_SECRET_POST, SECRET)
                .ownedBy(acme, allowed).withGrantTypes(GrantType.CLIENT_CREDENTIALS).withRedirect().build();
        storage.clients().add(service);
        return service;
    }

    private static IssueClientCredentialsToken.Command request(Client client, Optional<String> scope,
            Optional<ResourceUri> resource) {
        return new IssueClientCredentialsToken.Command(new ClientCredentials.Post(client.id(), SECRET),
                scope.map(ScopeSet::parse), resource);
    }

    private IssuedTokens issued(IssueClientCredentialsToken.Command command) {
        TokenOutcome outcome = issue.issue(command);
        assertThat(outcome).isInstanceOf(TokenOutcome.Issued.class);
        return ((TokenOutcome.Issued) outcome).tokens();
    }

    private OAuthError rejected(IssueClientCredentialsToken.Command command) {
        TokenOutcome outcome = issue.issue(command);
        assertThat(outcome).isInstanceOf(TokenOutcome.Rejected.class);
        assertThat(accessTokens.issued()).as("no token is issued when refused").isEmpty();
        return ((TokenOutcome.Rejected) outcome).error();
    }

    @Test
    void issueWhenAConfidentialClientOfAnOrganizationAsksForAnAllowedResourceThenATokenForItself() {
        Client service = storedService(notes);
        Instant now = clock.advance(Duration.ofMillis(1_500));

        IssuedTokens tokens = issued(request(service, Optional.empty(), Optional.of(NOTES_URI)));

        AccessTokenClaims claims = accessTokens.claimsOf(tokens.accessToken()).orElseThrow();
        assertThat(claims.isClientCredentials()).isTrue();
        assertThat(claims.issuer()).isEqualTo(ISSUER);
        assertThat(claims.subject()).isEqualTo(new UserId(service.id().value()));
        assertThat(claims.clientId()).isEqualTo(service.id());
        assertThat(claims.orgId()).isEqualTo(acme.id());
        assertThat(claims.orgRole()).isEmpty();
        assertThat(claims.grantId()).isEmpty();
        assertThat(claims.audience()).isEqualTo(NOTES_URI);
        assertThat(claims.jwtId()).isEqualTo(random.lastId());
        // The signed iat and exp have whole seconds, as the JWT will carry them.
        assertThat(claims.issuedAt()).isEqualTo(now.minusMillis(500));
        assertThat(claims.expiresAt()).isEqualTo(now.minusMillis(500).plus(Duration.ofHours(1)));
        assertThat(tokens.expiresIn()).isEqualTo(Duration.ofHours(1));
        assertThat(tokens.audience()).isEqualTo(NOTES_URI);
    }

    @Test
    void issueWhenNoScopeIsSentThenTheTokenHasMcpUseOnly() {
        Client service = storedService(notes);

        IssuedTokens tokens = issued(request(service, Optional.empty(), Optional.of(NOTES_URI)));

        assertThat(tokens.scope()).isEqualTo(ScopeSet.parse("mcp:use"));
        assertThat(accessTokens.lastIssued().scope()).isEqualTo(ScopeSet.parse("mcp:use"));
    }

    @Test
    void issueWhenScopesOfTheResourceAreSentThenTheTokenHasThem() {
        Client service = storedService(notes);

        IssuedTokens tokens = issued(request(service, Optional.of("mcp:use notes:read"), Optional.of(NOTES_URI)));

        assertThat(tokens.scope()).isEqualTo(ScopeSet.parse("mcp:use notes:read"));
        assertThat(accessTokens.lastIssued().scope()).isEqualTo(ScopeSet.parse("mcp:use notes:read"));
    }

    @Test
    void issueWhenIssuedThenNoRefreshTokenIsIncluded() {
        // RFC 6749 §4.4.3: "A refresh token SHOULD NOT be included."
        Client service = storedService(notes);

        assertThat(issued(request(service, Optional.empty(), Optional.of(NOTES_URI))).refreshToken()).isEmpty();
        assertThat(storage.grants().ofOrganization(acme.id())).as("no grant is created").isEmpty();
    }

    @Test
    void issueWhenTheClientAuthenticatesWithHttpBasicThenIssuedToo() {
        Client service = storedService(notes);

        issued(new IssueClientCredentialsToken.Command(new ClientCredentials.Basic(service.id(), SECRET),
                Optional.empty(), Optional.of(NOTES_URI)));
    }

    // RFC 8707 §2: the resource. Left out, it is the client's only allowed resource.

    @Test
    void issueWhenTheResourceIsLeftOutAndTheClientIsAllowedExactlyOneThenTheTokenIsForThatOne() {
        Client service = storedService(files);

        IssuedTokens tokens = issued(request(service, Optional.empty(), Optional.empty()));

        assertThat(tokens.audience()).isEqualTo(FILES_URI);
        assertThat(accessTokens.lastIssued().audience()).isEqualTo(FILES_URI);
    }

    @Test
    void issueWhenTheResourceIsLeftOutAndTheClientIsAllowedSeveralThenInvalidTarget() {
        Client service = storedService(notes, files);

        OAuthError error = rejected(request(service, Optional.empty(), Optional.empty()));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_TARGET);
        assertThat(error.description()).contains("send resource");
    }

    @Test
    void issueWhenTheResourceIsNotAllowedToTheClientThenInvalidTarget() {
        Client service = storedService(notes);

        OAuthError error = rejected(request(service, Optional.empty(), Optional.of(FILES_URI)));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_TARGET);
        assertThat(error.description()).contains(FILES_URI.value());
    }

    @Test
    void issueWhenTheResourceIsUnknownThenInvalidTarget() {
        Client service = storedService(notes);

        assertThat(rejected(request(service, Optional.empty(),
                Optional.of(new ResourceUri("https://elsewhere.example.com/mcp")))).code())
                .isEqualTo(OAuthErrorCode.INVALID_TARGET);
    }

    @Test
    void issueWhenTheOnlyAllowedResourceWasRemovedThenInvalidTarget() {
        Client service = storedService(notes);
        storage.protectedResources().remove(notes.name());

        assertThat(rejected(request(service, Optional.empty(), Optional.empty())).code())
                .isEqualTo(OAuthErrorCode.INVALID_TARGET);
    }

    // RFC 6749 §4.4.2 and §5.2: invalid_scope for a scope beyond what the resource understands.

    @Test
    void issueWhenAScopeIsNotOneOfTheResourcesThenInvalidScopeNamingIt() {
        Client service = storedService(notes);

        OAuthError error = rejected(request(service, Optional.of("mcp:use files:read"), Optional.of(NOTES_URI)));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_SCOPE);
        assertThat(error.description()).contains("files:read");
    }

    @Test
    void issueWhenOfflineAccessIsAskedForThenInvalidScopeSinceNoRefreshTokenIsIssued() {
        Client service = storedService(notes);

        assertThat(rejected(request(service, Optional.of("mcp:use offline_access"), Optional.of(NOTES_URI))).code())
                .isEqualTo(OAuthErrorCode.INVALID_SCOPE);
    }

    // RFC 6749 §4.4: "MUST only be used by confidential clients"; and §5.2 unauthorized_client.

    @Test
    void issueWhenTheClientIsPublicThenUnauthorizedClient() {
        Client app = aPublicClient().ownedBy(acme, notes).build();
        storage.clients().add(app);

        TokenOutcome outcome = issue.issue(new IssueClientCredentialsToken.Command(
                new ClientCredentials.IdOnly(app.id()), Optional.empty(), Optional.of(NOTES_URI)));

        assertThat(outcome).isInstanceOfSatisfying(TokenOutcome.Rejected.class, rejected -> assertThat(
                rejected.error().code()).isEqualTo(OAuthErrorCode.UNAUTHORIZED_CLIENT));
        assertThat(accessTokens.issued()).isEmpty();
    }

    @Test
    void issueWhenAConfidentialClientBelongsToNoOrganizationThenUnauthorizedClient() {
        Client unowned = aConfidentialClient().withSecret(TokenEndpointAuthMethod.CLIENT_SECRET_POST, SECRET).build();
        storage.clients().add(unowned);

        assertThat(rejected(request(unowned, Optional.empty(), Optional.of(NOTES_URI))).code())
                .isEqualTo(OAuthErrorCode.UNAUTHORIZED_CLIENT);
    }

    @Test
    void issueWhenAClientOfAnOrganizationIsNotRegisteredForClientCredentialsThenUnauthorizedClient() {
        Client userSignInOnly = aConfidentialClient().withSecret(TokenEndpointAuthMethod.CLIENT_SECRET_POST, SECRET)
                .ownedBy(acme, notes).withGrantTypes(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN).build();
        storage.clients().add(userSignInOnly);

        OAuthError error = rejected(request(userSignInOnly, Optional.empty(), Optional.of(NOTES_URI)));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.UNAUTHORIZED_CLIENT);
        assertThat(error.description()).contains("server-to-server");
    }

    // RFC 6749 §5.2: invalid_client when authentication fails.

    @Test
    void issueWhenTheSecretIsWrongThenInvalidClient() {
        Client service = storedService(notes);

        assertThat(rejected(new IssueClientCredentialsToken.Command(new ClientCredentials.Post(service.id(),
                new ClientSecret("a-wrong-secret-0123456789")), Optional.empty(), Optional.of(NOTES_URI))).code())
                .isEqualTo(OAuthErrorCode.INVALID_CLIENT);
    }

    @Test
    void issueWhenTheClientIsUnknownThenInvalidClient() {
        Client neverStored = aConfidentialClient().withSecret(TokenEndpointAuthMethod.CLIENT_SECRET_POST, SECRET)
                .ownedBy(acme, notes).withGrantTypes(GrantType.CLIENT_CREDENTIALS).build();

        assertThat(rejected(request(neverStored, Optional.empty(), Optional.of(NOTES_URI))).code())
                .isEqualTo(OAuthErrorCode.INVALID_CLIENT);
    }

    @Test
    void issueWhenTheClientWasDeletedThenInvalidClient() {
        Client service = storedService(notes);
        storage.clients().remove(service.id());

        assertThat(rejected(request(service, Optional.empty(), Optional.of(NOTES_URI))).code())
                .isEqualTo(OAuthErrorCode.INVALID_CLIENT);
    }
}
