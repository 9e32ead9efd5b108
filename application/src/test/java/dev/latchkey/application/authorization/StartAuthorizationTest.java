package dev.latchkey.application.authorization;

import static dev.latchkey.application.fixtures.Fixtures.CODE_CHALLENGE;
import static dev.latchkey.application.fixtures.Fixtures.aConfidentialClient;
import static dev.latchkey.application.fixtures.Fixtures.aMetadataDocument;
import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.anUpstream;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.client.MetadataDocumentClients;
import dev.latchkey.application.fakes.CountingRandomTokens;
import dev.latchkey.application.fakes.FakeClientMetadataDocuments;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.fixtures.RealClients;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.authorization.AuthorizationRequest;
import dev.latchkey.domain.authorization.AuthorizationResponse;
import dev.latchkey.domain.authorization.PendingAuthorization;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientSecret;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.client.TokenEndpointAuthMethod;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.error.OAuthErrorCode;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validating an authorization request (RFC 6749 §4.1.1) in the order RFC 6749 §4.1.2.1 prescribes, with
 * PKCE (RFC 7636, S256 only), resource indicators (RFC 8707) and {@code iss} on every redirect (RFC 9207).
 * An external resource is named by its stored URL, a gateway resource by {@code {issuer}/mcp/NAME}.
 */
final class StartAuthorizationTest {

    private static final Issuer ISSUER = new Issuer("https://auth.example.com");
    private static final String CALLBACK = "https://app.example.com/callback";
    private static final String STATE = "af0ifjsldkj";

    private final InMemoryStorage storage = new InMemoryStorage();
    private final CountingRandomTokens random = new CountingRandomTokens();
    private final MutableClock clock = new MutableClock();
    private final FakeClientMetadataDocuments documents = new FakeClientMetadataDocuments();
    private ServerSettings settings = ServerSettings.defaults(ISSUER);

    private Client client;
    private ProtectedResource resource;

    @BeforeEach
    void storeClientAndResource() {
        client = aPublicClient().withRedirect(CALLBACK).build();
        storage.clients().add(client);
        resource = aProtectedResource().at("https://mcp.example.com/mcp").build();
        storage.protectedResources().add(resource);
    }

    private StartAuthorization startAuthorization() {
        return new StartAuthorization(storage.clients(), storage.protectedResources(),
                storage.pendingAuthorizations(), random, settings, clock);
    }

    /** A request's parameters, valid by default; tests change what they are about. */
    private static final class Request {
        private Optional<String> clientId;
        private Optional<String> redirectUri = Optional.of(CALLBACK);
        private Optional<String> responseType = Optional.of("code");
        private Optional<String> scope = Optional.of("mcp:use");
        private Optional<String> state = Optional.of(STATE);
        private Optional<String> codeChallenge = Optional.of(CODE_CHALLENGE.value());
        private Optional<String> codeChallengeMethod = Optional.of("S256");
        private Optional<String> resource = Optional.of("https://mcp.example.com/mcp");
        private Optional<String> nonce = Optional.empty();
        private final Set<String> repeated = new HashSet<>();

        Request(String clientId) {
            this.clientId = Optional.of(clientId);
        }

        Request clientId(Optional<String> value) {
            clientId = value;
            return this;
        }

        Request redirectUri(Optional<String> value) {
            redirectUri = value;
            return this;
        }

        Request responseType(Optional<String> value) {
            responseType = value;
            return this;
        }

        Request scope(Optional<String> value) {
            scope = value;
            return this;
        }

        Request state(Optional<String> value) {
            state = value;
            return this;
        }

        Request codeChallenge(Optional<String> value) {
            codeChallenge = value;
            return this;
        }

        Request codeChallengeMethod(Optional<String> value) {
            codeChallengeMethod = value;
            return this;
        }

        Request resource(Optional<String> value) {
            resource = value;
            return this;
        }

        Request nonce(Optional<String> value) {
            nonce = value;
            return this;
        }

        Request repeated(String name) {
            repeated.add(name);
            return this;
        }

        StartAuthorization.Command command() {
            return new StartAuthorization.Command(clientId, redirectUri, responseType, scope, state, codeChallenge,
                    codeChallengeMethod, resource, repeated, nonce);
        }
    }

    private Request aRequest() {
        return new Request(client.id().value());
    }

    private StartAuthorization.Result start(Request request) {
        return startAuthorization().start(request.command());
    }

    private StartAuthorization.Started started(Request request) {
        StartAuthorization.Result result = start(request);
        assertThat(result).isInstanceOf(StartAuthorization.Started.class);
        return (StartAuthorization.Started) result;
    }

    private OAuthError refused(Request request) {
        StartAuthorization.Result result = start(request);
        assertThat(result).isInstanceOf(StartAuthorization.Refused.class);
        return ((StartAuthorization.Refused) result).error();
    }

