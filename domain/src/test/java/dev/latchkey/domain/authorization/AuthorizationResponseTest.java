package dev.latchkey.domain.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.error.OAuthErrorCode;
import dev.latchkey.domain.server.Issuer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * RFC 6749 §4.1.2 (success), §4.1.2.1 (error), §3.1.2 (keep the redirect URI's query) and RFC 9207 §2
 * ({@code iss} in every authorization response).
 */
final class AuthorizationResponseTest {

    private static final RedirectUri REDIRECT = new RedirectUri("https://client.example.com/cb");
    /** The code of RFC 6749 §4.1.2's example. */
    private static final AuthorizationCode CODE = new AuthorizationCode("SplxlOBeZQQYbYS6WxSbIA");
    private static final Issuer ISSUER = new Issuer("https://honest.as.example");
    private static final String ENCODED_ISSUER = "https%3A%2F%2Fhonest.as.example";

    @Test
    void locationWhenSuccessWithStateThenCarriesCodeStateAndIssInOrder() {
        AuthorizationResponse response = AuthorizationResponse.success(REDIRECT, CODE, Optional.of("xyz"), ISSUER);

        assertThat(response.location()).isEqualTo(
                "https://client.example.com/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz&iss=" + ENCODED_ISSUER);
        assertThat(response.parameters().keySet()).containsExactly("code", "state", "iss");
    }

    @Test
    void locationWhenSuccessWithoutStateThenOmitsState() {
        // RFC 6749 §4.1.2: state is "REQUIRED if the "state" parameter was present in the client
        // authorization request"; nothing to echo otherwise.
        AuthorizationResponse response = AuthorizationResponse.success(REDIRECT, CODE, Optional.empty(), ISSUER);

        assertThat(response.location()).isEqualTo(
                "https://client.example.com/cb?code=SplxlOBeZQQYbYS6WxSbIA&iss=" + ENCODED_ISSUER);
        assertThat(response.parameters()).doesNotContainKey("state");
    }

    @Test
    void locationWhenStateHasReservedCharactersThenUrlEncodesIt() {
        AuthorizationResponse response = AuthorizationResponse.success(REDIRECT, CODE,
                Optional.of("a b&c=d/\u00e9?#"), ISSUER);

        assertThat(response.location()).isEqualTo("https://client.example.com/cb?code=SplxlOBeZQQYbYS6WxSbIA"
                + "&state=a+b%26c%3Dd%2F%C3%A9%3F%23&iss=" + ENCODED_ISSUER);
    }

    @Test
    void locationWhenIssuerHasPathThenIssIsEncodedWholeIssuer() {
        // RFC 9207 §2: the value is the issuer identifier exactly as in the server's metadata.
        Issuer issuer = new Issuer("https://auth.example.com/tenant-a");
        AuthorizationResponse response = AuthorizationResponse.success(REDIRECT, CODE, Optional.empty(), issuer);

        assertThat(response.parameters()).containsEntry("iss", "https://auth.example.com/tenant-a");
        assertThat(response.location()).endsWith("&iss=https%3A%2F%2Fauth.example.com%2Ftenant-a");
    }

    @Test
    void locationWhenRedirectUriHasQueryThenKeepsItAndAppendsWithAmpersand() {
        // RFC 6749 §3.1.2: the endpoint URI "MAY include an ... query component, which MUST be retained
        // when adding additional query parameters".
        RedirectUri withQuery = new RedirectUri("https://client.example.com/cb?tenant=acme");
        AuthorizationResponse response = AuthorizationResponse.success(withQuery, CODE, Optional.of("xyz"), ISSUER);

        assertThat(response.location()).isEqualTo("https://client.example.com/cb?tenant=acme"
                + "&code=SplxlOBeZQQYbYS6WxSbIA&state=xyz&iss=" + ENCODED_ISSUER);
    }

    @Test
    void locationWhenPrivateUseSchemeThenAppendsQuery() {
        RedirectUri nativeApp = new RedirectUri("com.example.app:/callback");
        AuthorizationResponse response = AuthorizationResponse.success(nativeApp, CODE, Optional.empty(), ISSUER);

        assertThat(response.location())
                .isEqualTo("com.example.app:/callback?code=SplxlOBeZQQYbYS6WxSbIA&iss=" + ENCODED_ISSUER);
    }

    @Test
    void locationWhenErrorWithStateThenCarriesErrorDescriptionStateAndIssInOrder() {
        OAuthError denied = new OAuthError(OAuthErrorCode.ACCESS_DENIED, "The user said no.");
        AuthorizationResponse response = AuthorizationResponse.error(REDIRECT, denied, Optional.of("xyz"), ISSUER);

        assertThat(response.location()).isEqualTo("https://client.example.com/cb?error=access_denied"
                + "&error_description=The+user+said+no.&state=xyz&iss=" + ENCODED_ISSUER);
        assertThat(response.parameters().keySet()).containsExactly("error", "error_description", "state", "iss");
    }

    @Test
    void locationWhenErrorWithoutStateThenOmitsState() {
        OAuthError invalid = OAuthError.invalidScope("Unknown scope");
        AuthorizationResponse response = AuthorizationResponse.error(REDIRECT, invalid, Optional.empty(), ISSUER);

        assertThat(response.location()).isEqualTo("https://client.example.com/cb?error=invalid_scope"
                + "&error_description=Unknown+scope&iss=" + ENCODED_ISSUER);
    }

    @Test
    void locationWhenErrorAndRedirectHasQueryThenKeepsIt() {
        RedirectUri withQuery = new RedirectUri("http://127.0.0.1:33418/?client=vscode");
        OAuthError denied = new OAuthError(OAuthErrorCode.ACCESS_DENIED, "denied");
        AuthorizationResponse response = AuthorizationResponse.error(withQuery, denied, Optional.empty(), ISSUER);

        assertThat(response.location()).startsWith("http://127.0.0.1:33418/?client=vscode&error=access_denied&");
    }

    @Test
    void parametersWhenSourceMapChangesLaterThenResponseUnchanged() {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("code", "abc");
        AuthorizationResponse response = new AuthorizationResponse(REDIRECT, source);

        source.put("injected", "x");

        assertThat(response.parameters()).containsOnlyKeys("code");
        assertThatThrownBy(() -> response.parameters().put("more", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
