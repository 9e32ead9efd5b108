package dev.latchkey.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal MCP client over Streamable HTTP (2025-06-18), written for the tests: it sends JSON-RPC
 * requests with a bearer token, accepts JSON or SSE answers, and records when each SSE event arrived so
 * a test can prove the gateway streams rather than buffers.
 */
final class McpTestClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PROTOCOL_VERSION = "2025-06-18";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String token;
    private final AtomicInteger ids = new AtomicInteger();
    private Optional<String> sessionId = Optional.empty();

    McpTestClient(String endpoint, String token) {
        this.endpoint = URI.create(endpoint);
        this.token = token;
    }

    /** One JSON-RPC message received, and when. */
    record Received(JsonNode message, Instant at) {}

    /** The HTTP answer to one POST: status, headers of interest, and the messages it carried. */
    record Answer(int status, Optional<String> contentType, Optional<String> sessionId, List<Received> messages) {
        JsonNode response() {
            return messages.stream().map(Received::message).filter(message -> message.has("id")
                    && (message.has("result") || message.has("error"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no JSON-RPC response among " + messages));
        }
    }

    Answer initialize() {
        ObjectNode params = JSON.createObjectNode();
        params.put("protocolVersion", PROTOCOL_VERSION);
        params.set("capabilities", JSON.createObjectNode());
        params.set("clientInfo", JSON.createObjectNode().put("name", "latchkey-e2e").put("version", "1.0"));
        Answer answer = request("initialize", params);
        sessionId = answer.sessionId();
        notify("notifications/initialized");
        return answer;
    }

    Answer request(String method, JsonNode params) {
        ObjectNode message = JSON.createObjectNode();
        message.put("jsonrpc", "2.0");
        message.put("id", ids.incrementAndGet());
        message.put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        return post(message.toString());
    }

    Answer listTools() {
        return request("tools/list", JSON.createObjectNode());
    }

    Answer callTool(String name, JsonNode arguments, Optional<String> progressToken) {
        ObjectNode params = JSON.createObjectNode();
        params.put("name", name);
        params.set("arguments", arguments);
        progressToken.ifPresent(progress -> params.set("_meta", JSON.createObjectNode().put("progressToken", progress)));
        return request("tools/call", params);
    }

    int notify(String method) {
        return post("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\"}").status();
    }

    /** Ends the session (DELETE); returns the status. */
    int endSession() {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).DELETE();
        headers(request);
        return send(request.build()).statusCode();
    }

    Answer post(String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers(request);
        HttpResponse<InputStream> response = send(request.build());
        Optional<String> contentType = response.headers().firstValue("Content-Type");
        List<Received> messages = new ArrayList<>();
        try (InputStream in = response.body()) {
            if (contentType.map(type -> type.startsWith("text/event-stream")).orElse(false)) {
                readEvents(in, messages);
            } else {
                byte[] bytes = in.readAllBytes();
                if (bytes.length > 0) {
                    messages.add(new Received(JSON.readTree(bytes), Instant.now()));
                }
            }
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        return new Answer(response.statusCode(), contentType, response.headers().firstValue("Mcp-Session-Id"),
                messages);
    }

    private void headers(HttpRequest.Builder request) {
        request.header("Accept", "application/json, text/event-stream");
        request.header("MCP-Protocol-Version", PROTOCOL_VERSION);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        sessionId.ifPresent(id -> request.header("Mcp-Session-Id", id));
    }

    /** Reads SSE events as they arrive, stamping each with its arrival time. */
    private static void readEvents(InputStream in, List<Received> messages) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    messages.add(new Received(JSON.readTree(data.toString()), Instant.now()));
                    data.setLength(0);
                }
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).strip());
            }
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
