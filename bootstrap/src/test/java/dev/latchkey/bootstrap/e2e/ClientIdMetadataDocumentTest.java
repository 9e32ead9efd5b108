package dev.latchkey.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latchkey.bootstrap.LatchkeyConfig;
import dev.latchkey.domain.org.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Client ID Metadata Documents through the whole server: a local https host serves the documents of
 * real clients (with their client_id rewritten to the local URL, which is the only way to serve them),
 * Latchkey fetches them at the authorization and token endpoints, caches them, falls back to a stale
 * copy, and refuses documents that break the rules with an error the user can act on.
 */
class ClientIdMetadataDocumentTest {

    @TempDir
    Path dataDir;

    TestServer server;
    DocumentHost host;
    OAuthFlow flow;
    String resource;

    @BeforeEach
    void start() {
        host = new DocumentHost();
        server = TestServer.start(dataDir, config -> config.with(new LatchkeyConfig.Advanced(true, Optional.empty(),
                Duration.ofHours(1))));
        server.addUser("alice", "home", Role.OWNER);
        resource = server.addGatewayResource("notes", "http://127.0.0.1:9/mcp", false, java.util.List.of(),
                "mcp:use");
        flow = new OAuthFlow(server);
    }

    @AfterEach
    void stop() {
        server.close();
        host.close();
    }

    /** Claude's published document, served from the local host. */
    private String claude(String path) {
        return "{\"client_id\":\"" + host.url(path) + "\",\"client_name\":\"Claude\","
                + "\"client_uri\":\"https://claude.ai\","
                + "\"redirect_uris\":[\"https://claude.ai/api/mcp/auth_callback\"],"
                + "\"grant_types\":[\"authorization_code\",\"refresh_token\","
                + "\"urn:ietf:params:oauth:grant-type:jwt-bearer\"],"
                + "\"response_types\":[\"code\"],\"token_endpoint_auth_method\":\"none\"}";
    }

    private void serve(String path, String body) {
        host.set(path, DocumentHost.Answer.json(body, "max-age=300"));
    }

    private static void assertTokens(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode tokens = Browser.json(response);
        assertThat(tokens.has("access_token")).isTrue();
        assertThat(tokens.has("refresh_token")).isTrue();
    }

