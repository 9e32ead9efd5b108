package dev.latchkey.bootstrap.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A local https host serving Client ID Metadata Documents, with the test-only certificate the test
 * JVM trusts (see src/test/resources/README.md). Each path answers what the test set, and counts how
 * often it was fetched.
 */
final class DocumentHost implements AutoCloseable {

    /** What a path answers. */
    record Answer(int status, Map<String, String> headers, String body, long delayMillis) {
        static Answer json(String body, String cacheControl) {
            return new Answer(200, Map.of("Content-Type", "application/json", "Cache-Control", cacheControl), body, 0);
        }
    }

    private final HttpsServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> fetches = new ConcurrentHashMap<>();

    DocumentHost() {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = DocumentHost.class.getResourceAsStream("/cimd-host.p12")) {
                keys.load(in, "changeit".toCharArray());
            }
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, "changeit".toCharArray());
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keyManagers.getKeyManagers(), null, null);
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 20);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", this::answer);
            server.start();
        } catch (IOException | GeneralSecurityException failed) {
            throw new IllegalStateException("could not start the document host", failed);
        }
    }

    /** The https URL of {@code path} on this host. */
    String url(String path) {
        return "https://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void set(String path, Answer answer) {
        answers.put(path, answer);
    }

    int fetches(String path) {
        return fetches.getOrDefault(path, new AtomicInteger()).get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            fetches.computeIfAbsent(path, ignored -> new AtomicInteger()).incrementAndGet();
            Answer answer = answers.getOrDefault(path, new Answer(404, Map.of(), "", 0));
            if (answer.delayMillis() > 0) {
                try {
                    TimeUnit.MILLISECONDS.sleep(answer.delayMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            answer.headers().forEach(exchange.getResponseHeaders()::set);
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        } catch (UncheckedIOException clientLeft) {
            // The fetcher gave up (timeouts are part of the tests).
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
