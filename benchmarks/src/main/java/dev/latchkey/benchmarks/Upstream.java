package dev.latchkey.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The cheapest MCP server there is: every POST on {@code /mcp} gets the same small JSON-RPC result,
 * so what the benchmark measures is HTTP on loopback plus, through the gateway, Latchkey itself.
 */
final class Upstream implements AutoCloseable {

    static final byte[] RESPONSE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"tools\":[]}}"
            .getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService executor;
    private final LongAdder answered = new LongAdder();
    private final AtomicBoolean closed = new AtomicBoolean();

    private Upstream(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    static Upstream start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 1024);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        Upstream upstream = new Upstream(server, executor);
        server.createContext("/mcp", upstream::handle);
        server.start();
        return upstream;
    }

    /** {@code http://127.0.0.1:PORT/mcp}. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mcp");
    }

    /** How many POSTs it answered with 200, to check that gateway calls really reached it. */
    long answered() {
        return answered.sum();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, RESPONSE.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(RESPONSE);
            }
            answered.increment();
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