    private HttpResponse<String> authorize(String clientId, String redirectUri) {
        return flow.browser.get(flow.authorizeUrl(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", redirectUri, "code_challenge", OAuthFlow.Pkce.generate().challenge(),
                "code_challenge_method", "S256", "resource", resource)));
    }

    @Test
    void claudeDocumentWhenFetchedThenAuthorizeAndTokenWorkAndConsentNamesTheHost() {
        serve("/claude.json", claude("/claude.json"));
        String clientId = host.url("/claude.json");

        String consent = flow.consentPageFor(clientId, "https://claude.ai/api/mcp/auth_callback", resource);
        assertThat(consent).contains("Claude").contains("Identified by").contains("127.0.0.1")
                .contains("Unverified application");

        assertTokens(flow.codeFlow(clientId, "https://claude.ai/api/mcp/auth_callback", resource));
    }

    @Test
    void documentWhenStillFreshThenNotFetchedAgain() {
        serve("/claude.json", claude("/claude.json"));
        String clientId = host.url("/claude.json");
        assertTokens(flow.codeFlow(clientId, "https://claude.ai/api/mcp/auth_callback", resource));
        int fetched = host.fetches("/claude.json");

        assertTokens(flow.codeFlow(clientId, "https://claude.ai/api/mcp/auth_callback", resource));

        assertThat(host.fetches("/claude.json")).isEqualTo(fetched);
    }

    @Test
    void documentWhenStaleAndRefreshFailsThenStoredCopyIsUsed() {
        serve("/claude.json", claude("/claude.json"));
        String clientId = host.url("/claude.json");
        assertTokens(flow.codeFlow(clientId, "https://claude.ai/api/mcp/auth_callback", resource));
        host.set("/claude.json", new DocumentHost.Answer(503, Map.of(), "", 0));
        server.clock.advance(Duration.ofMinutes(10));
        int fetched = host.fetches("/claude.json");

        assertTokens(flow.codeFlow(clientId, "https://claude.ai/api/mcp/auth_callback", resource));

        assertThat(host.fetches("/claude.json")).isGreaterThan(fetched);
    }

    @Test
    void claudeCodeDocumentWhenItListsAPortlessLoopbackUriThenAnyPortIsAccepted() {
        serve("/claude-code.json", "{\"client_id\":\"" + host.url("/claude-code.json") + "\",\"client_name\":"
                + "\"Claude Code\",\"redirect_uris\":[\"http://localhost/callback\"],"
                + "\"grant_types\":[\"authorization_code\",\"refresh_token\"],\"token_endpoint_auth_method\":\"none\"}");

        assertTokens(flow.codeFlow(host.url("/claude-code.json"), "http://localhost:54321/callback", resource));
    }

    @Test
    void chatGptDocumentWhenItListsPrivateKeyJwtAndNoneThenNoneIsUsed() {
        serve("/chatgpt.json", "{\"client_id\":\"" + host.url("/chatgpt.json") + "\",\"client_name\":\"ChatGPT\","
                + "\"redirect_uris\":[\"https://chatgpt.com/connector_platform_oauth_redirect\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"private_key_jwt\",\"none\"],"
                + "\"grant_types\":[\"authorization_code\",\"refresh_token\"],\"unknown\":{\"ignored\":true}}");

        assertTokens(flow.codeFlow(host.url("/chatgpt.json"),
                "https://chatgpt.com/connector_platform_oauth_redirect", resource));
    }

    private void assertRefusedWithPage(String clientId, String redirectUri, String... phrases) {
        HttpResponse<String> response = authorize(clientId, redirectUri);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).contains(phrases);
    }

    @Test
    void documentWhenClientIdDiffersFromItsUrlThenRefused() {
        serve("/mismatch.json", claude("/other.json"));
        assertRefusedWithPage(host.url("/mismatch.json"), "https://claude.ai/api/mcp/auth_callback",
                "is not the URL it was fetched from");
    }

    @Test
    void documentWhenOnlyPrivateKeyJwtThenRefusedWithClearError() {
        serve("/pkjwt.json", "{\"client_id\":\"" + host.url("/pkjwt.json") + "\",\"redirect_uris\":"
                + "[\"https://app.example/cb\"],\"token_endpoint_auth_method\":\"private_key_jwt\"}");
        assertRefusedWithPage(host.url("/pkjwt.json"), "https://app.example/cb", "private_key_jwt",
                "none");
    }

    @Test
    void documentWhenItAsksForASharedSecretThenRefused() {
        serve("/secret.json", "{\"client_id\":\"" + host.url("/secret.json") + "\",\"redirect_uris\":"
                + "[\"https://app.example/cb\"],\"token_endpoint_auth_method\":\"client_secret_basic\"}");
        assertRefusedWithPage(host.url("/secret.json"), "https://app.example/cb", "shared secrets");
    }

    @Test
    void documentWhenServedThroughARedirectThenRefusedAndNotFollowed() {
        serve("/real.json", claude("/moved.json"));
        host.set("/moved.json", new DocumentHost.Answer(302, Map.of("Location", host.url("/real.json")), "", 0));
        assertRefusedWithPage(host.url("/moved.json"), "https://claude.ai/api/mcp/auth_callback", "redirect");
        assertThat(host.fetches("/real.json")).isZero();
    }

    @Test
    void documentWhenNot200ThenRefused() {
        assertRefusedWithPage(host.url("/missing.json"), "https://claude.ai/api/mcp/auth_callback", "404");
    }

    @Test
    void documentWhenOversizedThenRefused() {
        host.set("/big.json", DocumentHost.Answer.json("{\"client_name\":\"" + "x".repeat(70_000) + "\"}",
                "max-age=60"));
        assertRefusedWithPage(host.url("/big.json"), "https://claude.ai/api/mcp/auth_callback", "larger than");
    }

    @Test
    void documentWhenHostIsSlowThenRefusedWithinTheTimeLimit() {
        host.set("/slow.json", new DocumentHost.Answer(200, Map.of("Content-Type", "application/json"),
                claude("/slow.json"), 8_000));
        // The document is valid and arrives after 8 s: only the 5-second limit can refuse it.
        assertRefusedWithPage(host.url("/slow.json"), "https://claude.ai/api/mcp/auth_callback", "5 seconds");
    }

    @Test
    void documentWhenAtAPrivateAddressAndNotAllowedThenRefusedNamingTheSetting(@TempDir Path otherDir) {
        serve("/claude.json", claude("/claude.json"));
        try (TestServer strict = TestServer.start(otherDir)) {
            strict.addUser("alice", "home", Role.OWNER);
            String strictResource = strict.addGatewayResource("notes", "http://127.0.0.1:9/mcp", false,
                    java.util.List.of(), "mcp:use");
            OAuthFlow strictFlow = new OAuthFlow(strict);
            HttpResponse<String> response = strictFlow.browser.get(strictFlow.authorizeUrl(Map.of(
                    "response_type", "code", "client_id", host.url("/claude.json"),
                    "redirect_uri", "https://claude.ai/api/mcp/auth_callback",
                    "code_challenge", OAuthFlow.Pkce.generate().challenge(), "code_challenge_method", "S256",
                    "resource", strictResource)));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("--cimd-allow-private");
            assertThat(host.fetches("/claude.json")).isZero();
        }
    }

    @Test
    void tokenEndpointWhenDocumentClientPresentsASecretThenInvalidClient() {
        serve("/claude.json", claude("/claude.json"));
        String clientId = host.url("/claude.json");
        assertTokens(flow.codeFlow(clientId, "https://claude.ai/api/mcp/auth_callback", resource));
        HttpResponse<String> response = flow.browser.postForm(server.url("/oauth/token"), Map.of(
                "grant_type", "refresh_token", "refresh_token", "R".repeat(43), "client_id", clientId,
                "client_secret", "S".repeat(43)));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Browser.json(response).get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void metadataWhenFetchedThenAdvertisesMetadataDocumentSupport() {
        assertThat(Browser.json(flow.browser.get(server.url("/.well-known/oauth-authorization-server")))
                .get("client_id_metadata_document_supported").asBoolean()).isTrue();
    }
}
