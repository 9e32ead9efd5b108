package dev.latchkey.application.registration;

import static dev.latchkey.application.fixtures.Fixtures.aClientMetadata;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.CountingRandomTokens;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.fixtures.ClientMetadataBuilder;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientSecret;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.client.RegistrationSource;
import dev.latchkey.domain.client.TokenEndpointAuthMethod;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.error.OAuthErrorCode;
import dev.latchkey.domain.scope.ScopeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dynamic client registration (RFC 7591 §2, §3) with OAuth 2.1 redirect URI rules. */
final class RegisterClientTest {

    private static final String CALLBACK = "https://app.example.com/callback";

    private final InMemoryStorage storage = new InMemoryStorage();
    private final CountingRandomTokens random = new CountingRandomTokens();
    private final MutableClock clock = new MutableClock();
    private final RegisterClient register = new RegisterClient(storage.clients(), random, clock);

    /** A registration request with only {@code redirect_uris}; tests set the members they are about. */
    private static ClientMetadataBuilder aRequest() {
        return aClientMetadata().redirectUris(CALLBACK);
    }

    private static RegisterClient.Command commandOf(ClientMetadataBuilder request) {
        return new RegisterClient.Command(request.build());
    }

    private RegisterClient.Registered registered(ClientMetadataBuilder request) {
        RegisterClient.Result result = register.register(commandOf(request));
        assertThat(result).isInstanceOf(RegisterClient.Registered.class);
        return (RegisterClient.Registered) result;
    }

    private OAuthError rejected(ClientMetadataBuilder request) {
        RegisterClient.Result result = register.register(commandOf(request));
        assertThat(result).isInstanceOf(RegisterClient.Rejected.class);
        return ((RegisterClient.Rejected) result).error();
    }

    // RFC 7591 §2: "If unspecified or omitted, the default is client_secret_basic".

    @Test
    void registerWhenAuthMethodAbsentThenClientSecretBasicWithASecret() {
        RegisterClient.Registered registered = registered(aRequest());

        assertThat(registered.client().authMethod()).isEqualTo(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC);
        assertThat(registered.secret()).isPresent();
    }

    // RFC 7591 §2 grant_types: "If omitted, the default behavior is that the client will use only the
    // authorization_code Grant Type"; Latchkey also lets it refresh.

    @Test
    void registerWhenGrantTypesAbsentThenAuthorizationCodeAndRefreshToken() {
        Client client = registered(aRequest()).client();

        assertThat(client.grantTypes()).containsExactlyInAnyOrder(GrantType.AUTHORIZATION_CODE,
                GrantType.REFRESH_TOKEN);
    }

    // RFC 7591 §2 response_types: "If omitted, the default is that the client will use only the code
    // response type."

    @Test
    void registerWhenResponseTypesAbsentThenRegistered() {
        assertThat(register.register(commandOf(aRequest()))).isInstanceOf(RegisterClient.Registered.class);
    }

    @Test
    void registerWhenValidThenStoredAsDynamicClientWithNewIdAtClockTime() {
        RegisterClient.Registered registered = registered(aRequest().authMethod("none").clientName("Cursor"));

        Client client = registered.client();
        assertThat(storage.clients().find(client.id())).contains(client);
        assertThat(client.id().value()).isEqualTo(random.lastId());
        assertThat(client.source()).isEqualTo(RegistrationSource.DYNAMIC);
        assertThat(client.registeredAt()).isEqualTo(clock.instant());
        assertThat(client.redirectUris()).containsExactly(new RedirectUri(CALLBACK));
        assertThat(client.displayName()).isEqualTo("Cursor");
    }

    // RFC 7591 §2, OAuth 2.1 §2.3: every redirect URI is checked on its own; Cursor registers three kinds.

