package dev.latchkey.demo;

import static dev.latchkey.demo.McpTestClient.json;
import static dev.latchkey.demo.McpTestClient.rpc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Protocol 2026-07-28: no handshake and no session; every request carries {@code _meta} and the
 * {@code MCP-Protocol-Version}, {@code Mcp-Method} and {@code Mcp-Name} headers, which must match the body.
 */
class ModernProtocolTest {

    private static final String ECHO = "{\"name\":\"echo\",\"arguments\":{\"message\":\"hi\"}}";

    private DemoMcpServer server;
    private McpTestClient client;

    @BeforeEach
    void start() {
        server = DemoMcpServer.start("127.0.0.1", 0, Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC));
        client = new McpTestClient(server.endpoint());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void discoverWhenCalledWithoutSessionThenAdvertisesVersionsCapabilitiesAndIdentity() {
        HttpResponse<String> response = client.send(client.modern(1, "server/discover", Optional.empty(), "{}"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Mcp-Session-Id")).isEmpty();
        JsonNode result = json(response.body()).get("result");
        assertThat(result.get("supportedVersions").toString())
                .contains("2026-07-28", "2025-11-25", "2025-06-18", "2025-03-26");
        assertThat(result.at("/capabilities/tools").isObject()).isTrue();
        assertThat(result.get("resultType").asText()).isEqualTo("complete");
        assertThat(result.at("/_meta/io.modelcontextprotocol~1serverInfo/name").asText()).isEqualTo("latchkey-demo");
        assertThat(result.get("ttlMs").asLong()).isPositive();
        assertThat(result.get("cacheScope").asText()).isEqualTo("public");
        assertThat(server.openSessions()).isZero();
    }

    @Test
    void toolsListWhenModernThenCarriesResultTypeAndCacheHints() {
        HttpResponse<String> response = client.send(client.modern(2, "tools/list", Optional.empty(), "{}"));

        JsonNode result = json(response.body()).get("result");
        assertThat(result.get("tools")).hasSize(6);
        assertThat(result.get("resultType").asText()).isEqualTo("complete");
        assertThat(result.has("ttlMs")).isTrue();
        assertThat(result.get("cacheScope").asText()).isEqualTo("public");
    }

    @Test
    void toolsCallWhenModernThenAnswersWithoutAnySession() {
        HttpResponse<String> response = client.send(client.modern(3, "tools/call", Optional.of("echo"), ECHO)
                .header("X-Latchkey-User", "carol"));

        JsonNode result = json(response.body()).get("result");
        assertThat(result.at("/content/0/text").asText()).isEqualTo("Echo: hi (asked by carol)");
        assertThat(result.get("resultType").asText()).isEqualTo("complete");
    }

    @Test
    void requestWhenSessionHeaderAlsoSentThenIgnoresIt() {
        HttpResponse<String> response = client.send(client.modern(3, "tools/list", Optional.empty(), "{}")
                .header("Mcp-Session-Id", "stale-session"));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void requestWhenMcpMethodHeaderMissingThenAnswers400HeaderMismatch() {
        HttpResponse<String> response = client.send(client.post(rpc(4, "tools/list", modernParams("")))
                .header("MCP-Protocol-Version", McpTestClient.MODERN));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32020);
    }

    @Test
    void requestWhenMcpMethodDiffersFromBodyThenAnswers400HeaderMismatch() {
        HttpResponse<String> response = client.send(client.modern(4, "tools/list", Optional.empty(), "{}")
                .setHeader("Mcp-Method", "tools/call"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32020);
    }

    @Test
    void toolsCallWhenMcpNameDiffersFromBodyThenAnswers400HeaderMismatch() {
        HttpResponse<String> response = client.send(client.modern(5, "tools/call", Optional.of("time"), ECHO));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32020);
        assertThat(json(response.body()).get("id").asInt()).isEqualTo(5);
    }

    @Test
    void toolsCallWhenMcpNameMissingThenAnswers400HeaderMismatch() {
        HttpResponse<String> response = client.send(client.modern(5, "tools/call", Optional.empty(), ECHO));

        assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32020);
    }

    @Test
    void toolsCallWhenMcpNameIsBase64EncodedThenDecodesItBeforeComparing() {
        String encoded = "=?base64?" + Base64.getEncoder().encodeToString("echo".getBytes(StandardCharsets.UTF_8)) + "?=";

        HttpResponse<String> response = client.send(client.modern(5, "tools/call", Optional.of(encoded), ECHO));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void requestWhenMetaMissingThenAnswers400InvalidParams() {
        HttpResponse<String> response = client.send(client.post(rpc(6, "tools/list",
                "{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\"}}"))
                .header("MCP-Protocol-Version", McpTestClient.MODERN).header("Mcp-Method", "tools/list"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32602);
    }

    @Test
    void requestWhenMetaCarriesModernVersionButHeaderIsMissingThenAnswers400HeaderMismatch() {
        HttpResponse<String> response = client.send(client.post(rpc(6, "tools/list", modernParams("")))
                .header("Mcp-Method", "tools/list"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32020);
    }

    @Test
    void requestWhenVersionUnsupportedThenAnswers400UnsupportedProtocolVersionListingSupported() {
        HttpResponse<String> response = client.send(client.modern(7, "tools/list", Optional.empty(), "{}")
                .setHeader("MCP-Protocol-Version", "2027-01-01"));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response.body()).get("error");
        assertThat(error.get("code").asInt()).isEqualTo(-32022);
        assertThat(error.at("/data/requested").asText()).isEqualTo("2027-01-01");
        assertThat(error.at("/data/supported/0").asText()).isEqualTo("2026-07-28");
    }

    @Test
    void pingWhenModernThenAnswers404MethodNotFoundBecause2026RemovedIt() {
        HttpResponse<String> response = client.send(client.modern(8, "ping", Optional.empty(), "{}"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32601);
    }

    @Test
    void countdownWhenModernWithoutLogLevelThenSendsNoLogMessagesAndNoEventIds() {
        HttpResponse<String> response = client.send(client.modern(9, "tools/call", Optional.of("countdown"),
                "{\"name\":\"countdown\",\"arguments\":{\"from\":2,\"interval_ms\":50}}"));

        List<McpTestClient.Event> events = McpTestClient.events(response.body());
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.id()).isEmpty();
            assertThat(event.data().at("/result/resultType").asText()).isEqualTo("complete");
        });
    }

    @Test
    void countdownWhenModernRequestAsksForInfoLogsThenStreamsLogMessages() {
        String params = "{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{},\"io.modelcontextprotocol/logLevel\":\"info\"},"
                + "\"name\":\"countdown\",\"arguments\":{\"from\":2,\"interval_ms\":50}}";
        HttpResponse<String> response = client.send(client.post(rpc(9, "tools/call", params))
                .header("MCP-Protocol-Version", McpTestClient.MODERN).header("Mcp-Method", "tools/call")
                .header("Mcp-Name", "countdown"));

        List<McpTestClient.Event> events = McpTestClient.events(response.body());
        assertThat(events).hasSize(3);
        assertThat(events.get(0).data().get("method").asText()).isEqualTo("notifications/message");
        assertThat(events.get(2).data().get("id").asInt()).isEqualTo(9);
    }

    @Test
    void countdownWhenModernWithProgressTokenThenStreamsProgress() {
        String params = "{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{},\"progressToken\":42},"
                + "\"name\":\"countdown\",\"arguments\":{\"from\":2,\"interval_ms\":50}}";
        HttpResponse<String> response = client.send(client.post(rpc(9, "tools/call", params))
                .header("MCP-Protocol-Version", McpTestClient.MODERN).header("Mcp-Method", "tools/call")
                .header("Mcp-Name", "countdown"));

        List<McpTestClient.Event> events = McpTestClient.events(response.body());
        assertThat(events).hasSize(3);
        assertThat(events.get(0).data().at("/params/progressToken").asInt()).isEqualTo(42);
    }

    @Test
    void subscriptionsListenWhenOpenedThenAcknowledgesAndEndsWithAResultOnShutdown() throws Exception {
        HttpResponse<InputStream> response = client.send(client.modern(10, "subscriptions/listen", Optional.empty(),
                "{\"notifications\":{\"toolsListChanged\":true}}"), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");

        try (SseReader reader = new SseReader(response.body())) {
            JsonNode acknowledged = reader.next().orElseThrow().event().data();
            assertThat(acknowledged.get("method").asText()).isEqualTo("notifications/subscriptions/acknowledged");
            assertThat(acknowledged.at("/params/_meta/io.modelcontextprotocol~1subscriptionId").asInt()).isEqualTo(10);
            assertThat(acknowledged.at("/params/notifications").size()).isZero();

            CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
            JsonNode ended = reader.next().orElseThrow().event().data();
            closing.get(5, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(ended.get("id").asInt()).isEqualTo(10);
            assertThat(ended.at("/result/_meta/io.modelcontextprotocol~1subscriptionId").asInt()).isEqualTo(10);
            assertThat(reader.next()).isEmpty();
        }
    }

    @Test
    void subscriptionsListenWhenIdleThenSendsKeepAliveComments() throws Exception {
        server.close();
        server = DemoMcpServer.start("127.0.0.1", 0, Clock.systemUTC(),
                new DemoMcpServer.Settings(1024 * 1024, Duration.ofMillis(50), 10), Sessions.secureRandomIds());
        client = new McpTestClient(server.endpoint());
        HttpResponse<InputStream> response = client.send(client.modern(10, "subscriptions/listen", Optional.empty(),
                "{\"notifications\":{}}"), HttpResponse.BodyHandlers.ofInputStream());

        try (SseReader reader = new SseReader(response.body())) {
            reader.next().orElseThrow();
            CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                server.close();
            });
            reader.next().orElseThrow();
            assertThat(reader.comments()).contains("keep-alive");
        }
    }

    @Test
    void notificationWhenModernThenAnswers202() {
        HttpResponse<String> response = client.send(client.post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
                + "\"params\":{\"requestId\":1}}").header("MCP-Protocol-Version", McpTestClient.MODERN));

        assertThat(response.statusCode()).isEqualTo(202);
    }

    @Test
    void batchWhenModernThenAnswers400() {
        HttpRequest.Builder request = client.post("[" + rpc(1, "tools/list", modernParams("")) + "]")
                .header("MCP-Protocol-Version", McpTestClient.MODERN);

        assertThat(client.send(request).statusCode()).isEqualTo(400);
    }

    private static String modernParams(String rest) {
        return "{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}" + rest + "}";
    }
}
