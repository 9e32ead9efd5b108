package dev.latchkey.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import dev.latchkey.application.activity.ListActivity;
import dev.latchkey.application.grant.RevokeGrant;
import dev.latchkey.application.org.RemoveMember;
import dev.latchkey.application.user.SetUserDisabled;
import dev.latchkey.bootstrap.LatchkeyConfig;
import dev.latchkey.demo.DemoMcpServer;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.UpstreamHeader;
import dev.latchkey.domain.user.Username;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway end to end: real MCP servers (the built-in demo server and the npm reference server)
 * behind {@code /mcp/NAME}, tokens from the real authorization-code flow, an MCP client speaking
 * Streamable HTTP, and a spy upstream for what the others cannot show.
 */
class GatewayEndToEndTest {

    @TempDir
    static Path dataDir;

    static TestServer server;
    static DemoMcpServer demo;
    static EverythingServer everything;
    static SpyUpstream spy;
    static String demoUrl;
    static String everythingUrl;
    static String spyUrl;
    static String streamUrl;
    static String slowUrl;
    static String downUrl;
    static String scopedUrl;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(dataDir, config -> new LatchkeyConfig(config.dataDir(), config.bindAddress(),
                config.port(), config.issuer(), config.signingAlgorithm(), config.defaultResource(),
                java.util.Set.of("https://inspector.example"), Duration.ofSeconds(1), config.options()));
        demo = DemoMcpServer.start("127.0.0.1", 0, Clock.systemUTC());
        everything = EverythingServer.start();
        spy = new SpyUpstream();
        server.addUser("alice", "home", Role.OWNER);
        server.addUser("bob", "work", Role.MEMBER);
        server.addUser("carol", "home", Role.MEMBER);
        demoUrl = server.addGatewayResource("demo", demo.endpoint().toString(), true, List.of(), "mcp:use");
        everythingUrl = server.addGatewayResource("everything", everything.endpoint(), false, List.of(), "mcp:use");
        spyUrl = server.addGatewayResource("spy", spy.url("/mcp"), true,
                List.of(new UpstreamHeader("X-Api-Key", "upstream-own-key")), "mcp:use");
        streamUrl = server.addGatewayResource("stream", spy.url("/stream"), false, List.of(), "mcp:use");
        slowUrl = server.addGatewayResource("slow", spy.url("/slow"), false, List.of(), "mcp:use");
        downUrl = server.addGatewayResource("down", "http://127.0.0.1:" + TestServer.freePort() + "/mcp", false,
                List.of(), "mcp:use");
        scopedUrl = server.addGatewayResource("scoped", spy.url("/mcp"), false, List.of(), "mcp:use notes:read");
    }

    @AfterAll
    static void stop() {
        server.close();
        demo.close();
        everything.close();
        spy.close();
    }

    private static String token(String resourceUrl) {
        return token(resourceUrl, "mcp:use", "alice", "home");
    }

    private static String token(String resourceUrl, String scope, String username, String organization) {
        OAuthFlow flow = new OAuthFlow(server);
        return flow.tokensFor(flow.registerPublicClient(), resourceUrl, scope, username, organization)
                .get("access_token").asText();
    }

    private static HttpResponse<String> raw(HttpRequest.Builder request) {
        return new Browser().send(request.build());
    }

    private static HttpRequest.Builder initializeRequest(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                        + "\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
                        + "\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}"));
    }

    @Test
    void demoServerWhenTokenValidThenSessionListsCallsStreamsAndEnds() {
        McpTestClient client = new McpTestClient(demoUrl, token(demoUrl));
        McpTestClient.Answer initialized = client.initialize();
        assertThat(initialized.status()).isEqualTo(200);
        assertThat(initialized.sessionId()).isPresent();
        assertThat(initialized.response().path("result").path("serverInfo").path("name").asText())
                .isEqualTo("latchkey-demo");

        JsonNode tools = client.listTools().response().path("result").path("tools");
        assertThat(tools.findValuesAsText("name")).contains("echo", "time", "add_note", "list_notes",
                "delete_all_notes", "countdown");

        JsonNode echo = client.callTool("echo", McpTestClient.JSON.createObjectNode().put("message", "hello"),
                Optional.empty()).response();
        assertThat(echo.toString()).contains("hello").contains("alice");

        McpTestClient.Answer countdown = client.callTool("countdown", McpTestClient.JSON.createObjectNode()
                .put("from", 4).put("interval_ms", 300), Optional.of("progress-1"));
        assertThat(countdown.contentType().orElseThrow()).startsWith("text/event-stream");
        List<McpTestClient.Received> messages = countdown.messages();
        assertThat(messages).hasSizeGreaterThanOrEqualTo(5);
        assertThat(messages.get(0).message().path("method").asText()).isEqualTo("notifications/progress");
        // Streamed, not buffered: the first event arrived long before the last one was sent.
        assertThat(Duration.between(messages.get(0).at(), messages.get(messages.size() - 1).at()))
                .isGreaterThan(Duration.ofMillis(600));

        assertThat(client.endSession()).isBetween(200, 204);
        assertThat(client.listTools().status()).isEqualTo(404);
    }

    @Test
    void referenceServerWhenBehindGatewayThenFullSessionAndProgressArrivesAsItHappens() {
        McpTestClient client = new McpTestClient(everythingUrl, token(everythingUrl));
        McpTestClient.Answer initialized = client.initialize();
        assertThat(initialized.status()).isEqualTo(200);
        assertThat(initialized.sessionId()).isPresent();

        assertThat(client.listTools().response().path("result").path("tools").findValuesAsText("name"))
                .contains("echo", "trigger-long-running-operation");

        McpTestClient.Answer operation = client.callTool("trigger-long-running-operation",
                McpTestClient.JSON.createObjectNode().put("duration", 1.2).put("steps", 4), Optional.of("p-7"));
        List<McpTestClient.Received> progress = operation.messages().stream()
                .filter(received -> received.message().path("method").asText().equals("notifications/progress"))
                .toList();
        assertThat(progress).hasSize(4);
        assertThat(Duration.between(progress.get(0).at(), operation.messages().get(operation.messages().size() - 1)
                .at())).isGreaterThan(Duration.ofMillis(500));
        assertThat(operation.response().toString()).contains("Long running operation completed");

        assertThat(client.endSession()).isBetween(200, 204);
    }

    @Test
    void upstreamWhenCalledThroughGatewayThenNeverSeesClientTokenButGetsItsOwnKeyAndTheCaller() {
        String accessToken = token(spyUrl);
        McpTestClient client = new McpTestClient(spyUrl, accessToken);

        McpTestClient.Answer answer = client.initialize();

        assertThat(answer.status()).isEqualTo(200);
        Headers received = spy.requests.stream().filter(headers -> headers.containsKey("X-api-key")).findFirst()
                .orElseThrow();
        assertThat(received.containsKey("Authorization")).isFalse();
        assertThat(spy.requests).allSatisfy(headers -> {
            assertThat(headers.containsKey("Authorization")).isFalse();
            assertThat(headers.containsKey("Cookie")).isFalse();
        });
        assertThat(received.getFirst("X-Api-Key")).isEqualTo("upstream-own-key");
        assertThat(received.getFirst("X-Latchkey-User")).isEqualTo("alice");
        assertThat(received.getFirst("X-Latchkey-Client")).isNotBlank();
        assertThat(received.getFirst("MCP-Protocol-Version")).isEqualTo(McpTestClient.PROTOCOL_VERSION);
    }

    @Test
    void sessionHeadersWhenForwardedThenPassBothWaysAndUpstreamStatusPassesThrough() {
        String accessToken = token(spyUrl);
        HttpResponse<String> first = raw(initializeRequest(spyUrl).header("Authorization", "Bearer " + accessToken));
        assertThat(first.headers().firstValue("Mcp-Session-Id")).hasValue("spy-session");
        assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> again = raw(initializeRequest(spyUrl).header("Authorization", "Bearer " + accessToken)
                .header("Mcp-Session-Id", "abc-123").header("Last-Event-ID", "42"));
        assertThat(again.headers().firstValue("Mcp-Session-Id")).hasValue("abc-123");
        assertThat(spy.lastRequest().getFirst("Last-Event-ID")).isEqualTo("42");

        HttpResponse<String> gone = raw(initializeRequest(spyUrl).header("Authorization", "Bearer " + accessToken)
                .header("Mcp-Session-Id", "gone"));
        assertThat(gone.statusCode()).isEqualTo(404);
    }

    @Test
    void callWhenNoTokenThen401WithResourceMetadataAndScopeButNoErrorCode() {
        HttpResponse<String> response = raw(initializeRequest(demoUrl));
        assertThat(response.statusCode()).isEqualTo(401);
        String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
        assertThat(challenge).isEqualTo("Bearer resource_metadata=\"" + server.base
                + "/.well-known/oauth-protected-resource/mcp/demo\", scope=\"mcp:use\"");
        assertThat(challenge).doesNotContain("error=");
    }

    @Test
    void callWhenTokenInQueryStringThenRefusedAndNothingForwarded() {
        int before = spy.requests.size();
        HttpResponse<String> response = raw(initializeRequest(spyUrl + "?access_token=" + token(spyUrl)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Authorization: Bearer");
        assertThat(spy.requests).hasSize(before);
    }

    @Test
    void callWhenSignatureTamperedThen401InvalidToken() {
        String accessToken = token(demoUrl);
        String[] parts = accessToken.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        HttpResponse<String> response = raw(initializeRequest(demoUrl).header("Authorization", "Bearer " + tampered));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer error=\"invalid_token\"").contains("resource_metadata=");
    }

    @Test
    void callWhenTokenIsForAnotherResourceThen401() {
        String forDemo = token(demoUrl);
        int before = spy.requests.size();
        HttpResponse<String> response = raw(initializeRequest(spyUrl).header("Authorization", "Bearer " + forDemo));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token")
                .contains("another resource");
        assertThat(spy.requests).hasSize(before);
    }

    @Test
    void callWhenTokenLacksMcpUseThen403InsufficientScopeNamingTheScope() {
        String narrow = token(scopedUrl, "notes:read", "alice", "home");
        HttpResponse<String> response = raw(initializeRequest(scopedUrl).header("Authorization", "Bearer " + narrow));
        assertThat(response.statusCode()).isEqualTo(403);
        String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
        assertThat(challenge).startsWith("Bearer error=\"insufficient_scope\"").contains("scope=\"mcp:use\"")
                .contains("resource_metadata=");
        assertThat(response.body()).contains("missing scope: mcp:use");
    }

    @Test
    void callWhenGrantRevokedThenRefusedOnTheVeryNextCall() {
        String accessToken = token(demoUrl);
        McpTestClient client = new McpTestClient(demoUrl, accessToken);
        assertThat(client.initialize().status()).isEqualTo(200);
        String grantId = OAuthFlow.jwtPayload(accessToken).get("grant_id").asText();

        server.admin(parts -> parts.revokeGrant().revoke(new RevokeGrant.Command(new GrantId(grantId))));

        assertThat(client.listTools().status()).isEqualTo(401);
    }

    @Test
    void callWhenMemberRemovedFromOrganizationThenRefusedOnTheVeryNextCall() {
        String accessToken = token(demoUrl, "mcp:use", "bob", "work");
        McpTestClient client = new McpTestClient(demoUrl, accessToken);
        assertThat(client.initialize().status()).isEqualTo(200);

        server.admin(parts -> parts.removeMember().remove(new RemoveMember.Command(new Username("bob"),
                new OrgName("work"))));

        assertThat(client.listTools().status()).isEqualTo(401);
    }

    @Test
    void callWhenUserDisabledThenRefusedOnTheVeryNextCall() {
        String accessToken = token(demoUrl, "mcp:use", "carol", "home");
        McpTestClient client = new McpTestClient(demoUrl, accessToken);
        assertThat(client.initialize().status()).isEqualTo(200);

        server.admin(parts -> parts.setUserDisabled().set(new SetUserDisabled.Command(new Username("carol"), true)));

        assertThat(client.listTools().status()).isEqualTo(401);
    }

    @Test
    void callWhenResourceUnknownThen404() {
        HttpResponse<String> response = raw(initializeRequest(server.url("/mcp/nope")));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("resources list");
    }

    @Test
    void callWhenBrowserOriginIsForeignThen403AndAllowedOriginsGetCors() {
        HttpResponse<String> foreign = raw(initializeRequest(demoUrl).header("Origin", "https://evil.example"));
        assertThat(foreign.statusCode()).isEqualTo(403);

        HttpResponse<String> loopback = raw(initializeRequest(demoUrl).header("Origin", "http://localhost:6274"));
        assertThat(loopback.statusCode()).isEqualTo(401);
        assertThat(loopback.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:6274");
        assertThat(loopback.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
                .contains("WWW-Authenticate").contains("Mcp-Session-Id");

        HttpResponse<String> preflight = raw(HttpRequest.newBuilder(URI.create(demoUrl))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://inspector.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, mcp-protocol-version"));
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://inspector.example");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
                .contains("Authorization").contains("MCP-Protocol-Version").contains("Mcp-Session-Id");
    }

    @Test
    void callWhenUpstreamIsDownThen502AndOtherResourcesStillServed() {
        HttpResponse<String> down = raw(initializeRequest(downUrl).header("Authorization", "Bearer " + token(downUrl)));
        assertThat(down.statusCode()).isEqualTo(502);
        assertThat(Browser.json(down).get("error").asText()).isEqualTo("upstream_unreachable");
        assertThat(new McpTestClient(demoUrl, token(demoUrl)).initialize().status()).isEqualTo(200);
    }

    @Test
    void callWhenUpstreamIsSlowThen504() {
        HttpResponse<String> slow = raw(initializeRequest(slowUrl).header("Authorization", "Bearer " + token(slowUrl)));
        assertThat(slow.statusCode()).isEqualTo(504);
        assertThat(Browser.json(slow).get("error_description").asText()).contains("did not answer");
    }

    @Test
    void streamWhenClientDisconnectsThenUpstreamStreamIsClosed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(streamUrl))
                .header("Authorization", "Bearer " + token(streamUrl)).header("Accept", "text/event-stream").GET()
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        InputStream events = response.body();
        byte[] first = events.readNBytes(20);
        assertThat(new String(first, StandardCharsets.UTF_8)).startsWith("id: 0");

        events.close();
        http.close();

        assertThat(spy.streamClosed.await(10, TimeUnit.SECONDS)).as("upstream saw the stream close").isTrue();
    }

    @Test
    void resourceMetadataWhenFetchedThenNamesTheIssuerAndTheCanonicalResource() {
        Browser browser = new Browser();
        JsonNode metadata = Browser.json(browser.get(server.url("/.well-known/oauth-protected-resource/mcp/demo")));
        assertThat(metadata.get("resource").asText()).isEqualTo(demoUrl);
        assertThat(metadata.get("authorization_servers").get(0).asText()).isEqualTo(server.base);
        assertThat(metadata.get("scopes_supported").toString()).isEqualTo("[\"mcp:use\"]");
        assertThat(metadata.get("bearer_methods_supported").toString()).isEqualTo("[\"header\"]");
        assertThat(metadata.get("resource_name").asText()).isEqualTo("demo");

        JsonNode root = Browser.json(browser.get(server.url("/.well-known/oauth-protected-resource")));
        assertThat(root.get("authorization_servers").get(0).asText()).isEqualTo(server.base);
        assertThat(browser.get(server.url("/.well-known/oauth-protected-resource/mcp/nope")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void activityWhenToolCalledThenRecordsWhoWhatAndStatusWithoutSecrets() throws InterruptedException {
        String accessToken = token(demoUrl);
        McpTestClient client = new McpTestClient(demoUrl, accessToken);
        client.initialize();
        client.callTool("time", McpTestClient.JSON.createObjectNode(), Optional.empty());

        // The gateway records a call after its response has gone out, so the entry can trail the answer.
        List<ListActivity.Listed> calls = List.of();
        for (int attempt = 0; attempt < 50 && calls.stream().noneMatch(GatewayEndToEndTest::isTimeCall); attempt++) {
            calls = server.admin(parts -> parts.listActivity().list(new ListActivity.Command(200)));
            if (calls.stream().noneMatch(GatewayEndToEndTest::isTimeCall)) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
        assertThat(calls).anySatisfy(listed -> {
            assertThat(listed.call().rpcMethod()).hasValue("tools/call");
            assertThat(listed.call().toolName()).hasValue("time");
            assertThat(listed.call().status()).isEqualTo(200);
            assertThat(listed.username()).isEqualTo("alice");
            assertThat(listed.call().resource().value()).isEqualTo("demo");
        });
        assertThat(calls.toString()).doesNotContain(accessToken);
    }

    private static boolean isTimeCall(ListActivity.Listed listed) {
        return listed.call().toolName().equals(Optional.of("time"));
    }
}
