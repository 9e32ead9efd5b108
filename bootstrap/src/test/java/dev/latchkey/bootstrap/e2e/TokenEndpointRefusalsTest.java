package dev.latchkey.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latchkey.domain.org.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refusals at the token, introspection and revocation endpoints, each in the RFC 6749 §5.2 shape. */
class TokenEndpointRefusalsTest {

    @TempDir
    Path dataDir;

    TestServer server;
    OAuthFlow flow;
    OAuthFlow.RegisteredClient client;
    OAuthFlow.Pkce pkce = OAuthFlow.Pkce.generate();

    @BeforeEach
    void start() {
        server = TestServer.start(dataDir);
        server.addUser("alice", "home", Role.OWNER);
        server.addResource("notes", server.resourceUrl());
        flow = new OAuthFlow(server);
        client = flow.registerPublicClient();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void assertError(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode body = Browser.json(response);
        assertThat(body.get("error").asText()).isEqualTo(error);
        assertThat(body.get("error_description").asText()).isNotBlank();
    }

    private Map<String, String> codeForm(String code, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", OAuthFlow.REDIRECT_URI);
        form.put("client_id", client.clientId());
        form.put("code_verifier", verifier);
        return form;
    }

    @Test
    void exchangeWhenVerifierWrongThenInvalidGrant() {
        String code = flow.authorize(client, pkce, "alice", "home");
        HttpResponse<String> response = flow.browser.postForm(server.url("/oauth/token"),
                codeForm(code, OAuthFlow.Pkce.generate().verifier()));
        assertError(response, 400, "invalid_grant");
        assertThat(Browser.json(response).get("error_description").asText()).contains("code_verifier");
    }

    @Test
    void exchangeWhenVerifierMissingThenInvalidRequest() {
        String code = flow.authorize(client, pkce, "alice", "home");
        Map<String, String> form = codeForm(code, pkce.verifier());
        form.remove("code_verifier");
        assertError(flow.browser.postForm(server.url("/oauth/token"), form), 400, "invalid_request");
    }

    @Test
    void exchangeWhenRedirectUriDiffersThenInvalidGrant() {
        String code = flow.authorize(client, pkce, "alice", "home");
        Map<String, String> form = codeForm(code, pkce.verifier());
        form.put("redirect_uri", "http://127.0.0.1:9999/other");
        assertError(flow.browser.postForm(server.url("/oauth/token"), form), 400, "invalid_grant");
    }

    @Test
    void exchangeWhenCodeReplayedThenRevokesEveryTokenFromIt() {
        String code = flow.authorize(client, pkce, "alice", "home");
        JsonNode first = Browser.json(flow.exchangeCode(client, code, pkce));
        assertThat(first.has("access_token")).isTrue();

        assertError(flow.exchangeCode(client, code, pkce), 400, "invalid_grant");

        assertError(flow.refresh(client, first.get("refresh_token").asText()), 400, "invalid_grant");
        OAuthFlow.RegisteredClient resourceServer = flow.registerConfidentialClient();
        assertThat(Browser.json(flow.introspect(resourceServer, first.get("access_token").asText()))
                .get("active").asBoolean()).isFalse();
    }

    @Test
    void exchangeWhenCodeExpiredThenInvalidGrant() {
        String code = flow.authorize(client, pkce, "alice", "home");
        server.clock.advance(Duration.ofSeconds(61));
        HttpResponse<String> response = flow.exchangeCode(client, code, pkce);
        assertError(response, 400, "invalid_grant");
        assertThat(Browser.json(response).get("error_description").asText()).contains("expired");
    }

    @Test
    void exchangeWhenCodeIsForAnotherClientThenInvalidGrant() {
        String code = flow.authorize(client, pkce, "alice", "home");
        OAuthFlow.RegisteredClient other = flow.registerPublicClient();
        assertError(flow.exchangeCode(other, code, pkce), 400, "invalid_grant");
    }

    @Test
    void exchangeWhenCodeUnknownThenInvalidGrant() {
        assertError(flow.exchangeCode(client, "A".repeat(43), pkce), 400, "invalid_grant");
    }

    @Test
    void tokenWhenClientUnknownThenInvalidClient401() {
        Map<String, String> form = codeForm("A".repeat(43), pkce.verifier());
        form.put("client_id", "not-registered");
        assertError(flow.browser.postForm(server.url("/oauth/token"), form), 401, "invalid_client");
    }

    @Test
    void tokenWhenBasicCredentialsWrongThen401WithBasicChallenge() {
        OAuthFlow.RegisteredClient confidential = flow.registerConfidentialClient();
        HttpResponse<String> response = flow.browser.postForm(server.url("/oauth/token"),
                Map.of("grant_type", "refresh_token", "refresh_token", "B".repeat(43)),
                Map.of("Authorization", OAuthFlow.basic(new OAuthFlow.RegisteredClient(confidential.clientId(),
                        "wrong-secret-wrong-secret-wrong-secret-wrong"))));
        assertError(response, 401, "invalid_client");
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
    }

    @Test
    void tokenWhenGrantTypeUnknownThenUnsupportedGrantType() {
        assertError(flow.browser.postForm(server.url("/oauth/token"),
                Map.of("grant_type", "password", "client_id", client.clientId())), 400, "unsupported_grant_type");
    }

    @Test
    void tokenWhenGrantTypeMissingThenInvalidRequest() {
        assertError(flow.browser.postForm(server.url("/oauth/token"), Map.of("client_id", client.clientId())), 400,
                "invalid_request");
    }

    @Test
    void tokenWhenContentTypeIsJsonThenInvalidRequest() {
        assertError(flow.browser.post(server.url("/oauth/token"), "application/json",
                "{\"grant_type\":\"authorization_code\"}"), 400, "invalid_request");
    }

    @Test
    void tokenWhenFormEncodingMalformedThenInvalidRequest() {
        assertError(flow.browser.post(server.url("/oauth/token"), "application/x-www-form-urlencoded",
                "grant_type=%zz"), 400, "invalid_request");
    }

    @Test
    void tokenWhenParameterRepeatedThenInvalidRequest() {
        assertError(flow.browser.post(server.url("/oauth/token"), "application/x-www-form-urlencoded",
                "grant_type=refresh_token&grant_type=authorization_code&client_id=" + client.clientId()), 400,
                "invalid_request");
    }

    @Test
    void tokenWhenBodyOversizedThen413() {
        HttpResponse<String> response = flow.browser.post(server.url("/oauth/token"),
                "application/x-www-form-urlencoded", "grant_type=refresh_token&pad=" + "x".repeat(70_000));
        assertError(response, 413, "invalid_request");
    }

    @Test
    void refreshWhenTokenUnknownThenInvalidGrant() {
        assertError(flow.refresh(client, "C".repeat(43)), 400, "invalid_grant");
    }

    @Test
    void refreshWhenScopeBroaderThanGrantThenInvalidScope() {
        String code = flow.authorize(client, pkce, "alice", "home");
        String refresh = Browser.json(flow.exchangeCode(client, code, pkce)).get("refresh_token").asText();
        HttpResponse<String> response = flow.browser.postForm(server.url("/oauth/token"), Map.of(
                "grant_type", "refresh_token", "refresh_token", refresh, "client_id", client.clientId(),
                "scope", "mcp:use admin:everything"));
        assertError(response, 400, "invalid_scope");
    }

    @Test
    void refreshWhenRoleChangedThenNewAccessTokenCarriesCurrentRole() {
        server.addUser("bob", "home", Role.MEMBER);
        String code = flow.authorize(client, pkce, "bob", "home");
        JsonNode issued = Browser.json(flow.exchangeCode(client, code, pkce));
        assertThat(OAuthFlow.jwtPayload(issued.get("access_token").asText()).get("org_role").asText())
                .isEqualTo("member");

        server.join("bob", "home", Role.ADMIN);

        JsonNode refreshed = Browser.json(flow.refresh(client, issued.get("refresh_token").asText()));
        assertThat(OAuthFlow.jwtPayload(refreshed.get("access_token").asText()).get("org_role").asText())
                .isEqualTo("admin");
    }

    @Test
    void introspectWhenCallerIsPublicClientThenInvalidClient() {
        assertError(flow.browser.postForm(server.url("/oauth/introspect"),
                Map.of("token", "x", "client_id", client.clientId())), 401, "invalid_client");
    }

    @Test
    void introspectWhenTokenUnknownThenInactive() {
        OAuthFlow.RegisteredClient resourceServer = flow.registerConfidentialClient();
        HttpResponse<String> response = flow.introspect(resourceServer, "not-a-token");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Browser.json(response).get("active").asBoolean()).isFalse();
        assertThat(Browser.json(response).size()).isEqualTo(1);
    }

    @Test
    void revokeWhenTokenBelongsToAnotherClientThenRefusedAndTokenStillWorks() {
        String code = flow.authorize(client, pkce, "alice", "home");
        String refresh = Browser.json(flow.exchangeCode(client, code, pkce)).get("refresh_token").asText();
        OAuthFlow.RegisteredClient other = flow.registerPublicClient();
        assertError(flow.revoke(other, refresh), 400, "invalid_grant");
        assertThat(flow.refresh(client, refresh).statusCode()).isEqualTo(200);
    }

    @Test
    void revokeWhenTokenUnknownThen200() {
        assertThat(flow.revoke(client, "unknown-token").statusCode()).isEqualTo(200);
    }
}
