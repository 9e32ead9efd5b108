package dev.latchkey.benchmarks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends one prepared request in a closed loop from N clients (virtual threads sharing one HTTP/1.1
 * client) until the round's time is up or its request budget is spent, whichever comes first, and
 * records the latency of every 200. Anything else counts as an error.
 */
final class Workload {

    /** No single request may hold a round up for longer than this. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;

    Workload(HttpClient http) {
        this.http = http;
    }

    /** Where the requests go: the upstream directly, or the gateway in front of it. */
    record Target(String name, HttpRequest request) {}

    /** Both bounds of a round: it ends at whichever is reached first. */
    record Limits(Duration duration, int maxRequests) {}

    /** The outcome of one round. */
    record Round(Target target, int clients, int sent, int errors, long elapsedNanos, Latencies.Summary latency,
            Optional<String> firstError) {

        /** Successful requests per second over the round. */
        double throughput() {
            return elapsedNanos == 0 ? 0 : latency.count() * 1e9 / elapsedNanos;
        }
    }

    /** What one client did. */
    private record ClientRun(Latencies latencies, int sent, int errors, Optional<String> firstError) {}

    Round run(Target target, int clients, Limits limits) throws InterruptedException {
        int perClient = Math.max(1, limits.maxRequests() / clients);
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] deadline = new long[1];
        List<Future<ClientRun>> runs = new ArrayList<>(clients);
        long started;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                runs.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return loop(target.request(), deadline[0], perClient);
                }));
            }
            ready.await();
            started = System.nanoTime();
            deadline[0] = started + limits.duration().toNanos();
            // The latch publishes deadline[0] to the clients (happens-before on countDown/await).
            go.countDown();
            // close() waits for every client; each stops by itself at the deadline or at its budget, at
            // worst one request timeout later.
        }
        long finished = System.nanoTime();
        List<Latencies> latencies = new ArrayList<>(clients);
        int sent = 0;
        int errors = 0;
        Optional<String> firstError = Optional.empty();
        for (Future<ClientRun> future : runs) {
            ClientRun run;
            try {
                run = future.get();
            } catch (ExecutionException failed) {
                throw new BenchmarkFailure("A benchmark client failed: " + failed.getCause(), failed.getCause());
            }
            latencies.add(run.latencies());
            sent += run.sent();
            errors += run.errors();
            if (firstError.isEmpty()) {
                firstError = run.firstError();
            }
        }
        return new Round(target, clients, sent, errors, finished - started, Latencies.merge(latencies).summarize(),
                firstError);
    }

    private ClientRun loop(HttpRequest request, long deadline, int budget) throws InterruptedException {
        Latencies latencies = new Latencies(Math.min(budget, 1 << 16));
        int sent = 0;
        int errors = 0;
        Optional<String> firstError = Optional.empty();
        while (sent < budget && System.nanoTime() - deadline < 0) {
            sent++;
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                long elapsed = System.nanoTime() - start;
                if (response.statusCode() == 200) {
                    latencies.record(elapsed);
                } else {
                    errors++;
                    if (firstError.isEmpty()) {
                        firstError = Optional.of(response.statusCode() + " " + snippet(response.body()));
                    }
                }
            } catch (IOException failed) {
                errors++;
                if (firstError.isEmpty()) {
                    firstError = Optional.of(failed.toString());
                }
            }
        }
        return new ClientRun(latencies, sent, errors, firstError);
    }

    private static String snippet(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
