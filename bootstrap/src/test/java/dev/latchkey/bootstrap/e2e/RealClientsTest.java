package dev.latchkey.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.domain.org.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registration bodies real clients send (Cursor, VS Code, MCP Inspector) through the whole flow with
 * their own redirect URIs, loopback ones on another port than registered; and the hygiene of open
 * registration (rate limit, forgetting unused clients, invalid_client for a removed client).
 */
class RealClientsTest {

    @TempDir
    Path dataDir;

    TestServer server;
    OAuthFlow flow;
    String resource;

    @BeforeEach
    void start() {
        server = TestServer.start(dataDir);
        server.addUser("alice", "home", Role.OWNER);
        resource = server.addGatewayResource("notes", "http://127.0.0.1:9/mcp", false, java.util.List.of(), "mcp:use");
        flow = new OAuthFlow(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void assertTokens(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Browser.json(response).has("refresh_token")).isTrue();
    }

    @Test
    void cursorWhenRegisteredThenEachOfItsRedirectUrisWorks() {
        String clientId = flow.register("{\"client_name\":\"Cursor\",\"redirect_uris\":["
                + "\"cursor://anysphere.cursor-mcp/oauth/callback\","
                + "\"https://www.cursor.com/agents/mcp/oauth/callback\",\"http://localhost:8787/callback\"],"
                + "\"token_endpoint_auth_method\":\"none\"}").clientId();

        assertTokens(flow.codeFlow(clientId, "cursor://anysphere.cursor-mcp/oauth/callback", resource));
        assertTokens(flow.codeFlow(clientId, "https://www.cursor.com/agents/mcp/oauth/callback", resource));
        assertTokens(flow.codeFlow(clientId, "http://localhost:51234/callback", resource));
    }

    @Test
    void vsCodeWhenRegisteredThenLoopbackOnAnyPortAndItsWebRedirectsWork() {
        String clientId = flow.register("{\"client_name\":\"Visual Studio Code\",\"redirect_uris\":["
                + "\"http://127.0.0.1:33418\",\"http://localhost:33418/\",\"https://vscode.dev/redirect\","
                + "\"https://insiders.vscode.dev/redirect\"],\"grant_types\":[\"authorization_code\",\"refresh_token\"],"
                + "\"token_endpoint_auth_method\":\"none\"}").clientId();

        assertTokens(flow.codeFlow(clientId, "http://127.0.0.1:40111", resource));
        assertTokens(flow.codeFlow(clientId, "http://localhost:40112/", resource));
        assertTokens(flow.codeFlow(clientId, "https://vscode.dev/redirect", resource));
    }

    @Test
    void mcpInspectorWhenRegisteredThenFlowWorks() {
        String clientId = flow.register("{\"client_name\":\"MCP Inspector\",\"redirect_uris\":"
                + "[\"http://localhost:6274/oauth/callback\"],\"grant_types\":[\"authorization_code\","
                + "\"refresh_token\"],\"response_types\":[\"code\"],\"token_endpoint_auth_method\":\"none\","
                + "\"client_uri\":\"https://github.com/modelcontextprotocol/inspector\"}").clientId();

        assertTokens(flow.codeFlow(clientId, "http://localhost:6274/oauth/callback", resource));
    }

    @Test
    void registerWhenOneAddressRegistersTooOftenThen429WithRetryAfter() {
        String body = "{\"redirect_uris\":[\"http://127.0.0.1:9/cb\"],\"token_endpoint_auth_method\":\"none\"}";
        IntStream.range(0, 20).forEach(i -> assertThat(flow.browser.post(server.url("/oauth/register"),
                "application/json", body).statusCode()).isEqualTo(201));

        HttpResponse<String> limited = flow.browser.post(server.url("/oauth/register"), "application/json", body);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(Browser.json(limited).get("error_description").asText()).contains("Try again");
        server.clock.advance(Duration.ofSeconds(10));
        assertThat(flow.browser.post(server.url("/oauth/register"), "application/json", body).statusCode())
                .isEqualTo(201);
    }

    @Test
    void clientWhenRegisteredButNeverUsedForADayThenForgottenAndGetsInvalidClient() {
        OAuthFlow.RegisteredClient unused = flow.registerPublicClient();
        OAuthFlow.RegisteredClient used = flow.registerPublicClient();
        assertTokens(flow.codeFlow(used.clientId(), OAuthFlow.REDIRECT_URI, resource));
        server.clock.advance(Duration.ofHours(25));

        int removed = server.admin(parts -> parts.forgetUnusedClients().forget());

        assertThat(removed).isEqualTo(1);
        HttpResponse<String> token = flow.refresh(unused, "R".repeat(43));
        assertThat(token.statusCode()).isEqualTo(401);
        assertThat(Browser.json(token).get("error").asText()).isEqualTo("invalid_client");
        assertThat(Browser.json(token).get("error_description").asText()).contains("register it again");
        assertThat(flow.refresh(used, "R".repeat(43)).statusCode()).isEqualTo(400);
    }
}
