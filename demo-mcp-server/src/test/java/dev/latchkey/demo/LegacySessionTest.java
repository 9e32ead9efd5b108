package dev.latchkey.demo;

import static dev.latchkey.demo.McpTestClient.json;
import static dev.latchkey.demo.McpTestClient.rpc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MCP "Lifecycle" and Streamable HTTP "Session Management" for the legacy (2025-xx) revisions. */
class LegacySessionTest {

    private static final String VERSION = "2025-11-25";

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
    void endpointWhenStartedOnPortZeroThenNamesTheLoopbackAddressAndMcpPath() {
        assertThat(server.endpoint().toString()).matches("http://127\\.0\\.0\\.1:\\d+/mcp");
        assertThat(server.endpoint().getPort()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-26", "2025-06-18", "2025-11-25"})
    void initializeWhenClientAsksForASupportedVersionThenAnswersThatVersionAndASessionId(String version) {
        HttpResponse<String> response = client.send(client.post(rpc(1, "initialize", "{\"protocolVersion\":\""
                + version + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("Mcp-Session-Id")).hasValueSatisfying(id ->
                assertThat(id).hasSizeGreaterThanOrEqualTo(32).matches("[\\x21-\\x7E]+"));
        JsonNode result = json(response.body()).get("result");
        assertThat(json(response.body()).get("id").asInt()).isEqualTo(1);
        assertThat(result.get("protocolVersion").asText()).isEqualTo(version);
        assertThat(result.at("/serverInfo/name").asText()).isEqualTo("latchkey-demo");
        assertThat(result.at("/serverInfo/version").asText()).isNotBlank();
        assertThat(result.at("/capabilities/tools/listChanged").asBoolean(true)).isFalse();
        assertThat(result.at("/capabilities/logging").isObject()).isTrue();
        assertThat(result.get("instructions").asText()).contains("countdown");
        assertThat(result.has("resultType")).isFalse();
    }

    @Test
    void startWhenThePortIsTakenThenFailsSayingSo() {
        int taken = server.endpoint().getPort();

        assertThatThrownBy(() -> DemoMcpServer.start("127.0.0.1", taken, Clock.systemUTC()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(String.valueOf(taken));
    }

    @Test
    void notificationWhenSessionIdMissingThenAnswers400() {
        HttpResponse<String> response = client.send(client.post(
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"));

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void initializeWhenClientAsksForAnUnknownVersionThenAnswersTheLatestLegacyVersion() {
        HttpResponse<String> response = client.send(client.post(rpc(1, "initialize",
                "{\"protocolVersion\":\"1999-01-01\",\"capabilities\":{}}")));

        assertThat(json(response.body()).at("/result/protocolVersion").asText()).isEqualTo("2025-11-25");
    }

    @Test
    void initializeWhenClientAsksFor2026ThenAnswers2025_11_25BecauseTheModernRevisionHasNoHandshake() {
        HttpResponse<String> response = client.send(client.post(rpc(1, "initialize",
                "{\"protocolVersion\":\"2026-07-28\",\"capabilities\":{}}")));

        assertThat(json(response.body()).at("/result/protocolVersion").asText()).isEqualTo("2025-11-25");
        assertThat(response.headers().firstValue("Mcp-Session-Id")).isPresent();
    }

    @Test
    void initializeWhenProtocolVersionMissingThenAnswersInvalidParamsAndOpensNoSession() {
        HttpResponse<String> response = client.send(client.post(rpc(1, "initialize", "{\"capabilities\":{}}")));

        assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32602);
        assertThat(response.headers().firstValue("Mcp-Session-Id")).isEmpty();
        assertThat(server.openSessions()).isZero();
    }

    @Test
    void initializedNotificationWhenSessionIsOpenThenAnswers202WithNoBody() {
        HttpResponse<String> init = client.send(client.post(rpc(1, "initialize",
                "{\"protocolVersion\":\"" + VERSION + "\",\"capabilities\":{}}")));
        String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();

        HttpResponse<String> response = client.send(client.post(session, VERSION,
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void pingWhenSessionIsOpenThenAnswersAnEmptyResult() {
        String session = client.openSession(VERSION);

        HttpResponse<String> response = client.send(client.post(session, VERSION, rpc(2, "ping", "{}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body()).get("result").size()).isZero();
        assertThat(json(response.body()).get("id").asInt()).isEqualTo(2);
    }

    @Test
    void toolsListWhenSessionIsOpenThenListsTheSixToolsWithSchemasAndCorrectHints() {
        String session = client.openSession(VERSION);

        HttpResponse<String> response = client.send(client.post(session, VERSION, rpc(2, "tools/list", "{}")));

        JsonNode tools = json(response.body()).at("/result/tools");
        List<String> names = new ArrayList<>();
        tools.forEach(tool -> names.add(tool.get("name").asText()));
        assertThat(names).containsExactly("echo", "time", "add_note", "list_notes", "delete_all_notes", "countdown");
        for (JsonNode tool : tools) {
            assertThat(tool.get("title").asText()).isNotBlank();
            assertThat(tool.get("description").asText()).isNotBlank();
            assertThat(tool.at("/inputSchema/type").asText()).isEqualTo("object");
            assertThat(tool.at("/annotations/openWorldHint").asBoolean(true)).isFalse();
        }
        assertHints(tools.get(0), true, false, true);
        assertHints(tools.get(1), true, false, true);
        assertHints(tools.get(2), false, false, false);
        assertHints(tools.get(3), true, false, true);
        assertHints(tools.get(4), false, true, true);
        assertHints(tools.get(5), true, false, true);
        assertThat(tools.get(0).at("/inputSchema/required/0").asText()).isEqualTo("message");
        assertThat(tools.get(5).at("/inputSchema/properties/from/maximum").asInt()).isEqualTo(20);
        assertThat(tools.get(5).at("/inputSchema/properties/interval_ms/default").asInt()).isEqualTo(500);
    }

    private static void assertHints(JsonNode tool, boolean readOnly, boolean destructive, boolean idempotent) {
        JsonNode annotations = tool.get("annotations");
        assertThat(annotations.get("readOnlyHint").asBoolean()).as(tool.get("name") + " readOnlyHint").isEqualTo(readOnly);
        assertThat(annotations.get("destructiveHint").asBoolean()).as(tool.get("name") + " destructiveHint")
                .isEqualTo(destructive);
        assertThat(annotations.get("idempotentHint").asBoolean()).as(tool.get("name") + " idempotentHint")
                .isEqualTo(idempotent);
    }

    @Test
    void requestWhenSessionIdMissingThenAnswers400() {
        HttpResponse<String> response = client.send(client.post(rpc(2, "tools/list", "{}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).at("/error/message").asText()).contains("Mcp-Session-Id");
    }

    @Test
    void requestWhenSessionIdUnknownThenAnswers404() {
        HttpResponse<String> response = client.send(client.post("no-such-session", VERSION, rpc(2, "tools/list", "{}")));

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void deleteWhenSessionIsOpenThenEndsItAndLaterRequestsGet404() {
        String session = client.openSession(VERSION);

        HttpResponse<String> deleted = client.send(client.post(session, VERSION, "").DELETE());
        HttpResponse<String> after = client.send(client.post(session, VERSION, rpc(3, "tools/list", "{}")));
        HttpResponse<String> deletedAgain = client.send(client.post(session, VERSION, "").DELETE());

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(after.statusCode()).isEqualTo(404);
        assertThat(deletedAgain.statusCode()).isEqualTo(404);
        assertThat(server.openSessions()).isZero();
    }

    @Test
    void deleteWhenSessionIdMissingThenAnswers400() {
        HttpResponse<String> response = client.send(client.post("").DELETE());

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void requestWhenProtocolVersionHeaderUnsupportedThenAnswers400ListingSupportedVersions() {
        String session = client.openSession(VERSION);

        HttpResponse<String> response = client.send(client.post(session, "1999-01-01", rpc(2, "tools/list", "{}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).at("/error/data/supported").toString())
                .contains("2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28");
    }

    @Test
    void requestWhenProtocolVersionHeaderAbsentThenUsesTheNegotiatedVersion() {
        String session = client.openSession("2025-03-26");

        HttpResponse<String> response = client.send(client.post(rpc(2, "ping", "{}")).header("Mcp-Session-Id", session));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void getWhenCalledThenAnswers405WithAllowBecauseThereIsNoServerStream() {
        String session = client.openSession(VERSION);

        HttpResponse<String> response = client.send(client.post(session, VERSION, "").GET()
                .header("Accept", "text/event-stream"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST, DELETE");
    }

    @Test
    void requestWhenMethodUnknownThenAnswersMethodNotFound() {
        String session = client.openSession(VERSION);

        HttpResponse<String> response = client.send(client.post(session, VERSION, rpc(2, "resources/list", "{}")));

        assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32601);
        assertThat(json(response.body()).get("id").asInt()).isEqualTo(2);
    }

    @Test
    void setLevelWhenLevelUnknownThenAnswersInvalidParams() {
        String session = client.openSession(VERSION);

        HttpResponse<String> response = client.send(client.post(session, VERSION,
                rpc(2, "logging/setLevel", "{\"level\":\"loud\"}")));

        assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32602);
    }

    @Test
    void toolsListWhenCursorGivenThenAnswersInvalidParamsSinceThereIsOnlyOnePage() {
        String session = client.openSession(VERSION);

        HttpResponse<String> response = client.send(client.post(session, VERSION,
                rpc(2, "tools/list", "{\"cursor\":\"abc\"}")));

        assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32602);
    }

    @Test
    void responseFromClientWhenSessionIsOpenThenAnswers202() {
        String session = client.openSession(VERSION);

        HttpResponse<String> response = client.send(client.post(session, VERSION,
                "{\"jsonrpc\":\"2.0\",\"id\":\"s-1\",\"result\":{}}"));

        assertThat(response.statusCode()).isEqualTo(202);
    }

    @Test
    void batchWhenSessionSpeaks2025_03_26ThenAnswersAnArrayOfResponsesForTheRequests() {
        String session = client.openSession("2025-03-26");

        HttpResponse<String> response = client.send(client.post(session, "2025-03-26", "["
                + rpc(2, "ping", "{}") + ","
                + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{}},"
                + rpc(3, "tools/call", "{\"name\":\"echo\",\"arguments\":{\"message\":\"hi\"}}") + "]"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode responses = json(response.body());
        assertThat(responses.isArray()).isTrue();
        assertThat(responses).hasSize(2);
        assertThat(responses.get(0).get("id").asInt()).isEqualTo(2);
        assertThat(responses.get(1).at("/result/content/0/text").asText()).startsWith("Echo: hi");
    }

    @Test
    void batchWhenSessionSpeaks2025_06_18ThenAnswers400BecauseBatchingWasRemoved() {
        String session = client.openSession("2025-06-18");

        HttpResponse<String> response = client.send(client.post(session, "2025-06-18", "[" + rpc(2, "ping", "{}") + "]"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32600);
    }

    @Test
    void initializeWhenSentInsideABatchThenThatEntryIsAnInvalidRequest() {
        String session = client.openSession("2025-03-26");

        HttpResponse<String> response = client.send(client.post(session, "2025-03-26",
                "[" + rpc(2, "initialize", "{\"protocolVersion\":\"2025-03-26\"}") + "]"));

        assertThat(json(response.body()).get(0).at("/error/code").asInt()).isEqualTo(-32600);
    }
}
