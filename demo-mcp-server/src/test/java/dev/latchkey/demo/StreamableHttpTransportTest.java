package dev.latchkey.demo;

import static dev.latchkey.demo.McpTestClient.json;
import static dev.latchkey.demo.McpTestClient.rpc;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTTP-level rules of the Streamable HTTP transport: content types, Origin, sizes, malformed messages. */
class StreamableHttpTransportTest {

    private static final String VERSION = "2025-06-18";

    private DemoMcpServer server;
    private McpTestClient client;
    private String session;

    @BeforeEach
    void start() {
        server = DemoMcpServer.start("127.0.0.1", 0, Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC));
        client = new McpTestClient(server.endpoint());
        session = client.openSession(VERSION);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void postWhenBodyIsNotJsonThenAnswers400WithParseError() {
        HttpResponse<String> response = client.send(client.post(session, VERSION, "{\"jsonrpc\": \"2.0\", \"id\": 1,"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32700);
        assertThat(json(response.body()).has("id")).isFalse();
        assertThat(response.body()).doesNotContain("Exception", "at dev.");
    }

    @Test
    void postWhenJsonHasADuplicatedMemberThenAnswersParseError() {
        HttpResponse<String> response = client.send(client.post(session, VERSION,
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"id\":2,\"method\":\"ping\"}"));

        assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32700);
    }

    @Test
    void postWhenMessageIsNotJsonRpc2ThenAnswers400InvalidRequest() {
        HttpResponse<String> response = client.send(client.post(session, VERSION, "{\"id\":1,\"method\":\"ping\"}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32600);
        assertThat(json(response.body()).get("id").asInt()).isEqualTo(1);
    }

    @Test
    void postWhenIdIsNullThenAnswersInvalidRequestBecauseMcpForbidsNullIds() {
        HttpResponse<String> response = client.send(client.post(session, VERSION,
                "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}"));

        assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32600);
    }

    @Test
    void postWhenContentTypeIsNotJsonThenAnswers415() {
        HttpResponse<String> response = client.send(client.post(session, VERSION, rpc(2, "ping", "{}"))
                .setHeader("Content-Type", "text/plain"));

        assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    void postWhenContentTypeHasUtf8CharsetThenIsServed() {
        HttpResponse<String> response = client.send(client.post(session, VERSION, rpc(2, "ping", "{}"))
                .setHeader("Content-Type", "application/json; charset=UTF-8"));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void postWhenOriginIsForeignThenAnswers403() {
        HttpResponse<String> response = client.send(client.post(session, VERSION, rpc(2, "ping", "{}"))
                .header("Origin", "https://evil.example"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response.body()).has("id")).isFalse();
    }

    @Test
    void initializeWhenOriginIsForeignThenAnswers403AndOpensNoSession() {
        int before = server.openSessions();

        HttpResponse<String> response = client.send(client.post(rpc(1, "initialize",
                "{\"protocolVersion\":\"2025-06-18\"}")).header("Origin", "http://localhost.evil.example:6274"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(server.openSessions()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:6274", "http://127.0.0.1:8080", "https://[::1]", "http://LOCALHOST"})
    void postWhenOriginIsLoopbackThenIsServed(String origin) {
        HttpResponse<String> response = client.send(client.post(session, VERSION, rpc(2, "ping", "{}"))
                .header("Origin", origin));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void postWhenBodyIsOverOneMebibyteThenAnswers413() {
        String padding = "x".repeat(1024 * 1024);
        HttpResponse<String> response = client.send(client.post(session, VERSION,
                rpc(2, "tools/call", "{\"name\":\"echo\",\"arguments\":{\"message\":\"" + padding + "\"}}")));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void postWhenBodyIsJustUnderTheLimitThenIsServed() {
        String padding = "x".repeat(1000 * 1000);
        HttpResponse<String> response = client.send(client.post(session, VERSION,
                rpc(2, "tools/call", "{\"name\":\"echo\",\"arguments\":{\"message\":\"" + padding + "\"}}")));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void postWhenAcceptAllowsNeitherJsonNorEventStreamThenAnswers406() {
        HttpResponse<String> response = client.send(client.post(session, VERSION, rpc(2, "ping", "{}"))
                .setHeader("Accept", "text/html"));

        assertThat(response.statusCode()).isEqualTo(406);
    }

    @Test
    void postWhenAcceptIsMissingThenAnswersJsonAsIfBothWereListed() {
        HttpRequest.Builder request = HttpRequest.newBuilder(client.endpoint())
                .header("Content-Type", "application/json")
                .header("Mcp-Session-Id", session)
                .POST(HttpRequest.BodyPublishers.ofString(rpc(2, "ping", "{}")));

        HttpResponse<String> response = client.send(request);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void postWhenClientAcceptsOnlyEventStreamThenAnswersWithASingleEvent() {
        HttpResponse<String> response = client.send(client.post(session, VERSION, rpc(2, "ping", "{}"))
                .setHeader("Accept", "text/event-stream"));

        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
        assertThat(McpTestClient.events(response.body())).singleElement()
                .satisfies(event -> assertThat(event.data().get("id").asInt()).isEqualTo(2));
    }

    @Test
    void requestWhenPathIsNotTheMcpEndpointThenAnswers404() {
        URI elsewhere = client.endpoint().resolve("/other");
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(elsewhere)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rpc(2, "ping", "{}"))));

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void putWhenSentThenAnswers405() {
        HttpResponse<String> response = client.send(client.post(session, VERSION, "")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void postWhenBodyIsAJsonScalarThenAnswersInvalidRequest() {
        HttpResponse<String> response = client.send(client.post(session, VERSION, "42"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32600);
    }
}
