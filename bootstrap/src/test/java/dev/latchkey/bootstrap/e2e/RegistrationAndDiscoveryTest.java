package dev.latchkey.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dynamic client registration (RFC 7591), discovery (RFC 8414), JWKS, CORS and the health check. */
class RegistrationAndDiscoveryTest {

    @TempDir
    Path dataDir;

    TestServer server;
    Browser browser = new Browser();

    @BeforeEach
    void start() {
        server = TestServer.start(dataDir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> register(String json) {
        return browser.post(server.url("/oauth/register"), "application/json", json);
    }

    private static void assertError(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Browser.json(response).get("error").asText()).isEqualTo(error);
        assertThat(Browser.json(response).get("error_description").asText()).isNotBlank();
    }

    @Test
    void registerWhenCursorLikeClientSendsThreeRedirectUrisThenEachAcceptedAndEchoed() {
        HttpResponse<String> response = register("{\"client_name\":\"Cursor\",\"redirect_uris\":["
                + "\"cursor://anysphere.cursor-mcp/oauth/callback\","
                + "\"https://www.cursor.com/agents/mcp/oauth/callback\",\"http://localhost:8787/callback\"],"
                + "\"token_endpoint_auth_method\":\"none\",\"unknown_member\":{\"nested\":true}}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = Browser.json(response);
        assertThat(body.get("redirect_uris")).hasSize(3);
        assertThat(body.get("token_endpoint_auth_method").asText()).isEqualTo("none");
        assertThat(body.has("client_secret")).isFalse();
        assertThat(body.get("client_id_issued_at").isIntegralNumber()).isTrue();
        assertThat(body.has("unknown_member")).isFalse();
    }

    @Test
    void registerWhenConfidentialThenSecretReturnedOnceWithExpiryZero() {
        JsonNode body = Browser.json(register("{\"redirect_uris\":[\"https://app.example/cb\"],"
                + "\"token_endpoint_auth_method\":\"client_secret_post\"}"));
        assertThat(body.get("client_secret").asText()).hasSize(43);
        assertThat(body.get("client_secret_expires_at").asLong()).isZero();
    }

    @Test
    void registerWhenRedirectUriIsHttpOnPublicHostThenInvalidRedirectUri() {
        assertError(register("{\"redirect_uris\":[\"http://app.example/cb\"]}"), 400, "invalid_redirect_uri");
    }

    @Test
    void registerWhenRedirectUriHasFragmentThenInvalidRedirectUri() {
        assertError(register("{\"redirect_uris\":[\"https://app.example/cb#frag\"]}"), 400, "invalid_redirect_uri");
    }

    @Test
    void registerWhenRedirectUriHasWildcardThenInvalidRedirectUri() {
        assertError(register("{\"redirect_uris\":[\"https://*.example/cb\"]}"), 400, "invalid_redirect_uri");
    }

    @Test
    void registerWhenRedirectUrisMissingThenInvalidRedirectUri() {
        assertError(register("{\"client_name\":\"x\"}"), 400, "invalid_redirect_uri");
    }

    @Test
    void registerWhenMemberHasWrongTypeThenInvalidClientMetadata() {
        assertError(register("{\"redirect_uris\":\"https://app.example/cb\"}"), 400, "invalid_client_metadata");
        assertError(register("{\"redirect_uris\":[\"https://app.example/cb\"],\"client_name\":42}"), 400,
                "invalid_client_metadata");
    }

    @Test
    void registerWhenAuthMethodUnsupportedThenInvalidClientMetadata() {
        assertError(register("{\"redirect_uris\":[\"https://app.example/cb\"],"
                + "\"token_endpoint_auth_method\":\"private_key_jwt\"}"), 400, "invalid_client_metadata");
    }

    @Test
    void registerWhenUnknownGrantTypeListedThenIgnored() {
        JsonNode body = Browser.json(register("{\"redirect_uris\":[\"https://claude.ai/api/mcp/auth_callback\"],"
                + "\"token_endpoint_auth_method\":\"none\",\"grant_types\":[\"authorization_code\",\"refresh_token\","
                + "\"urn:ietf:params:oauth:grant-type:jwt-bearer\"]}"));
        assertThat(body.get("grant_types").toString()).isEqualTo("[\"authorization_code\",\"refresh_token\"]");
    }

    @Test
    void registerWhenJsonMalformedThenInvalidClientMetadata() {
        assertError(register("{\"redirect_uris\": [\"https://app.example/cb\""), 400, "invalid_client_metadata");
        assertError(register("[1,2,3]"), 400, "invalid_client_metadata");
    }

    @Test
    void registerWhenContentTypeIsFormThenInvalidClientMetadata() {
        assertError(browser.post(server.url("/oauth/register"), "application/x-www-form-urlencoded", "a=b"), 400,
                "invalid_client_metadata");
    }

    @Test
    void registerWhenBodyOversizedThen413() {
        assertError(register("{\"client_name\":\"" + "x".repeat(70_000) + "\"}"), 413, "invalid_client_metadata");
    }

    @Test
    void metadataWhenFetchedFromBothWellKnownNamesThenSameIssuer() {
        JsonNode oauth = Browser.json(browser.get(server.url("/.well-known/oauth-authorization-server")));
        JsonNode openid = Browser.json(browser.get(server.url("/.well-known/openid-configuration")));
        assertThat(oauth.get("issuer").asText()).isEqualTo(server.base).doesNotEndWith("/");
        assertThat(openid.get("issuer").asText()).isEqualTo(server.base);
        assertThat(oauth.get("jwks_uri").asText()).isEqualTo(server.url("/jwks.json"));
    }

    @Test
    void metadataWhenPreflightedWithMcpProtocolVersionThenAllowed() {
        HttpResponse<String> preflight = browser.send(HttpRequest.newBuilder(
                        URI.create(server.url("/.well-known/oauth-authorization-server")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:6274")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "mcp-protocol-version")
                .build());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                .contains("mcp-protocol-version");
        HttpResponse<String> get = browser.get(server.url("/.well-known/oauth-authorization-server"));
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @Test
    void tokenEndpointWhenPreflightedThenAllowsPost() {
        HttpResponse<String> preflight = browser.send(HttpRequest.newBuilder(URI.create(server.url("/oauth/token")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:6274")
                .header("Access-Control-Request-Method", "POST")
                .build());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
    }

    @Test
    void jwksWhenFetchedThenHasOnePublicEcKeyWithoutPrivateMembers() {
        JsonNode jwks = Browser.json(browser.get(server.url("/jwks.json")));
        assertThat(jwks.get("keys")).hasSize(1);
        JsonNode key = jwks.get("keys").get(0);
        assertThat(key.get("kty").asText()).isEqualTo("EC");
        assertThat(key.has("d")).isFalse();
        assertThat(key.get("kid").asText()).isNotBlank();
    }

    @Test
    void healthzWhenRunningThenOk() {
        HttpResponse<String> response = browser.get(server.url("/healthz"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Browser.json(response).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void unknownPathThen404Json() {
        HttpResponse<String> response = browser.get(server.url("/nope"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Browser.json(response).get("error_description").asText()).contains("oauth-authorization-server");
    }

    @Test
    void wrongMethodThen405WithAllow() {
        HttpResponse<String> response = browser.get(server.url("/oauth/token"));
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void homePageWhenNoUserThenShowsFirstUserCommandWithSecurityHeaders() {
        HttpResponse<String> response = browser.get(server.url("/"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("users add admin");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'").doesNotContain("unsafe-inline");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
}
