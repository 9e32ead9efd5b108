package dev.latchkey.demo;

import static dev.latchkey.demo.McpTestClient.json;
import static dev.latchkey.demo.McpTestClient.rpc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code countdown} streams over SSE (Streamable HTTP "Sending Messages to the Server" item 6): notifications as
 * they happen, then the response, then the stream ends; a client that leaves or cancels stops it.
 */
class CountdownStreamingTest {

    private static final String VERSION = "2025-11-25";

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

    private static String countdown(int id, int from, int intervalMillis, String meta) {
        return rpc(id, "tools/call", "{\"name\":\"countdown\",\"arguments\":{\"from\":" + from + ",\"interval_ms\":"
                + intervalMillis + "}" + meta + "}");
    }

    @Test
    void countdownWhenClientSentAProgressTokenThenStreamsProgressNotificationsAsTheyHappenThenTheResult() {
        HttpResponse<InputStream> response = client.send(client.post(session, VERSION,
                countdown(9, 4, 300, ",\"_meta\":{\"progressToken\":\"tok-1\"}")), HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
        assertThat(response.headers().firstValue("X-Accel-Buffering")).hasValue("no");
        List<SseReader.Arrival> arrivals = new ArrayList<>();
        long stepsSentWhenFirstArrived;
        try (SseReader reader = new SseReader(response.body())) {
            arrivals.add(reader.next().orElseThrow());
            stepsSentWhenFirstArrived = server.countdownStats().stepsSent();
            arrivals.addAll(reader.rest());
        }

        // The first step reached the client while the server had not yet sent the last one: it streams.
        assertThat(stepsSentWhenFirstArrived).isLessThan(4);
        Duration spread = Duration.ofNanos(arrivals.get(3).nanos() - arrivals.get(0).nanos());
        assertThat(spread).isGreaterThanOrEqualTo(Duration.ofMillis(700));
        assertThat(arrivals).hasSize(5);
        for (int step = 0; step < 4; step++) {
            JsonNode notification = arrivals.get(step).event().data();
            assertThat(notification.get("method").asText()).isEqualTo("notifications/progress");
            assertThat(notification.has("id")).isFalse();
            assertThat(notification.at("/params/progressToken").asText()).isEqualTo("tok-1");
            assertThat(notification.at("/params/progress").asInt()).isEqualTo(step + 1);
            assertThat(notification.at("/params/total").asInt()).isEqualTo(4);
            assertThat(notification.at("/params/message").asText()).isEqualTo(String.valueOf(4 - step));
        }
        JsonNode last = arrivals.get(4).event().data();
        assertThat(last.get("id").asInt()).isEqualTo(9);
        assertThat(last.at("/result/content/0/text").asText()).startsWith("Liftoff!");
        assertThat(last.at("/result/isError").asBoolean()).isFalse();
        assertThat(arrivals).allSatisfy(arrival -> {
            assertThat(arrival.event().type()).isEqualTo("message");
            assertThat(arrival.event().id()).isPresent();
        });
        assertThat(new HashSet<>(arrivals.stream().map(arrival -> arrival.event().id().orElseThrow()).toList()))
                .hasSize(5);
    }

    @Test
    void countdownWhenNoProgressTokenThenStreamsInfoLogMessagesInstead() {
        HttpResponse<String> response = client.send(client.post(session, VERSION, countdown(9, 3, 50, "")));

        List<McpTestClient.Event> events = McpTestClient.events(response.body());
        assertThat(events).hasSize(4);
        for (int step = 0; step < 3; step++) {
            JsonNode notification = events.get(step).data();
            assertThat(notification.get("method").asText()).isEqualTo("notifications/message");
            assertThat(notification.at("/params/level").asText()).isEqualTo("info");
            assertThat(notification.at("/params/logger").asText()).isEqualTo("countdown");
            assertThat(notification.at("/params/data").asText()).contains(String.valueOf(3 - step));
        }
        assertThat(events.get(3).data().get("id").asInt()).isEqualTo(9);
    }

    @Test
    void countdownWhenSessionLogLevelIsWarningAndNoProgressTokenThenSendsNoLogMessages() {
        client.send(client.post(session, VERSION, rpc(8, "logging/setLevel", "{\"level\":\"warning\"}")));

        HttpResponse<String> response = client.send(client.post(session, VERSION, countdown(9, 3, 50, "")));

        assertThat(McpTestClient.events(response.body())).singleElement()
                .satisfies(event -> assertThat(event.data().get("id").asInt()).isEqualTo(9));
        assertThat(response.body()).contains(": countdown 3");
    }

    @Test
    void countdownWhenClientAcceptsOnlyJsonThenAnswersPlainJsonAfterCounting() {
        HttpResponse<String> response = client.send(client.post(session, VERSION, countdown(9, 2, 50, ""))
                .setHeader("Accept", "application/json"));

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(json(response.body()).at("/result/content/0/text").asText()).startsWith("Liftoff!");
    }

    @Test
    void countdownWhenClientDisconnectsMidStreamThenStopsCounting() throws Exception {
        String body = countdown(9, 20, 100, ",\"_meta\":{\"progressToken\":1}");
        try (Socket socket = new Socket(server.endpoint().getHost(), server.endpoint().getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            out.write(("POST /mcp HTTP/1.1\r\nHost: " + server.endpoint().getAuthority() + "\r\n"
                    + "Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\n"
                    + "Mcp-Session-Id: " + session + "\r\nMCP-Protocol-Version: " + VERSION + "\r\n"
                    + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder received = new StringBuilder();
            while (received.toString().split("notifications/progress", -1).length < 3) {
                int read = in.read();
                assertThat(read).isNotNegative();
                received.append((char) read);
            }
        }

        awaitUntil(() -> server.countdownStats().abandoned() == 1, Duration.ofSeconds(5));
        long stepsWhenStopped = server.countdownStats().stepsSent();
        Thread.sleep(400);

        assertThat(server.countdownStats().stepsSent()).isEqualTo(stepsWhenStopped).isLessThan(20);
    }

    @Test
    void countdownWhenClientCancelsTheRequestThenStopsWithoutSendingAResponse() {
        HttpResponse<InputStream> response = client.send(client.post(session, VERSION,
                countdown(9, 20, 100, ",\"_meta\":{\"progressToken\":\"p\"}")), HttpResponse.BodyHandlers.ofInputStream());
        List<SseReader.Arrival> rest;
        long started = System.nanoTime();
        try (SseReader reader = new SseReader(response.body())) {
            reader.next().orElseThrow();
            HttpResponse<String> cancelled = client.send(client.post(session, VERSION, "{\"jsonrpc\":\"2.0\","
                    + "\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":9,\"reason\":\"bored\"}}"));
            assertThat(cancelled.statusCode()).isEqualTo(202);
            rest = reader.rest();
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));
        assertThat(rest).noneMatch(arrival -> arrival.event().data().has("result"));
        assertThat(server.countdownStats().stepsSent()).isLessThan(20);
    }

    @Test
    void batchWhenItHoldsACountdownThenStreamsItsNotificationsAndEveryResponse() {
        String legacy = client.openSession("2025-03-26");

        HttpResponse<String> response = client.send(client.post(legacy, "2025-03-26", "[" + rpc(1, "ping", "{}") + ","
                + countdown(2, 2, 50, ",\"_meta\":{\"progressToken\":\"b\"}") + "]"));

        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
        List<McpTestClient.Event> events = McpTestClient.events(response.body());
        assertThat(events).extracting(event -> event.data().has("id") ? "response " + event.data().get("id")
                : event.data().get("method").asText())
                .containsExactly("response 1", "notifications/progress", "notifications/progress", "response 2");
    }

    @Test
    void closeWhenACountdownIsRunningThenStopsItAndReturnsPromptly() {
        client.send(client.post(session, VERSION, countdown(9, 20, 2000, "")),
                HttpResponse.BodyHandlers.ofInputStream());
        long started = System.nanoTime();

        server.close();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited " + limit + " for the condition").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
