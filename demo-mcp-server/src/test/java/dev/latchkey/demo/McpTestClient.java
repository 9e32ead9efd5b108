package dev.latchkey.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A minimal MCP client over the JDK HttpClient, for tests: builds requests, reads JSON and SSE answers. */
final class McpTestClient {

    static final String ACCEPT_BOTH = "application/json, text/event-stream";
    static final String MODERN = "2026-07-28";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI endpoint;

    McpTestClient(URI endpoint) {
        this.endpoint = endpoint;
    }

    URI endpoint() {
        return endpoint;
    }

    /** A POST of {@code body} with the headers every MCP client sends. */
    HttpRequest.Builder post(String body) {
        return HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("Accept", ACCEPT_BOTH)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** A POST inside a legacy session. */
    HttpRequest.Builder post(String sessionId, String version, String body) {
        return post(body).header("Mcp-Session-Id", sessionId).header("MCP-Protocol-Version", version);
    }

    /** A modern (2026-07-28) request: version header, routing headers and per-request {@code _meta}. */
    HttpRequest.Builder modern(int id, String method, Optional<String> name, String paramsWithoutMeta) {
        String meta = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"" + MODERN + "\","
                + "\"io.modelcontextprotocol/clientInfo\":{\"name\":\"test\",\"version\":\"1\"},"
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}";
        String params = paramsWithoutMeta.equals("{}") ? "{" + meta + "}"
                : "{" + meta + "," + paramsWithoutMeta.substring(1);
        HttpRequest.Builder builder = post(rpc(id, method, params))
                .header("MCP-Protocol-Version", MODERN)
                .header("Mcp-Method", method);
        name.ifPresent(value -> builder.header("Mcp-Name", value));
        return builder;
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request.build(), handler);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Opens a legacy session at {@code version} and sends {@code notifications/initialized}; gives the session id. */
    String openSession(String version) {
        HttpResponse<String> response = send(post(rpc(1, "initialize", "{\"protocolVersion\":\"" + version + "\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}")));
        assertThat(response.statusCode()).isEqualTo(200);
        String sessionId = response.headers().firstValue("Mcp-Session-Id").orElseThrow();
        HttpResponse<String> initialized = send(post(sessionId, version,
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"));
        assertThat(initialized.statusCode()).isEqualTo(202);
        return sessionId;
    }

    /** A tools/call in a legacy session, answered as JSON. */
    JsonNode callTool(String sessionId, String version, String tool, String arguments) {
        HttpResponse<String> response = send(post(sessionId, version, rpc(7, "tools/call",
                "{\"name\":\"" + tool + "\",\"arguments\":" + arguments + "}")));
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response.body());
    }

    static String rpc(int id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}";
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException malformed) {
            throw new UncheckedIOException(malformed);
        }
    }

    /** One server-sent event. */
    record Event(Optional<String> id, String type, JsonNode data) {}

    /** Splits an event stream into its events; comments and blank events are skipped. */
    static List<Event> events(String stream) {
        List<Event> events = new ArrayList<>();
        for (String block : stream.split("\n\n")) {
            Optional<String> id = Optional.empty();
            String type = "message";
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("id: ")) {
                    id = Optional.of(line.substring(4));
                } else if (line.startsWith("event: ")) {
                    type = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
            if (!data.isEmpty()) {
                events.add(new Event(id, type, json(data.toString())));
            }
        }
        return events;
    }
}
