package dev.latchkey.application.client;

import static dev.latchkey.application.fixtures.Fixtures.aClientMetadata;
import static dev.latchkey.application.fixtures.Fixtures.aMetadataDocument;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fixtures.ClientMetadataBuilder;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.client.TokenEndpointAuthMethod;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.error.OAuthErrorCode;
import java.net.URI;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The metadata rules shared by dynamic registration (RFC 7591 §2) and Client ID Metadata Documents
 * (draft-ietf-oauth-client-id-metadata-document): a document must name its own URL as client_id, and a
 * document client is public (there is no way to hand it a secret).
 */
final class ClientMetadataRulesTest {

    private static final String URL = "https://app.example.com/oauth/client-metadata.json";
    private static final ClientMetadataRules.Purpose REGISTRATION = new ClientMetadataRules.Registration();
    private static final ClientMetadataRules.Purpose DOCUMENT = new ClientMetadataRules.MetadataDocument(URI.create(URL));

    private static ClientMetadataRules.Accepted accepted(ClientMetadataBuilder metadata,
            ClientMetadataRules.Purpose purpose) {
        ClientMetadataRules.Result result = ClientMetadataRules.check(metadata.build(), purpose);
        assertThat(result).isInstanceOf(ClientMetadataRules.Valid.class);
        return ((ClientMetadataRules.Valid) result).accepted();
    }

    private static OAuthError invalid(ClientMetadataBuilder metadata, ClientMetadataRules.Purpose purpose) {
        ClientMetadataRules.Result result = ClientMetadataRules.check(metadata.build(), purpose);
        assertThat(result).isInstanceOf(ClientMetadataRules.Invalid.class);
        return ((ClientMetadataRules.Invalid) result).error();
    }

    private static ClientMetadataBuilder aDocument() {
        return aMetadataDocument(URL);
    }

    /** Both purposes, each with metadata that is valid for it. */
    static Stream<Arguments> purposes() {
        return Stream.of(
                Arguments.of(REGISTRATION, aClientMetadata().authMethod("none")),
                Arguments.of(DOCUMENT, aMetadataDocument(URL)));
    }

    // The draft, section 3: "the client_id property ... MUST match the URL of the document using simple
    // string comparison".

