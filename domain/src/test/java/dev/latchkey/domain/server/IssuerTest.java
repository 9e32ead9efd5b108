package dev.latchkey.domain.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 8414 §2: the issuer is "a URL that uses the "https" scheme and has no query or fragment
 * components"; clients compare it exactly (RFC 8414 §3.3, RFC 9207 §2.4), so it is kept byte-stable.
 */
final class IssuerTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "https://auth.example.com",
        "https://auth.example.com/tenant-a",
        "https://auth.example.com:8443",
        "https://auth.example.com/a/b",
        "http://localhost:8080",
        "http://127.0.0.1:9000/latchkey",
    })
    void buildWhenUrlWithoutQueryFragmentOrTrailingSlashThenAccepted(String value) {
        assertThat(new Issuer(value)).hasToString(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://auth.example.com/", "https://auth.example.com/tenant/"})
    void buildWhenTrailingSlashThenRefused(String value) {
        // A trailing slash would make "{issuer}/.well-known/..." and the exact iss comparison disagree.
        assertThatIllegalArgumentException().isThrownBy(() -> new Issuer(value)).withMessageContaining("'/'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://auth.example.com?tenant=a", "https://auth.example.com/x?",
        "https://auth.example.com#frag", "https://auth.example.com/x#"})
    void buildWhenQueryOrFragmentThenRefused(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Issuer(value))
                .withMessageContaining("query or fragment");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://Auth.example.com", "https://AUTH.EXAMPLE.COM/x", "http://LOCALHOST:8080"})
    void buildWhenHostHasUppercaseThenRefused(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Issuer(value)).withMessageContaining("lowercase");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://auth.example.com", "HTTPS://auth.example.com", "auth.example.com",
        "/auth", "urn:example:issuer"})
    void buildWhenNotSpelledAsAnHttpOrHttpsUrlThenRefused(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Issuer(value)).withMessageContaining("https://");
    }

    @Test
    void buildWhenUserinfoThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Issuer("https://user@auth.example.com"))
                .withMessageContaining("user information");
    }

    @Test
    void buildWhenNoHostThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Issuer("https:///auth"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Issuer("https://"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void buildWhenMissingThenRefused(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Issuer(value)).withMessageContaining("missing");
    }

    @ParameterizedTest
    @CsvSource({
        "https://auth.example.com,           /token,                       https://auth.example.com/token",
        "https://auth.example.com/tenant-a,  /token,                       https://auth.example.com/tenant-a/token",
        "http://localhost:8080,              /.well-known/jwks.json,       http://localhost:8080/.well-known/jwks.json",
    })
    void resolveWhenRelativePathThenAppendedToTheIssuer(String issuer, String path, String expected) {
        assertThat(new Issuer(issuer).resolve(path)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "https://auth.example.com,            ''",
        "https://auth.example.com/tenant-a,   /tenant-a",
        "https://auth.example.com:8443/a/b,   /a/b",
    })
    void pathWhenReadThenIssuerPathOrEmpty(String issuer, String path) {
        assertThat(new Issuer(issuer).path()).isEqualTo(path);
    }

    @ParameterizedTest
    @CsvSource({
        "https://auth.example.com,             https://auth.example.com",
        "https://auth.example.com/tenant-a,    https://auth.example.com",
        "https://auth.example.com:8443/a,      https://auth.example.com:8443",
        "http://localhost:8080/latchkey,       http://localhost:8080",
    })
    void originWhenReadThenSchemeHostAndPortOnly(String issuer, String origin) {
        assertThat(new Issuer(issuer).origin()).isEqualTo(origin);
    }

    @Test
    void isHttpsWhenHttpsThenTrueAndWhenHttpThenFalse() {
        assertThat(new Issuer("https://auth.example.com").isHttps()).isTrue();
        assertThat(new Issuer("http://localhost:8080").isHttps()).isFalse();
    }
}
