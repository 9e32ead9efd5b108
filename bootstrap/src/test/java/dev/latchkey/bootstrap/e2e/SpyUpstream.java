package dev.latchkey.bootstrap.e2e;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An upstream that records what reaches it, for assertions the real MCP servers cannot make: which
 * headers arrived, and whether the gateway closed a stream when its client left.
 * <ul>
 *   <li>{@code /mcp}: answers any POST with a JSON-RPC result, echoes {@code Mcp-Session-Id} (or issues
 *       {@code spy-session}), and answers 404 for the session {@code gone};</li>
 *   <li>{@code /stream}: an endless SSE stream of numbered events every 50 ms, noting when a write
 *       fails because the other side closed;</li>
 *   <li>{@code /slow}: answers after 3 seconds.</li>
 * </ul>
 */
final class SpyUpstream implements AutoCloseable {

    final List<Headers> requests = new CopyOnWriteArrayList<>();
    final CountDownLatch streamClosed = new CountDownLatch(1);
    private final HttpServer server;

    SpyUpstream() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/mcp", this::mcp);
        server.createContext("/stream", this::stream);
        server.createContext("/slow", this::slow);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    Headers lastRequest() {
        return requests.get(requests.size() - 1);
    }

    private void mcp(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(copy(exchange.getRequestHeaders()));
            exchange.getRequestBody().readAllBytes();
            String session = exchange.getRequestHeaders().getFirst("Mcp-Session-Id");
            if ("gone".equals(session)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"spy\":true}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Mcp-Session-Id", session == null ? "spy-session" : session);
            exchange.getResponseHeaders().set("Set-Cookie", "upstream=secret");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private void stream(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(copy(exchange.getRequestHeaders()));
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < 600; i++) {
                try {
                    out.write(("id: " + i + "\nevent: message\ndata: {\"jsonrpc\":\"2.0\",\"method\":\"tick\","
                            + "\"params\":{\"n\":" + i + "}}\n\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    TimeUnit.MILLISECONDS.sleep(50);
                } catch (IOException closed) {
                    streamClosed.countDown();
                    return;
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void slow(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(copy(exchange.getRequestHeaders()));
            try {
                TimeUnit.SECONDS.sleep(3);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
        }
    }

    private static Headers copy(Headers original) {
        Headers copy = new Headers();
        original.forEach(copy::put);
        return copy;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
