package dev.latchkey.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Redirect URI rules: RFC 6749 §3.1.2 (absolute, no fragment), OAuth 2.1 §2.3.1 (exact matching, https
 * or loopback http), RFC 8252 §7.1 (private-use schemes), §7.3 and §8.3 (loopback with any port).
 */
final class RedirectUriTest {

    // --- Accepted forms --------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "https://client.example.com/callback",
        "https://client.example.com:8443/oauth/callback",
        "https://client.example.com/callback?tenant=acme",
        "https://client.example.com",
    })
    void buildWhenHttpsWithHostThenAccepted(String uri) {
        assertThat(new RedirectUri(uri).value()).isEqualTo(uri);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://127.0.0.1/callback",
        "http://127.0.0.1:54321/callback",
        "http://[::1]/callback",
        "http://[::1]:54321/callback",
        "http://localhost/callback",
        "http://localhost:54321/callback",
        "http://LocalHost:54321/callback",
    })
    void buildWhenHttpOnLoopbackHostThenAccepted(String uri) {
        // RFC 8252 §7.3: loopback redirects use http; §8.3 "MAY use localhost" but prefers the IP literal.
        RedirectUri redirect = new RedirectUri(uri);

        assertThat(redirect.value()).isEqualTo(uri);
        assertThat(redirect.isLoopback()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://client.example.com/callback",
        "http://127.0.0.2/callback",
        "http://127.1/callback",
        "http://0.0.0.0/callback",
        "http://[::2]/callback",
        "http://[0:0:0:0:0:0:0:1]/callback",
        "http://localhost.evil.example/callback",
        "http://192.168.1.10:8080/callback",
    })
    void buildWhenHttpOnHostOtherThanTheThreeLoopbackSpellingsThenRefused(String uri) {
        // OAuth 2.1 §2.3.1: http only for loopback. Latchkey accepts exactly 127.0.0.1, [::1] and
        // localhost; other addresses in 127.0.0.0/8 or other IPv6 spellings are refused.
        assertThatIllegalArgumentException().isThrownBy(() -> new RedirectUri(uri))
                .withMessageContaining("not loopback");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "cursor://anysphere.cursor-mcp/oauth/callback",
        "com.example.app:/callback",
        "com.example.app:/oauth2redirect/example-provider",
        "vscode://vscode.github-authentication/did-authenticate",
    })
    void buildWhenPrivateUseSchemeThenAccepted(String uri) {
        // RFC 8252 §7.1: native apps may use private-use URI scheme redirects.
        RedirectUri redirect = new RedirectUri(uri);

        assertThat(redirect.value()).isEqualTo(uri);
        assertThat(redirect.isLoopback()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "cursor://anysphere.cursor-mcp/oauth/callback",
        "https://www.cursor.com/agents/mcp/oauth/callback",
        "http://localhost:8787/callback",
    })
    void buildWhenCursorRegistersItsThreeRedirectUrisThenEachAccepted(String uri) {
        assertThat(new RedirectUri(uri).value()).isEqualTo(uri);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:33418/", "https://vscode.dev/redirect"})
    void buildWhenVsCodeRedirectUrisThenAccepted(String uri) {
        assertThat(new RedirectUri(uri).value()).isEqualTo(uri);
    }

    // --- Refused forms ---------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "https://client.example.com/callback#fragment",
        "https://client.example.com/callback#",
        "http://127.0.0.1:54321/callback#x",
        "cursor://anysphere.cursor-mcp/oauth/callback#x",
    })
    void buildWhenFragmentThenRefused(String uri) {
        // RFC 6749 §3.1.2: "The endpoint URI MUST NOT include a fragment component."
        assertThatIllegalArgumentException().isThrownBy(() -> new RedirectUri(uri))
                .withMessageContaining("fragment");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://*.example.com/callback",
        "https://client.example.com/*",
        "http://localhost:*/callback",
    })
    void buildWhenWildcardThenRefused(String uri) {
        // OAuth 2.1 §2.3.1: redirect URIs are compared by exact string matching; no patterns.
        assertThatIllegalArgumentException().isThrownBy(() -> new RedirectUri(uri))
                .withMessageContaining("wildcard");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "file:///etc/passwd",
        "vbscript:msgbox(1)",
        "about:blank",
        "blob:https://client.example.com/uuid",
        "wss://client.example.com/callback",
        "mailto:someone@example.com",
    })
    void buildWhenSchemeRunsCodeOrLeavesTheBrowserThenRefused(String uri) {
        assertThatIllegalArgumentException().isThrownBy(() -> new RedirectUri(uri))
                .withMessageContaining("scheme");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/callback", "callback", "//client.example.com/callback", "?code=x"})
    void buildWhenRelativeThenRefused(String uri) {
        // RFC 6749 §3.1.2: "The redirection endpoint URI MUST be an absolute URI".
        assertThatIllegalArgumentException().isThrownBy(() -> new RedirectUri(uri))
                .withMessageContaining("absolute");
    }

    @Test
    void buildWhenHttpsWithoutHostThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RedirectUri("https:///callback"));
        assertThatIllegalArgumentException().isThrownBy(() -> new RedirectUri("https:/callback"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cursor:", "https://client.example.com/call back", "https://client.example.com/%zz"})
    void buildWhenNotAValidUriThenRefused(String uri) {
        assertThatIllegalArgumentException().isThrownBy(() -> new RedirectUri(uri));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void buildWhenMissingThenRefused(String uri) {
        assertThatIllegalArgumentException().isThrownBy(() -> new RedirectUri(uri))
                .withMessageContaining("missing");
    }

    @Test
    void buildWhenLongerThan2000CharactersThenRefused() {
        String prefix = "https://client.example.com/";
        String atLimit = prefix + "a".repeat(2000 - prefix.length());

        assertThat(new RedirectUri(atLimit).value()).hasSize(2000);
        assertThatIllegalArgumentException().isThrownBy(() -> new RedirectUri(atLimit + "a"));
    }

    // --- Matching a requested URI against a registered one ----------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "https://client.example.com/callback",
        "https://client.example.com/callback?tenant=acme",
        "cursor://anysphere.cursor-mcp/oauth/callback",
        "com.example.app:/callback",
        "http://127.0.0.1:33418/",
    })
    void allowsWhenSameStringThenTrue(String uri) {
        assertThat(new RedirectUri(uri).allows(new RedirectUri(uri))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "http://localhost/callback,         http://localhost:54321/callback",
        "http://127.0.0.1/callback,         http://127.0.0.1:54321/callback",
        "http://127.0.0.1:8080/callback,    http://127.0.0.1:9090/callback",
        "http://[::1]/callback,             http://[::1]:61234/callback",
        "http://127.0.0.1,                  http://127.0.0.1:33418/",
        "http://127.0.0.1/,                 http://127.0.0.1:33418",
        "http://localhost/callback?x=1,     http://localhost:5000/callback?x=1",
        "http://localhost/callback,         http://LOCALHOST:5000/callback",
    })
    void allowsWhenLoopbackDiffersOnlyInPortThenTrue(String registered, String requested) {
        // RFC 8252 §7.3: "The authorization server MUST allow any port to be specified at the time of
        // the request for loopback IP redirect URIs".
        assertThat(new RedirectUri(registered).allows(new RedirectUri(requested))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "http://localhost/callback,         http://127.0.0.1:54321/callback",
        "http://127.0.0.1/callback,         http://[::1]:54321/callback",
        "http://[::1]/callback,             http://localhost:54321/callback",
    })
    void allowsWhenLoopbackHostDiffersThenFalse(String registered, String requested) {
        assertThat(new RedirectUri(registered).allows(new RedirectUri(requested))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "http://localhost/callback,         http://localhost:54321/other",
        "http://localhost/callback,         http://localhost:54321/Callback",
        "http://localhost/callback,         http://localhost:54321/callback/",
        "http://localhost/callback,         http://localhost:54321/",
    })
    void allowsWhenLoopbackPathDiffersThenFalse(String registered, String requested) {
        assertThat(new RedirectUri(registered).allows(new RedirectUri(requested))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "http://localhost/callback?x=1,     http://localhost:54321/callback?x=2",
        "http://localhost/callback?x=1,     http://localhost:54321/callback",
        "http://localhost/callback,         http://localhost:54321/callback?x=1",
    })
    void allowsWhenLoopbackQueryDiffersThenFalse(String registered, String requested) {
        assertThat(new RedirectUri(registered).allows(new RedirectUri(requested))).isFalse();
    }

    @Test
    void allowsWhenLoopbackCarriesUserinfoThenOnlyExactMatch() {
        RedirectUri registered = new RedirectUri("http://user@localhost/callback");

        assertThat(registered.allows(new RedirectUri("http://user@localhost/callback"))).isTrue();
        assertThat(registered.allows(new RedirectUri("http://user@localhost:5000/callback"))).isFalse();
    }

    @Test
    void allowsWhenNonLoopbackPortDiffersThenFalse() {
        // OAuth 2.1 §2.3.1: exact string matching except for the loopback port.
        RedirectUri registered = new RedirectUri("https://client.example.com/callback");

        assertThat(registered.allows(new RedirectUri("https://client.example.com:8443/callback"))).isFalse();
    }

    @Test
    void allowsWhenHttpsOnLoopbackWithOtherPortThenFalse() {
        // The port exception is for http loopback redirects (RFC 8252 §7.3), not https ones.
        RedirectUri registered = new RedirectUri("https://localhost/callback");

        assertThat(registered.isLoopback()).isFalse();
        assertThat(registered.allows(new RedirectUri("https://localhost:8443/callback"))).isFalse();
    }

    @Test
    void allowsWhenSchemeChangesBetweenHttpAndHttpsThenFalse() {
        assertThat(new RedirectUri("http://localhost/callback")
                .allows(new RedirectUri("https://localhost/callback"))).isFalse();
        assertThat(new RedirectUri("https://localhost/callback")
                .allows(new RedirectUri("http://localhost:5000/callback"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "https://client.example.com/callback,          https://client.example.com/callback/",
        "https://client.example.com/callback,          https://CLIENT.example.com/callback",
        "https://client.example.com/callback,          https://client.example.com/callback?x=1",
        "https://client.example.com/callback?a=1&b=2,  https://client.example.com/callback?b=2&a=1",
        "cursor://anysphere.cursor-mcp/oauth/callback, cursor://anysphere.cursor-mcp/oauth/callback/",
        "com.example.app:/callback,                    com.example.app:/callback2",
    })
    void allowsWhenNotLoopbackAndStringsDifferThenFalse(String registered, String requested) {
        assertThat(new RedirectUri(registered).allows(new RedirectUri(requested))).isFalse();
    }

    @Test
    void allowsWhenRegisteredIsPrivateUseAndRequestedIsLoopbackThenFalse() {
        assertThat(new RedirectUri("cursor://anysphere.cursor-mcp/oauth/callback")
                .allows(new RedirectUri("http://localhost:8787/callback"))).isFalse();
    }

    // --- Display ---------------------------------------------------------------------------------

    @Test
    void displayHostWhenHttpsThenHost() {
        assertThat(new RedirectUri("https://vscode.dev/redirect").displayHost()).isEqualTo("vscode.dev");
        assertThat(new RedirectUri("http://127.0.0.1:33418/").displayHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void displayHostWhenPrivateUseWithoutAuthorityThenScheme() {
        assertThat(new RedirectUri("com.example.app:/callback").displayHost()).isEqualTo("com.example.app:");
    }

    @Test
    void toStringWhenPrintedThenIsTheUri() {
        assertThat(new RedirectUri("https://vscode.dev/redirect")).hasToString("https://vscode.dev/redirect");
    }
}