    @Test
    void registerWhenCursorSendsItsThreeRedirectUrisThenEachIsAccepted() {
        Client client = registered(aRequest().authMethod("none").redirectUris(
                "cursor://anysphere.cursor-mcp/oauth/callback",
                "https://www.cursor.com/agents/mcp/oauth/callback",
                "http://localhost:8787/callback")).client();

        assertThat(client.redirectUris()).extracting(RedirectUri::value).containsExactly(
                "cursor://anysphere.cursor-mcp/oauth/callback",
                "https://www.cursor.com/agents/mcp/oauth/callback",
                "http://localhost:8787/callback");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://app.example.com/callback",
        "https://app.example.com/callback#fragment",
        "https://*.example.com/callback",
        "javascript:alert(1)",
        "/relative/callback",
    })
    void registerWhenOneRedirectUriIsUnacceptableThenInvalidRedirectUriNamingIt(String bad) {
        OAuthError error = rejected(aRequest().redirectUris(CALLBACK, bad));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_REDIRECT_URI);
        assertThat(error.description()).contains(bad);
        assertThat(storage.clients().all()).isEmpty();
    }

    // RFC 7591 §2: redirect_uris is required for redirect-based flows.

    @Test
    void registerWhenRedirectUrisMissingThenInvalidRedirectUri() {
        assertThat(rejected(aRequest().withoutRedirectUris()).code()).isEqualTo(OAuthErrorCode.INVALID_REDIRECT_URI);
    }

    @Test
    void registerWhenRedirectUrisEmptyThenInvalidRedirectUri() {
        assertThat(rejected(aRequest().redirectUris()).code()).isEqualTo(OAuthErrorCode.INVALID_REDIRECT_URI);
    }

    @Test
    void registerWhenMoreThanTwentyRedirectUrisThenInvalidRedirectUri() {
        String[] uris = IntStream.rangeClosed(1, 21).mapToObj(i -> "https://app.example.com/callback/" + i)
                .toArray(String[]::new);

        assertThat(rejected(aRequest().redirectUris(uris)).code()).isEqualTo(OAuthErrorCode.INVALID_REDIRECT_URI);
    }

    // RFC 7591 §3.2.2: an unsupported metadata value is invalid_client_metadata.

    @ParameterizedTest
    @ValueSource(strings = {"private_key_jwt", "client_secret_jwt", "tls_client_auth", "NONE"})
    void registerWhenAuthMethodUnknownThenInvalidClientMetadata(String method) {
        OAuthError error = rejected(aRequest().authMethod(method));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT_METADATA);
        assertThat(error.description()).contains(method);
    }

    @Test
    void registerWhenUnknownGrantTypesListedThenTheyAreDropped() {
        Client client = registered(aRequest().grantTypes("authorization_code",
                "urn:ietf:params:oauth:grant-type:jwt-bearer", "refresh_token", "implicit")).client();

        assertThat(client.grantTypes()).containsExactlyInAnyOrder(GrantType.AUTHORIZATION_CODE,
                GrantType.REFRESH_TOKEN);
    }

    @Test
    void registerWhenClientCredentialsRequestedDynamicallyThenItIsDropped() {
        Client client = registered(aRequest().grantTypes("authorization_code", "client_credentials")).client();

        assertThat(client.grantTypes()).containsExactly(GrantType.AUTHORIZATION_CODE);
    }

    @Test
    void registerWhenGrantTypesLackAuthorizationCodeThenInvalidClientMetadata() {
        assertThat(rejected(aRequest().grantTypes("refresh_token", "client_credentials")).code())
                .isEqualTo(OAuthErrorCode.INVALID_CLIENT_METADATA);
    }

    // OAuth 2.1 §4.1: code is the only response type kept.

    @Test
    void registerWhenResponseTypesLackCodeThenInvalidClientMetadata() {
        assertThat(rejected(aRequest().responseTypes("token")).code())
                .isEqualTo(OAuthErrorCode.INVALID_CLIENT_METADATA);
    }

    // RFC 7591 §3.2.1: client_secret is returned to confidential clients; stored only as its hash.

    @Test
    void registerWhenConfidentialThenSecretReturnedOnceAndOnlyItsHashStored() {
        RegisterClient.Registered registered = registered(aRequest().authMethod("client_secret_post"));

        ClientSecret secret = registered.secret().orElseThrow();
        Client stored = storage.clients().find(registered.client().id()).orElseThrow();
        assertThat(secret.value()).isEqualTo(random.lastSecret());
        assertThat(stored.secretHash()).contains(secret.hash());
        assertThat(stored.toString()).doesNotContain(secret.value());
        assertThat(stored.secretMatches(secret)).isTrue();
    }

    @Test
    void registerWhenPublicThenNoSecretIsMadeOrStored() {
        RegisterClient.Registered registered = registered(aRequest().authMethod("none"));

        assertThat(registered.secret()).isEmpty();
        assertThat(registered.client().secretHash()).isEmpty();
        assertThat(random.secretsMade()).isEmpty();
    }

    // RFC 7591 §5: descriptive URLs are shown to people; only http(s) ones may become links.

    @Test
    void registerWhenClientUriIsJavascriptThenItIsDropped() {
        Client client = registered(aRequest().clientUri("javascript:alert(document.cookie)")
                .logoUri("https://app.example.com/logo.png")).client();

        assertThat(client.profile().clientUri()).isEmpty();
        assertThat(client.profile().logoUri()).contains("https://app.example.com/logo.png");
    }

    @Test
    void registerWhenClientNameIsBlankThenNoNameIsKept() {
        Client client = registered(aRequest().clientName("   ")).client();

        assertThat(client.profile().name()).isEmpty();
        assertThat(client.displayName()).isEqualTo(client.id().value());
    }

    @Test
    void registerWhenClientNameIsTooLongThenInvalidClientMetadata() {
        assertThat(rejected(aRequest().clientName("x".repeat(501))).code())
                .isEqualTo(OAuthErrorCode.INVALID_CLIENT_METADATA);
    }

    @Test
    void registerWhenManyContactsThenAtMostTenAreKept() {
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            contacts.add("ops" + i + "@app.example.com");
        }

        Client client = registered(aRequest().contacts(contacts)).client();

        assertThat(client.profile().contacts()).hasSize(10);
    }

    // RFC 7591 §2 scope: unknown or malformed tokens are not fatal.

    @Test
    void registerWhenScopeGivenThenKeptLeniently() {
        Client client = registered(aRequest().scope("mcp:use offline_access")).client();

        assertThat(client.scope()).contains(ScopeSet.parse("mcp:use offline_access"));
    }

    @Test
    void registerWhenScopeIsBlankThenNoScopeIsKept() {
        assertThat(registered(aRequest().scope("  ")).client().scope()).isEmpty();
    }

    // RFC 7591 §2: token_endpoint_auth_methods_supported is not registration metadata; only a metadata
    // document's list is read (ChatGPT's). A registration names one method, or gets the default.

    @Test
    void registerWhenAuthMethodsSupportedListsNoneThenIgnoredAndTheDefaultApplies() {
        RegisterClient.Registered registered = registered(aRequest().authMethodsSupported("private_key_jwt", "none"));

        assertThat(registered.client().authMethod()).isEqualTo(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC);
        assertThat(registered.secret()).isPresent();
    }

    @Test
    void registerWhenAuthMethodsSupportedListsOnlyUnsupportedMethodsThenIgnored() {
        Client client = registered(aRequest().authMethod("none").authMethodsSupported("private_key_jwt")).client();

        assertThat(client.authMethod()).isEqualTo(TokenEndpointAuthMethod.NONE);
    }

    // RFC 7591 §3.2.1: the server issues client_id; one the client sends is not its to choose.

    @Test
    void registerWhenTheRequestCarriesAClientIdThenItIsIgnoredAndANewIdIsIssued() {
        Client client = registered(aRequest().clientId("https://evil.example.com/pretend-to-be-claude")
                .authMethod("none")).client();

        assertThat(client.id().value()).isEqualTo(random.lastId()).doesNotContain("evil");
        assertThat(client.source()).isEqualTo(RegistrationSource.DYNAMIC);
    }
}
