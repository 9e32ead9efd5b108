package dev.latchkey.adapters.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/** A real HTTPS server on 127.0.0.1 and a free port, counting the requests each path receives. */
final class TestHttpsServer implements AutoCloseable {

    /** What a path answers. */
    @FunctionalInterface
    interface Answer {
        void answer(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpsServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final List<HttpExchange> exchanges = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private TestHttpsServer(HttpsServer server) {
        this.server = server;
    }

    static TestHttpsServer start(SSLContext tls) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        TestHttpsServer test = new TestHttpsServer(server);
        server.setExecutor(test.executor);
        server.start();
        return test;
    }

    /** Answers {@code path} with {@code answer}. */
    TestHttpsServer on(String path, Answer answer) {
        calls.put(path, new AtomicInteger());
        server.createContext(path, exchange -> {
            calls.get(path).incrementAndGet();
            exchanges.add(exchange);
            try {
                answer.answer(exchange);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (IOException clientLeft) {
                // The fetcher hung up, as it should on a refused response.
            } finally {
                exchange.close();
            }
        });
        return this;
    }

    /** Answers {@code path} with 200 and {@code body} as {@code contentType}, plus the given headers. */
    TestHttpsServer json(String path, String contentType, String body, String... headers) {
        return on(path, exchange -> {
            for (int i = 0; i < headers.length; i += 2) {
                exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
            }
            send(exchange, 200, contentType, body);
        });
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    int calls(String path) {
        AtomicInteger count = calls.get(path);
        return count == null ? 0 : count.get();
    }

    /** The requests received so far. */
    List<HttpExchange> exchanges() {
        return exchanges;
    }

    URI url(String path) {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
