package dev.latchkey.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A {@code text/event-stream} response (WHATWG HTML "Server-sent events"): one {@code message} event per JSON-RPC
 * message, flushed at once. Legacy streams give each event an {@code id} ("globally unique across all streams
 * within that session": stream number, then event number); 2026-07-28 removed event ids, so modern streams have
 * none. A failed write means the client has gone: the stream turns silent and every later send says so.
 */
final class SseStream implements MessageSink {

    private final OutputStream out;
    private final Optional<String> streamId;
    private long nextEvent = 1;
    private boolean broken;

    private SseStream(OutputStream out, Optional<String> streamId) {
        this.out = out;
        this.streamId = streamId;
    }

    /** Sends the response headers and returns the open stream; {@code streamId} present gives events ids. */
    static SseStream open(HttpExchange exchange, Optional<String> streamId) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", AcceptHeader.EVENT_STREAM);
        headers.set("Cache-Control", "no-cache, no-store");
        // MCP Streamable HTTP: "servers SHOULD include the X-Accel-Buffering: no header" so proxies do not buffer.
        headers.set("X-Accel-Buffering", "no");
        headers.set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(200, 0);
        return new SseStream(exchange.getResponseBody(), streamId);
    }

    @Override
    public synchronized boolean send(ObjectNode message) {
        StringBuilder event = new StringBuilder();
        streamId.ifPresent(id -> event.append("id: ").append(id).append('-').append(nextEvent++).append('\n'));
        // Compact JSON has no line breaks, so one data line carries the whole message.
        event.append("event: message\n").append("data: ").append(Json.text(message)).append("\n\n");
        return write(event.toString());
    }

    @Override
    public synchronized boolean comment(String text) {
        return write(": " + text.replace('\n', ' ').replace('\r', ' ') + "\n\n");
    }

    private boolean write(String text) {
        if (broken) {
            return false;
        }
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException clientGone) {
            broken = true;
            return false;
        }
    }
}