    @Test
    void checkWhenTheDocumentNamesItsOwnUrlThenValid() {
        ClientMetadataRules.Accepted accepted = accepted(aDocument().clientName("Example"), DOCUMENT);

        assertThat(accepted.redirectUris()).containsExactly(new RedirectUri(ClientMetadataBuilder.CALLBACK));
        assertThat(accepted.profile().name()).contains("Example");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        URL + "/",
        "https://APP.EXAMPLE.COM/oauth/client-metadata.json",
        "https://app.example.com/OAUTH/client-metadata.json",
        "https://app.example.com/oauth/client%2Dmetadata.json",
        "https://app.example.com/oauth/client-metadata%2Ejson",
        "https://app.example.com:443/oauth/client-metadata.json",
        "https://app.example.com/oauth/./client-metadata.json",
        "http://app.example.com/oauth/client-metadata.json",
        URL + "?",
        URL + " ",
        "https://other.example.com/oauth/client-metadata.json",
    })
    void checkWhenTheDocumentsClientIdIsNotTheUrlStringThenInvalidClientMetadataNamingBoth(String clientId) {
        OAuthError error = invalid(aDocument().clientId(clientId), DOCUMENT);

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT_METADATA);
        assertThat(error.description()).contains(clientId).contains(URL);
    }

    @Test
    void checkWhenTheDocumentHasNoClientIdThenInvalidClientMetadata() {
        OAuthError error = invalid(aDocument().withoutClientId(), DOCUMENT);

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT_METADATA);
        assertThat(error.description()).contains("client_id").contains(URL);
    }

    // RFC 7591 §3.2.1: the server issues client_id, so a registration's own client_id counts for nothing.

    @Test
    void checkWhenARegistrationCarriesAClientIdThenItIsNotCompared() {
        accepted(aClientMetadata().clientId("https://elsewhere.example.com/client.json"), REGISTRATION);
    }

    // RFC 7591 §2: "If unspecified or omitted, the default is client_secret_basic".

    @Test
    void checkWhenARegistrationNamesNoMethodThenClientSecretBasic() {
        assertThat(accepted(aClientMetadata(), REGISTRATION).authMethod())
                .isEqualTo(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC);
    }

    @Test
    void checkWhenARegistrationNamesAMethodThenThatMethod() {
        assertThat(accepted(aClientMetadata().authMethod("client_secret_post"), REGISTRATION).authMethod())
                .isEqualTo(TokenEndpointAuthMethod.CLIENT_SECRET_POST);
    }

    // A document client has nowhere to receive a secret: it is public, using PKCE (OAuth 2.1 §2.1).

    @Test
    void checkWhenTheDocumentNamesNoMethodThenNone() {
        assertThat(accepted(aDocument().withoutAuthMethod(), DOCUMENT).authMethod())
                .isEqualTo(TokenEndpointAuthMethod.NONE);
    }

    @Test
    void checkWhenTheDocumentNamesNoneThenNone() {
        assertThat(accepted(aDocument().authMethod("none"), DOCUMENT).authMethod())
                .isEqualTo(TokenEndpointAuthMethod.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"client_secret_basic", "client_secret_post"})
    void checkWhenTheDocumentNamesOnlyASecretMethodThenRefusedSayingSharedSecretsCannotBeUsed(String method) {
        OAuthError error = invalid(aDocument().authMethod(method), DOCUMENT);

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT_METADATA);
        assertThat(error.description()).contains(method).contains("shared secrets");
    }

    @Test
    void checkWhenTheDocumentSupportsOnlySecretMethodsThenRefusedSayingSharedSecretsCannotBeUsed() {
        OAuthError error = invalid(aDocument().withoutAuthMethod()
                .authMethodsSupported("client_secret_basic", "client_secret_post"), DOCUMENT);

        assertThat(error.description()).contains("client_secret_basic, client_secret_post").contains("shared secrets");
    }

    @Test
    void checkWhenTheDocumentNamesOnlyPrivateKeyJwtThenRefusedNamingPrivateKeyJwtAndNone() {
        OAuthError error = invalid(aDocument().authMethod("private_key_jwt"), DOCUMENT);

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT_METADATA);
        assertThat(error.description()).contains("private_key_jwt").contains("none");
    }

    @Test
    void checkWhenTheDocumentSupportsOnlyPrivateKeyJwtThenRefused() {
        OAuthError error = invalid(aDocument().withoutAuthMethod().authMethodsSupported("private_key_jwt"), DOCUMENT);

        assertThat(error.description()).contains("private_key_jwt").contains("none");
    }

    // ChatGPT's document lists token_endpoint_auth_methods_supported ["private_key_jwt", "none"]: Latchkey
    // picks none, the one it offers.

    @Test
    void checkWhenTheDocumentSupportsPrivateKeyJwtAndNoneThenNone() {
        assertThat(accepted(aDocument().withoutAuthMethod().authMethodsSupported("private_key_jwt", "none"), DOCUMENT)
                .authMethod()).isEqualTo(TokenEndpointAuthMethod.NONE);
    }

    @Test
    void checkWhenTheDocumentPrefersPrivateKeyJwtButSupportsNoneThenNone() {
        assertThat(accepted(aDocument().authMethod("private_key_jwt").authMethodsSupported("private_key_jwt", "none"),
                DOCUMENT).authMethod()).isEqualTo(TokenEndpointAuthMethod.NONE);
    }

    // Grant types Latchkey does not offer are dropped, not fatal (Claude lists RFC 7523's JWT bearer).

    @ParameterizedTest
    @MethodSource("purposes")
    void checkWhenUnknownGrantTypesAreListedThenTheyAreIgnored(ClientMetadataRules.Purpose purpose,
            ClientMetadataBuilder metadata) {
        ClientMetadataRules.Accepted accepted = accepted(metadata.grantTypes("authorization_code", "refresh_token",
                "urn:ietf:params:oauth:grant-type:jwt-bearer", "implicit", "client_credentials"), purpose);

        assertThat(accepted.grantTypes()).containsExactlyInAnyOrder(GrantType.AUTHORIZATION_CODE,
                GrantType.REFRESH_TOKEN);
    }

    @ParameterizedTest
    @MethodSource("purposes")
    void checkWhenGrantTypesAreAbsentThenAuthorizationCodeAndRefreshToken(ClientMetadataRules.Purpose purpose,
            ClientMetadataBuilder metadata) {
        assertThat(accepted(metadata, purpose).grantTypes()).containsExactlyInAnyOrder(GrantType.AUTHORIZATION_CODE,
                GrantType.REFRESH_TOKEN);
    }

    @ParameterizedTest
    @MethodSource("purposes")
    void checkWhenGrantTypesLackAuthorizationCodeThenInvalidClientMetadata(ClientMetadataRules.Purpose purpose,
            ClientMetadataBuilder metadata) {
        assertThat(invalid(metadata.grantTypes("refresh_token", "urn:ietf:params:oauth:grant-type:jwt-bearer"),
                purpose).code()).isEqualTo(OAuthErrorCode.INVALID_CLIENT_METADATA);
    }

    // OAuth 2.1 §4.1: code is the only response type kept.

    @ParameterizedTest
    @MethodSource("purposes")
    void checkWhenResponseTypesLackCodeThenInvalidClientMetadata(ClientMetadataRules.Purpose purpose,
            ClientMetadataBuilder metadata) {
        assertThat(invalid(metadata.responseTypes("token"), purpose).code())
                .isEqualTo(OAuthErrorCode.INVALID_CLIENT_METADATA);
    }

    // RFC 7591 §2 and OAuth 2.1 §2.3: the same redirect URI rules for both.

    @ParameterizedTest
    @MethodSource("purposes")
    void checkWhenRedirectUrisAreMissingThenInvalidRedirectUri(ClientMetadataRules.Purpose purpose,
            ClientMetadataBuilder metadata) {
        assertThat(invalid(metadata.withoutRedirectUris(), purpose).code())
                .isEqualTo(OAuthErrorCode.INVALID_REDIRECT_URI);
    }

    @ParameterizedTest
    @MethodSource("purposes")
    void checkWhenRedirectUrisAreEmptyThenInvalidRedirectUri(ClientMetadataRules.Purpose purpose,
            ClientMetadataBuilder metadata) {
        assertThat(invalid(metadata.redirectUris(), purpose).code()).isEqualTo(OAuthErrorCode.INVALID_REDIRECT_URI);
    }

    @ParameterizedTest
    @MethodSource("purposes")
    void checkWhenMoreThanTwentyRedirectUrisThenInvalidRedirectUri(ClientMetadataRules.Purpose purpose,
            ClientMetadataBuilder metadata) {
        String[] uris = IntStream.rangeClosed(1, 21).mapToObj(i -> "https://app.example.com/callback/" + i)
                .toArray(String[]::new);

        assertThat(invalid(metadata.redirectUris(uris), purpose).code()).isEqualTo(OAuthErrorCode.INVALID_REDIRECT_URI);
    }

    static Stream<Arguments> badRedirectUrisForEachPurpose() {
        return Stream.of("http://app.example.com/callback", "https://app.example.com/callback#fragment",
                "https://*.example.com/callback", "javascript:alert(1)", "/relative/callback")
                .flatMap(bad -> purposes().map(purpose -> Arguments.of(purpose.get()[0], purpose.get()[1], bad)));
    }

    @ParameterizedTest
    @MethodSource("badRedirectUrisForEachPurpose")
    void checkWhenOneRedirectUriIsUnacceptableThenInvalidRedirectUriNamingIt(ClientMetadataRules.Purpose purpose,
            ClientMetadataBuilder metadata, String bad) {
        OAuthError error = invalid(metadata.redirectUris(ClientMetadataBuilder.CALLBACK, bad), purpose);

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_REDIRECT_URI);
        assertThat(error.description()).contains(bad);
    }

    @ParameterizedTest
    @MethodSource("purposes")
    void checkWhenRedirectUrisAreOfEveryAcceptedKindThenKeptInOrder(ClientMetadataRules.Purpose purpose,
            ClientMetadataBuilder metadata) {
        ClientMetadataRules.Accepted accepted = accepted(metadata.redirectUris("cursor://anysphere.cursor-mcp/cb",
                "http://localhost/callback", "https://app.example.com/cb", "http://127.0.0.1:33418"), purpose);

        assertThat(accepted.redirectUris()).extracting(RedirectUri::value).containsExactly(
                "cursor://anysphere.cursor-mcp/cb", "http://localhost/callback", "https://app.example.com/cb",
                "http://127.0.0.1:33418");
    }

    // RFC 7591 §5: descriptive URLs are shown to people; only http(s) ones may become links.

    @ParameterizedTest
    @MethodSource("purposes")
    void checkWhenADescriptiveUrlIsNotHttpThenItIsDropped(ClientMetadataRules.Purpose purpose,
            ClientMetadataBuilder metadata) {
        ClientMetadataRules.Accepted accepted = accepted(metadata.clientUri("javascript:alert(1)")
                .logoUri("https://app.example.com/logo.png").tosUri("data:text/html,hi"), purpose);

        assertThat(accepted.profile().clientUri()).isEmpty();
        assertThat(accepted.profile().logoUri()).contains("https://app.example.com/logo.png");
        assertThat(accepted.profile().tosUri()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("purposes")
    void checkWhenTheNameIsTooLongThenInvalidClientMetadata(ClientMetadataRules.Purpose purpose,
            ClientMetadataBuilder metadata) {
        assertThat(invalid(metadata.clientName("x".repeat(501)), purpose).code())
                .isEqualTo(OAuthErrorCode.INVALID_CLIENT_METADATA);
    }
}