    private AuthorizationResponse redirectError(Request request) {
        StartAuthorization.Result result = start(request);
        assertThat(result).isInstanceOf(StartAuthorization.RedirectError.class);
        return ((StartAuthorization.RedirectError) result).response();
    }

    private static String errorOf(AuthorizationResponse response) {
        return response.parameters().get("error");
    }

    @Test
    void startWhenRequestIsValidThenStarted() {
        StartAuthorization.Started started = started(aRequest());

        AuthorizationRequest request = started.request();
        assertThat(started.client()).isEqualTo(client);
        assertThat(request.clientId()).isEqualTo(client.id());
        assertThat(request.redirectUri()).isEqualTo(new RedirectUri(CALLBACK));
        assertThat(request.redirectUriGiven()).isTrue();
        assertThat(request.scope()).isEqualTo(ScopeSet.parse("mcp:use"));
        assertThat(request.state()).contains(STATE);
        assertThat(request.codeChallenge()).isEqualTo(CODE_CHALLENGE);
        assertThat(request.resource()).isEqualTo(resource.uri(ISSUER));
    }

    // ADR 0005: the validated request stays on the server under a random handle, for 15 minutes.

    @Test
    void startWhenStartedThenRequestIsStoredByHandleHashWithAnExpiry() {
        StartAuthorization.Started started = started(aRequest());

        PendingAuthorization pending = storage.pendingAuthorizations().find(started.handle().hash()).orElseThrow();
        assertThat(started.handle().value()).isEqualTo(random.lastSecret());
        assertThat(pending.request()).isEqualTo(started.request());
        assertThat(pending.createdAt()).isEqualTo(clock.instant());
        assertThat(pending.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
    }

    @Test
    void startWhenOlderPendingRequestsExpiredThenTheyAreRemoved() {
        StartAuthorization.Started first = started(aRequest());
        clock.advance(Duration.ofMinutes(16));

        started(aRequest());

        assertThat(storage.pendingAuthorizations().find(first.handle().hash())).isEmpty();
    }

    // RFC 6749 §4.1.2.1: a missing or invalid client identifier is shown to the user, never redirected.

    @Test
    void startWhenClientIdMissingThenRefusedWithInvalidRequest() {
        assertThat(refused(aRequest().clientId(Optional.empty())).code()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
    }

    @Test
    void startWhenClientIdEmptyThenRefusedWithInvalidRequest() {
        assertThat(refused(aRequest().clientId(Optional.of(""))).code()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
    }

    @Test
    void startWhenClientIdUnknownThenRefusedWithInvalidClient() {
        assertThat(refused(aRequest().clientId(Optional.of("no-such-client"))).code())
                .isEqualTo(OAuthErrorCode.INVALID_CLIENT);
    }

    @Test
    void startWhenClientIdMalformedThenRefusedWithInvalidClient() {
        assertThat(refused(aRequest().clientId(Optional.of("caf\u00e9"))).code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT);
    }

    @Test
    void startWhenClientIdRepeatedThenRefused() {
        assertThat(refused(aRequest().repeated("client_id")).code()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
    }

    @Test
    void startWhenClientUnknownAndEverythingElseWrongThenRefusedNotRedirected() {
        OAuthError error = refused(aRequest().clientId(Optional.of("no-such-client"))
                .responseType(Optional.empty()).codeChallenge(Optional.empty()).repeated("scope"));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT);
    }

    // RFC 6749 §4.1.2.1: "MUST NOT automatically redirect the user-agent to the invalid redirection URI".

    @Test
    void startWhenRedirectUriNotRegisteredThenRefusedNamingTheRegisteredOnes() {
        OAuthError error = refused(aRequest().redirectUri(Optional.of("https://evil.example.com/callback")));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
        assertThat(error.description()).contains("https://evil.example.com/callback").contains(CALLBACK);
    }

    @Test
    void startWhenRedirectUriMalformedThenRefused() {
        assertThat(refused(aRequest().redirectUri(Optional.of("https://app.example.com/callback#frag"))).code())
                .isEqualTo(OAuthErrorCode.INVALID_REQUEST);
    }

    @Test
    void startWhenRedirectUriRepeatedThenRefused() {
        assertThat(refused(aRequest().repeated("redirect_uri")).code()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
    }

    @Test
    void startWhenRedirectUriUnregisteredAndPkceMissingThenRefusedNotRedirected() {
        OAuthError error = refused(aRequest().redirectUri(Optional.of("https://evil.example.com/callback"))
                .codeChallenge(Optional.empty()).responseType(Optional.of("token")));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
        assertThat(error.description()).contains("not registered");
    }

    @Test
    void startWhenRedirectUriDiffersOnlyByTrailingSlashThenRefused() {
        assertThat(refused(aRequest().redirectUri(Optional.of(CALLBACK + "/"))).code())
                .isEqualTo(OAuthErrorCode.INVALID_REQUEST);
    }

    // RFC 8252 §7.3: "MUST allow any port to be specified at the time of the request for loopback IP
    // redirect URIs".

    @Test
    void startWhenLoopbackRedirectUsesAnotherPortThenStartedWithTheRequestedPort() {
        Client nativeApp = aPublicClient().withRedirect("http://127.0.0.1:33418/callback").build();
        storage.clients().add(nativeApp);

        StartAuthorization.Started started = started(new Request(nativeApp.id().value())
                .redirectUri(Optional.of("http://127.0.0.1:51004/callback")));

        assertThat(started.request().redirectUri()).isEqualTo(new RedirectUri("http://127.0.0.1:51004/callback"));
    }

    @Test
    void startWhenLoopbackRedirectUsesAnotherPathThenRefused() {
        Client nativeApp = aPublicClient().withRedirect("http://127.0.0.1:33418/callback").build();
        storage.clients().add(nativeApp);

        assertThat(refused(new Request(nativeApp.id().value())
                .redirectUri(Optional.of("http://127.0.0.1:51004/other"))).code())
                .isEqualTo(OAuthErrorCode.INVALID_REQUEST);
    }

    // RFC 6749 §3.1.2.3: redirect_uri may be omitted when exactly one was registered.

    @Test
    void startWhenRedirectUriMissingAndOneRegisteredThenItIsUsed() {
        StartAuthorization.Started started = started(aRequest().redirectUri(Optional.empty()));

        assertThat(started.request().redirectUri()).isEqualTo(new RedirectUri(CALLBACK));
        assertThat(started.request().redirectUriGiven()).isFalse();
    }

    @Test
    void startWhenRedirectUriMissingAndSeveralRegisteredThenRefused() {
        Client several = aPublicClient().withRedirect(CALLBACK, "https://app.example.com/other").build();
        storage.clients().add(several);

        assertThat(refused(new Request(several.id().value()).redirectUri(Optional.empty())).code())
                .isEqualTo(OAuthErrorCode.INVALID_REQUEST);
    }

    @Test
    void startWhenRedirectUriMissingAndTheOneRegisteredIsLoopbackThenRefused() {
        Client nativeApp = aPublicClient().withRedirect("http://127.0.0.1:33418/callback").build();
        storage.clients().add(nativeApp);

        assertThat(refused(new Request(nativeApp.id().value()).redirectUri(Optional.empty())).code())
                .isEqualTo(OAuthErrorCode.INVALID_REQUEST);
    }

    // RFC 6749 §3.1: "Request and response parameters MUST NOT be included more than once."

    @Test
    void startWhenAParameterIsRepeatedThenRedirectErrorNamingIt() {
        AuthorizationResponse response = redirectError(aRequest().repeated("scope").repeated("code_challenge"));

        assertThat(errorOf(response)).isEqualTo("invalid_request");
        assertThat(response.parameters().get("error_description")).contains("code_challenge, scope");
    }

    @Test
    void startWhenStateIsRepeatedThenRedirectErrorWithoutState() {
        AuthorizationResponse response = redirectError(aRequest().repeated("state"));

        assertThat(errorOf(response)).isEqualTo("invalid_request");
        assertThat(response.parameters()).doesNotContainKey("state").containsEntry("iss", ISSUER.value());
    }

    // RFC 6749 §4.1.1: response_type is REQUIRED and must be code (OAuth 2.1 §4.1.1).

    @Test
    void startWhenResponseTypeMissingThenRedirectErrorInvalidRequest() {
        assertThat(errorOf(redirectError(aRequest().responseType(Optional.empty())))).isEqualTo("invalid_request");
    }

    @Test
    void startWhenResponseTypeIsTokenThenRedirectErrorUnsupportedResponseType() {
        assertThat(errorOf(redirectError(aRequest().responseType(Optional.of("token")))))
                .isEqualTo("unsupported_response_type");
    }

    @Test
    void startWhenClientNotRegisteredForAuthorizationCodeThenRedirectErrorUnauthorizedClient() {
        // Only a client of an organization may use client_credentials (RFC 6749 §4.4).
        Client machine = aConfidentialClient().withRedirect(CALLBACK).ownedBy(new OrgId("org-1"), resource.name())
                .withSecret(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC, new ClientSecret("machine-secret-0123456789"))
                .withGrantTypes(GrantType.CLIENT_CREDENTIALS).build();
        storage.clients().add(machine);

        assertThat(errorOf(redirectError(new Request(machine.id().value())))).isEqualTo("unauthorized_client");
    }

    // RFC 7636 §4.4.1 and OAuth 2.1 §4.1.1: PKCE is required, and Latchkey supports S256 only.

    @Test
    void startWhenCodeChallengeMissingThenRedirectErrorInvalidRequest() {
        AuthorizationResponse response = redirectError(aRequest().codeChallenge(Optional.empty()));

        assertThat(errorOf(response)).isEqualTo("invalid_request");
        assertThat(response.parameters().get("error_description")).contains("PKCE");
    }

    @Test
    void startWhenCodeChallengeMethodIsPlainThenRedirectErrorInvalidRequest() {
        assertThat(errorOf(redirectError(aRequest().codeChallengeMethod(Optional.of("plain")))))
                .isEqualTo("invalid_request");
    }

    // RFC 7636 §4.3: code_challenge_method "Defaults to plain if not present in the request".

    @Test
    void startWhenCodeChallengeMethodMissingThenRedirectErrorSayingPlainIsTheDefault() {
        AuthorizationResponse response = redirectError(aRequest().codeChallengeMethod(Optional.empty()));

        assertThat(errorOf(response)).isEqualTo("invalid_request");
        assertThat(response.parameters().get("error_description")).contains("plain").contains("default");
    }

    @Test
    void startWhenCodeChallengeMalformedThenRedirectErrorInvalidRequest() {
        assertThat(errorOf(redirectError(aRequest().codeChallenge(Optional.of("too-short")))))
                .isEqualTo("invalid_request");
    }

    // RFC 8707 §2: invalid_target for an unknown or malformed resource.

    @Test
    void startWhenResourceUnknownThenRedirectErrorInvalidTarget() {
        AuthorizationResponse response = redirectError(aRequest().resource(Optional.of("https://other.example.com/mcp")));

        assertThat(errorOf(response)).isEqualTo("invalid_target");
        assertThat(response.parameters().get("error_description")).contains("https://mcp.example.com/mcp");
    }

    // A client registered in Settings for an organization may be used only for the resources it was allowed.

    @Test
    void startWhenAClientOfAnOrganizationAsksForAResourceItIsAllowedThenStarted() {
        Client owned = aPublicClient().withRedirect(CALLBACK).ownedBy(new OrgId("org-1"), resource.name()).build();
        storage.clients().add(owned);

        StartAuthorization.Started started = started(new Request(owned.id().value()));

        assertThat(started.request().resource()).isEqualTo(resource.uri(ISSUER));
    }

    @Test
    void startWhenAClientOfAnOrganizationAsksForAResourceItIsNotAllowedThenRedirectErrorInvalidTarget() {
        ProtectedResource files = aProtectedResource().named("files").at("https://files.example.com/mcp").build();
        storage.protectedResources().add(files);
        Client owned = aPublicClient().withRedirect(CALLBACK).ownedBy(new OrgId("org-1"), files.name()).build();
        storage.clients().add(owned);

        AuthorizationResponse response = redirectError(new Request(owned.id().value()));

        assertThat(errorOf(response)).isEqualTo("invalid_target");
        assertThat(response.parameters().get("error_description")).contains("not allowed the resource")
                .contains(resource.name().value());
        assertThat(response.parameters().get("state")).isEqualTo(STATE);
    }

    @Test
    void startWhenAClientOfAnOrganizationLeavesOutTheResourceAndTheOnlyOneIsNotAllowedThenInvalidTarget() {
        Client owned = aPublicClient().withRedirect(CALLBACK).ownedBy(new OrgId("org-1")).build();
        storage.clients().add(owned);

        assertThat(errorOf(redirectError(new Request(owned.id().value()).resource(Optional.empty()))))
                .isEqualTo("invalid_target");
    }

    @Test
    void startWhenResourceHasAFragmentThenRedirectErrorInvalidTarget() {
        assertThat(errorOf(redirectError(aRequest().resource(Optional.of("https://mcp.example.com/mcp#x")))))
                .isEqualTo("invalid_target");
    }

    @Test
    void startWhenResourceIsNotAUrlThenRedirectErrorInvalidTarget() {
        assertThat(errorOf(redirectError(aRequest().resource(Optional.of("urn:example:mcp")))))
                .isEqualTo("invalid_target");
    }

    @Test
    void startWhenSeveralResourcesSentThenRedirectErrorInvalidTarget() {
        assertThat(errorOf(redirectError(aRequest().repeated("resource")))).isEqualTo("invalid_target");
    }

    @Test
    void startWhenResourceSpelledNonCanonicallyThenTheCanonicalResourceIsUsed() {
        StartAuthorization.Started started = started(aRequest()
                .resource(Optional.of("HTTPS://MCP.Example.com:443/mcp/")));

        assertThat(started.request().resource()).isEqualTo(resource.uri(ISSUER));
    }

    @Test
    void startWhenResourceAbsentAndOneResourceProtectedThenItIsUsed() {
        StartAuthorization.Started started = started(aRequest().resource(Optional.empty()));

        assertThat(started.request().resource()).isEqualTo(resource.uri(ISSUER));
    }

    @Test
    void startWhenResourceAbsentAndSeveralProtectedThenRedirectErrorInvalidTarget() {
        storage.protectedResources().add(aProtectedResource().at("https://files.example.com/mcp").build());

        AuthorizationResponse response = redirectError(aRequest().resource(Optional.empty()));

        assertThat(errorOf(response)).isEqualTo("invalid_target");
        assertThat(response.parameters().get("error_description"))
                .contains("https://mcp.example.com/mcp").contains("https://files.example.com/mcp");
    }

    @Test
    void startWhenResourceAbsentAndSeveralProtectedWithADefaultConfiguredThenTheDefaultIsUsed() {
        ProtectedResource files = aProtectedResource().at("https://files.example.com/mcp").build();
        storage.protectedResources().add(files);
        settings = settings.withDefaultResource(Optional.of(files.uri(ISSUER)));

        StartAuthorization.Started started = started(aRequest().resource(Optional.empty()));

        assertThat(started.request().resource()).isEqualTo(files.uri(ISSUER));
    }

    // A gateway resource is reached at {issuer}/mcp/NAME, derived from the issuer; an external one at the URL
    // stored for it.

    @Test
    void startWhenResourceIsAGatewayResourceThenResolvedByIssuerMcpAndName() {
        ProtectedResource notes = storedGatewayResource("notes");

        StartAuthorization.Started started = started(aRequest()
                .resource(Optional.of("https://auth.example.com/mcp/notes")));

        assertThat(started.request().resource()).isEqualTo(new ResourceUri("https://auth.example.com/mcp/notes"))
                .isEqualTo(notes.uri(ISSUER));
    }

    @Test
    void startWhenGatewayResourceSpelledNonCanonicallyThenTheCanonicalUriIsUsed() {
        storedGatewayResource("notes");

        StartAuthorization.Started started = started(aRequest()
                .resource(Optional.of("HTTPS://Auth.Example.com:443/mcp/notes/")));

        assertThat(started.request().resource()).isEqualTo(new ResourceUri("https://auth.example.com/mcp/notes"));
    }

    @Test
    void startWhenIssuerHasAPathThenTheGatewayResourceIsUnderIt() {
        settings = ServerSettings.defaults(new Issuer("https://example.com/latchkey"));
        storedGatewayResource("notes");

        StartAuthorization.Started started = started(aRequest()
                .resource(Optional.of("https://example.com/latchkey/mcp/notes")));

        assertThat(started.request().resource())
                .isEqualTo(new ResourceUri("https://example.com/latchkey/mcp/notes"));
    }

    @Test
    void startWhenIssuerSpellsItsDefaultPortThenTheGatewayResourceIsStillFound() {
        settings = ServerSettings.defaults(new Issuer("https://auth.example.com:443"));
        storedGatewayResource("notes");

        StartAuthorization.Started started = started(aRequest()
                .resource(Optional.of("https://auth.example.com/mcp/notes")));

        assertThat(started.request().resource()).isEqualTo(new ResourceUri("https://auth.example.com/mcp/notes"));
    }

    @Test
    void startWhenGatewayNameIsUnknownThenRedirectErrorInvalidTargetListingTheKnownOnes() {
        storedGatewayResource("notes");

        AuthorizationResponse response = redirectError(aRequest()
                .resource(Optional.of("https://auth.example.com/mcp/wiki")));

        assertThat(errorOf(response)).isEqualTo("invalid_target");
        assertThat(response.parameters().get("error_description")).contains("https://auth.example.com/mcp/notes")
                .contains("https://mcp.example.com/mcp");
    }

    @Test
    void startWhenResourceIsTheUpstreamOfAGatewayResourceThenRedirectErrorInvalidTarget() {
        // Clients never talk to the upstream: its URL is not a resource of this server.
        storage.protectedResources().add(aProtectedResource().named("notes")
                .behindGateway(anUpstream().at("https://notes.internal/mcp").build()).build());

        assertThat(errorOf(redirectError(aRequest().resource(Optional.of("https://notes.internal/mcp")))))
                .isEqualTo("invalid_target");
    }

    @Test
    void startWhenTheGatewayPathNamesAnExternalResourceThenRedirectErrorInvalidTarget() {
        ProtectedResource external = aProtectedResource().named("wiki").at("https://wiki.example.com/mcp").build();
        storage.protectedResources().add(external);

        assertThat(errorOf(redirectError(aRequest().resource(Optional.of("https://auth.example.com/mcp/wiki")))))
                .isEqualTo("invalid_target");
        assertThat(started(aRequest().resource(Optional.of("https://wiki.example.com/mcp"))).request().resource())
                .isEqualTo(new ResourceUri("https://wiki.example.com/mcp"));
    }

    @Test
    void startWhenResourceAbsentAndOnlyAGatewayResourceThenItsGatewayUriIsUsed() {
        InMemoryStorage gatewayOnly = new InMemoryStorage();
        gatewayOnly.clients().add(client);
        gatewayOnly.protectedResources().add(aProtectedResource().named("notes").behindGateway().build());
        StartAuthorization start = new StartAuthorization(gatewayOnly.clients(), gatewayOnly.protectedResources(),
                gatewayOnly.pendingAuthorizations(), random, settings, clock);

        StartAuthorization.Result result = start.start(aRequest().resource(Optional.empty()).command());

        assertThat(result).isInstanceOfSatisfying(StartAuthorization.Started.class, started ->
                assertThat(started.request().resource()).isEqualTo(new ResourceUri("https://auth.example.com/mcp/notes")));
    }

    @Test
    void startWhenResourceAbsentAndTheDefaultIsAGatewayResourceThenItIsUsed() {
        storedGatewayResource("notes");
        settings = settings.withDefaultResource(Optional.of(new ResourceUri("https://auth.example.com/mcp/notes")));

        StartAuthorization.Started started = started(aRequest().resource(Optional.empty()));

        assertThat(started.request().resource()).isEqualTo(new ResourceUri("https://auth.example.com/mcp/notes"));
    }

    @Test
    void startWhenTheGatewayResourceUnderstandsMoreScopesThenOnlyItsScopesAreGranted() {
        storage.protectedResources().add(aProtectedResource().named("notes").behindGateway()
                .withScopes("mcp:use notes:read").build());

        AuthorizationRequest request = started(aRequest().resource(Optional.of("https://auth.example.com/mcp/notes"))
                .scope(Optional.of("mcp:use notes:read files:read"))).request();

        assertThat(request.scope()).isEqualTo(ScopeSet.parse("mcp:use notes:read"));
        assertThat(request.ignoredScopes()).isEqualTo(ScopeSet.parse("files:read"));
    }

    private ProtectedResource storedGatewayResource(String name) {
        ProtectedResource gateway = aProtectedResource().named(name).behindGateway().build();
        storage.protectedResources().add(gateway);
        return gateway;
    }

    @Test
    void startWhenNoResourceIsProtectedThenRedirectErrorInvalidTarget() {
        InMemoryStorage empty = new InMemoryStorage();
        empty.clients().add(client);
        StartAuthorization start = new StartAuthorization(empty.clients(), empty.protectedResources(),
                empty.pendingAuthorizations(), random, settings, clock);

        StartAuthorization.Result result = start.start(aRequest().resource(Optional.empty()).command());

        assertThat(result).isInstanceOfSatisfying(StartAuthorization.RedirectError.class,
                error -> assertThat(errorOf(error.response())).isEqualTo("invalid_target"));
    }

    // RFC 6749 §3.3: the server "MAY fully or partially ignore the scope requested".

    @Test
    void startWhenUnknownScopesRequestedThenDroppedAndReportedAsIgnored() {
        AuthorizationRequest request = started(aRequest().scope(Optional.of("mcp:use admin:all phone"))).request();

        assertThat(request.scope()).isEqualTo(ScopeSet.parse("mcp:use"));
        assertThat(request.ignoredScopes()).isEqualTo(ScopeSet.parse("admin:all phone"));
    }

    @Test
    void startWhenScopeAbsentThenMcpUseByDefault() {
        AuthorizationRequest request = started(aRequest().scope(Optional.empty())).request();

        assertThat(request.scope()).isEqualTo(ScopeSet.parse("mcp:use"));
        assertThat(request.ignoredScopes()).isEqualTo(ScopeSet.empty());
    }

    @Test
    void startWhenOnlyUnknownScopesRequestedThenMcpUseByDefault() {
        AuthorizationRequest request = started(aRequest().scope(Optional.of("phone address"))).request();

        assertThat(request.scope()).isEqualTo(ScopeSet.parse("mcp:use"));
        assertThat(request.ignoredScopes()).isEqualTo(ScopeSet.parse("phone address"));
    }

    // OpenID Connect Core §3.1.2.1 and §5.4: openid, profile and email are known whatever the resource.

    @Test
    void startWhenOpenIdConnectScopesRequestedThenKeptBesideTheResourceScopes() {
        AuthorizationRequest request = started(aRequest().scope(Optional.of("openid profile email mcp:use")))
                .request();

        assertThat(request.scope()).isEqualTo(ScopeSet.parse("openid profile email mcp:use"));
        assertThat(request.ignoredScopes()).isEqualTo(ScopeSet.empty());
    }

    @Test
    void startWhenOnlyOpenIdConnectScopesRequestedThenTheResourceDefaultIsAddedFirst() {
        AuthorizationRequest request = started(aRequest().scope(Optional.of("openid email"))).request();

        assertThat(request.scope()).isEqualTo(ScopeSet.parse("mcp:use openid email"));
    }

    @Test
    void startWhenResourceHasItsOwnScopesThenOpenIdConnectScopesStillKnown() {
        ProtectedResource files = aProtectedResource().at("https://files.example.com/mcp").withScopes("files:read")
                .build();
        storage.protectedResources().add(files);

        AuthorizationRequest request = started(aRequest().resource(Optional.of("https://files.example.com/mcp"))
                .scope(Optional.of("openid files:read"))).request();

        assertThat(request.scope()).isEqualTo(ScopeSet.parse("openid files:read"));
    }

    @Test
    void startWhenNonceSentThenKeptUnmodifiedInThePendingRequest() {
        StartAuthorization.Started started = started(aRequest().scope(Optional.of("openid mcp:use"))
                .nonce(Optional.of("n-0S6_WzA2Mj")));

        assertThat(started.request().nonce()).contains("n-0S6_WzA2Mj");
        assertThat(storage.pendingAuthorizations().find(started.handle().hash()).orElseThrow().request().nonce())
                .contains("n-0S6_WzA2Mj");
    }

    @Test
    void startWhenNonceAbsentOrEmptyThenNone() {
        assertThat(started(aRequest()).request().nonce()).isEmpty();
        assertThat(started(aRequest().nonce(Optional.of(""))).request().nonce()).isEmpty();
    }

    @Test
    void startWhenNonceIsNotPrintableAsciiThenInvalidRequestToTheClientWithState() {
        AuthorizationResponse response = redirectError(aRequest().nonce(Optional.of("line\nbreak")));

        assertThat(errorOf(response)).isEqualTo("invalid_request");
        assertThat(response.parameters().get("error_description")).contains("nonce");
        assertThat(response.parameters()).containsEntry("state", STATE);
    }

    @Test
    void startWhenNonceTooLongThenInvalidRequest() {
        assertThat(errorOf(redirectError(aRequest().nonce(Optional.of("n".repeat(513)))))).isEqualTo("invalid_request");
        assertThat(started(aRequest().nonce(Optional.of("n".repeat(512)))).request().nonce()).isPresent();
    }

    @Test
    void startWhenNonceRepeatedThenInvalidRequest() {
        AuthorizationResponse response = redirectError(aRequest().nonce(Optional.of("n-1")).repeated("nonce"));

        assertThat(errorOf(response)).isEqualTo("invalid_request");
        assertThat(response.parameters().get("error_description")).contains("nonce");
    }

    @Test
    void startWhenOfflineAccessRequestedThenKept() {
        AuthorizationRequest request = started(aRequest().scope(Optional.of("mcp:use offline_access"))).request();

        assertThat(request.scope()).isEqualTo(ScopeSet.parse("mcp:use offline_access"));
    }

    @Test
    void startWhenOnlyOfflineAccessRequestedThenMcpUseIsAddedAndOfflineAccessKept() {
        AuthorizationRequest request = started(aRequest().scope(Optional.of("offline_access"))).request();

        assertThat(request.scope()).isEqualTo(ScopeSet.parse("mcp:use offline_access"));
    }

    @Test
    void startWhenAScopeOfTheResourceIsRequestedThenOnlyItIsGranted() {
        ProtectedResource files = aProtectedResource().at("https://files.example.com/mcp")
                .withScopes("mcp:use files:read").build();
        storage.protectedResources().add(files);

        AuthorizationRequest request = started(aRequest().resource(Optional.of(files.uri(ISSUER).value()))
                .scope(Optional.of("files:read"))).request();

        assertThat(request.scope()).isEqualTo(ScopeSet.parse("files:read"));
    }

    @Test
    void startWhenResourceLacksMcpUseAndNoScopeRequestedThenEveryScopeOfTheResource() {
        ProtectedResource files = aProtectedResource().at("https://files.example.com/mcp")
                .withScopes("files:read files:write").build();
        storage.protectedResources().add(files);

        AuthorizationRequest request = started(aRequest().resource(Optional.of(files.uri(ISSUER).value()))
                .scope(Optional.empty())).request();

        assertThat(request.scope()).isEqualTo(ScopeSet.parse("files:read files:write"));
    }

    @Test
    void startWhenScopeOfAnotherResourceRequestedThenItIsIgnored() {
        storage.protectedResources().add(aProtectedResource().at("https://files.example.com/mcp")
                .withScopes("files:read").build());

        AuthorizationRequest request = started(aRequest().scope(Optional.of("mcp:use files:read"))).request();

        assertThat(request.scope()).isEqualTo(ScopeSet.parse("mcp:use"));
        assertThat(request.ignoredScopes()).isEqualTo(ScopeSet.parse("files:read"));
    }

    // RFC 9207 §2: every authorization response carries iss; RFC 6749 §4.1.2.1: and the client's state.

    static Stream<Arguments> redirectErrors() {
        return Stream.of(
                Arguments.of("repeated parameter", (UnaryOperator<Request>) r -> r.repeated("scope")),
                Arguments.of("several resources", (UnaryOperator<Request>) r -> r.repeated("resource")),
                Arguments.of("no response_type", (UnaryOperator<Request>) r -> r.responseType(Optional.empty())),
                Arguments.of("response_type token", (UnaryOperator<Request>) r -> r.responseType(Optional.of("token"))),
                Arguments.of("no PKCE", (UnaryOperator<Request>) r -> r.codeChallenge(Optional.empty())),
                Arguments.of("plain PKCE", (UnaryOperator<Request>) r -> r.codeChallengeMethod(Optional.of("plain"))),
                Arguments.of("no PKCE method", (UnaryOperator<Request>) r -> r.codeChallengeMethod(Optional.empty())),
                Arguments.of("bad challenge", (UnaryOperator<Request>) r -> r.codeChallenge(Optional.of("x"))),
                Arguments.of("unknown resource",
                        (UnaryOperator<Request>) r -> r.resource(Optional.of("https://nope.example.com"))),
                Arguments.of("bad resource", (UnaryOperator<Request>) r -> r.resource(Optional.of("ftp://x"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("redirectErrors")
    void startWhenRedirectErrorThenItCarriesIssAndStateAndGoesToTheRequestedRedirectUri(String name,
            UnaryOperator<Request> breaking) {
        AuthorizationResponse response = redirectError(breaking.apply(aRequest()));

        assertThat(response.redirectUri()).isEqualTo(new RedirectUri(CALLBACK));
        assertThat(response.parameters()).containsEntry("iss", ISSUER.value()).containsEntry("state", STATE)
                .containsKeys("error", "error_description");
        assertThat(random.secretsMade()).as("no pending request was stored").isEmpty();
    }

    @Test
    void startWhenRedirectErrorAndNoStateSentThenNoStateParameter() {
        AuthorizationResponse response = redirectError(aRequest().state(Optional.empty())
                .responseType(Optional.of("token")));

        assertThat(response.parameters()).containsOnlyKeys("error", "error_description", "iss");
    }

    @Test
    void startWhenRefusedOrRedirectErrorThenNothingIsStored() {
        start(aRequest().clientId(Optional.of("no-such-client")));
        start(aRequest().codeChallenge(Optional.empty()));

        assertThat(random.secretsMade()).isEmpty();
    }

    // draft-ietf-oauth-client-id-metadata-document: an https client_id names its metadata document.

    private StartAuthorization.Result startResolvingDocuments(Request request) {
        return new StartAuthorization(new MetadataDocumentClients(storage.clients(), documents, clock),
                storage.protectedResources(), storage.pendingAuthorizations(), random, settings, clock)
                .start(request.command());
    }

    @Test
    void startWhenTheClientsMetadataDocumentCannotBeFetchedThenRefusedWithInvalidClientCarryingTheReason() {
        documents.fail(RealClients.CLAUDE_URL, "Fetching " + RealClients.CLAUDE_URL + " timed out after 5 seconds.");

        StartAuthorization.Result result = startResolvingDocuments(new Request(RealClients.CLAUDE_URL)
                .redirectUri(Optional.of("https://claude.ai/api/mcp/auth_callback")));

        assertThat(result).isInstanceOfSatisfying(StartAuthorization.Refused.class, refused -> {
            assertThat(refused.error().code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT);
            assertThat(refused.error().description()).contains("metadata document")
                    .contains("timed out after 5 seconds");
        });
        assertThat(random.secretsMade()).isEmpty();
    }

    @Test
    void startWhenTheClientsMetadataDocumentBreaksARuleThenRefusedWithInvalidClientSayingWhich() {
        documents.serve(RealClients.CLAUDE_URL,
                aMetadataDocument(RealClients.CLAUDE_URL).authMethod("private_key_jwt").build(), Duration.ofHours(1));

        StartAuthorization.Result result = startResolvingDocuments(new Request(RealClients.CLAUDE_URL));

        assertThat(result).isInstanceOfSatisfying(StartAuthorization.Refused.class, refused -> {
            assertThat(refused.error().code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT);
            assertThat(refused.error().description()).contains("private_key_jwt");
        });
    }

    @Test
    void startWhenTheClientIsKnownByItsMetadataDocumentThenStarted() {
        documents.serve(RealClients.CLAUDE_URL, RealClients.CLAUDE, Duration.ofHours(1));

        StartAuthorization.Result result = startResolvingDocuments(new Request(RealClients.CLAUDE_URL)
                .redirectUri(Optional.of("https://claude.ai/api/mcp/auth_callback")));

        assertThat(result).isInstanceOfSatisfying(StartAuthorization.Started.class, started ->
                assertThat(started.client().id().value()).isEqualTo(RealClients.CLAUDE_URL));
    }

    // RFC 8252 §7.3: Claude Code's document lists http://localhost/callback without a port.

    @Test
    void startWhenADocumentClientRegisteredAPortlessLoopbackRedirectThenARequestWithAPortIsStarted() {
        documents.serve(RealClients.CLAUDE_CODE_URL, RealClients.CLAUDE_CODE, Duration.ofHours(1));

        StartAuthorization.Result result = startResolvingDocuments(new Request(RealClients.CLAUDE_CODE_URL)
                .redirectUri(Optional.of("http://localhost:54321/callback")));

        assertThat(result).isInstanceOfSatisfying(StartAuthorization.Started.class, started ->
                assertThat(started.request().redirectUri())
                        .isEqualTo(new RedirectUri("http://localhost:54321/callback")));
    }
}
