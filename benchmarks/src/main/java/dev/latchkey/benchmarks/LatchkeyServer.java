package dev.latchkey.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The real latchkey.jar as a child process on a free loopback port, with a fresh data folder in a
 * temporary directory that {@link #close} deletes. The data folder is prepared with the JAR's own
 * command line, as a user would.
 */
final class LatchkeyServer implements AutoCloseable {

    private static final Duration CLI_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final String java;
    private final Path jar;
    private final Path workDir;
    private final Path dataDir;
    private final Path serverLog;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Process process;
    private URI issuer;

    private LatchkeyServer(String java, Path jar, Path workDir) {
        this.java = java;
        this.jar = jar;
        this.workDir = workDir;
        this.dataDir = workDir.resolve("data");
        this.serverLog = workDir.resolve("server.log");
    }

    /** A server not started yet, owning a new temporary directory. */
    static LatchkeyServer inTemporaryDirectory(String java, Path jar) throws IOException {
        return new LatchkeyServer(java, jar, Files.createTempDirectory("latchkey-bench-"));
    }

    /** Runs {@code java -jar latchkey.jar ARGS --data-dir DIR}, writing {@code stdin}; fails unless it exits 0. */
    void command(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        command.addAll(List.of(args));
        command.add("--data-dir");
        command.add(dataDir.toString());
        Path log = Files.createTempFile(workDir, "cli-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        withoutLatchkeyEnvironment(builder);
        Process cli = builder.start();
        try (OutputStream in = cli.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!cli.waitFor(CLI_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            cli.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new BenchmarkFailure("'latchkey " + String.join(" ", args) + "' did not finish within "
                    + CLI_TIMEOUT.toSeconds() + " s. Output:\n" + tail(log));
        }
        if (cli.exitValue() != 0) {
            throw new BenchmarkFailure("'latchkey " + String.join(" ", args) + "' failed with exit status "
                    + cli.exitValue() + ". Output:\n" + tail(log));
        }
    }

    /** Starts {@code serve} on a free loopback port and waits until {@code /healthz} answers 200. */
    void start(List<String> jvmOptions) throws IOException, InterruptedException {
        int port = freeLoopbackPort();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--bind", "127.0.0.1", "--port",
                String.valueOf(port), "--data-dir", dataDir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(serverLog.toFile());
        withoutLatchkeyEnvironment(builder);
        process = builder.start();
        if (closed.get()) {
            // A shutdown hook ran close() while the process was starting.
            process.destroyForcibly();
            throw new BenchmarkFailure("Interrupted while starting the server.");
        }
        URI base = URI.create("http://127.0.0.1:" + port);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new BenchmarkFailure("The Latchkey server exited with status " + process.exitValue()
                        + " before answering /healthz. Its output:\n" + tail(serverLog));
            }
            if (healthy(http, base)) {
                break;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new BenchmarkFailure("The Latchkey server did not answer GET /healthz with 200 within "
                        + STARTUP_TIMEOUT.toSeconds() + " s. Its output:\n" + tail(serverLog));
            }
            Thread.sleep(100);
        }
        HttpResponse<String> metadata = http.send(HttpRequest.newBuilder(
                base.resolve("/.well-known/oauth-authorization-server")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (metadata.statusCode() != 200) {
            throw new BenchmarkFailure("GET /.well-known/oauth-authorization-server answered "
                    + metadata.statusCode() + ": " + metadata.body());
        }
        JsonNode document = new ObjectMapper().readTree(metadata.body());
        issuer = URI.create(document.path("issuer").asText(base.toString()));
    }

    private static boolean healthy(HttpClient http, URI base) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve("/healthz")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** The issuer from the server's metadata, e.g. {@code http://127.0.0.1:PORT}. */
    URI issuer() {
        if (issuer == null) {
            throw new IllegalStateException("start() first");
        }
        return issuer;
    }

    /** The server's process id, for the report. */
    long pid() {
        return process.pid();
    }

    /** Stops the server (SIGTERM, then kill if it does not stop in time) and deletes the temporary directory. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        Process running = process;
        if (running != null) {
            running.destroy();
            try {
                if (!running.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    System.err.println("[gateway-benchmark] The server did not stop within "
                            + STOP_TIMEOUT.toSeconds() + " s of SIGTERM; killing it.");
                    running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException interrupted) {
                running.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try (Stream<Path> paths = Files.walk(workDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException failed) {
            System.err.println("[gateway-benchmark] Could not delete " + workDir + ": " + failed);
        }
    }

    /** The server must not pick up LATCHKEY_ISSUER, LATCHKEY_PORT, ... from the benchmark's environment. */
    private static void withoutLatchkeyEnvironment(ProcessBuilder builder) {
        builder.environment().keySet().removeIf(name -> name.startsWith("LATCHKEY_"));
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    /** The last lines of a log, for a failure message. */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException unreadable) {
            return "(no output: " + unreadable + ")";
        }
    }
}
