package dev.latchkey.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * What Latchkey's gateway adds on top of calling an MCP server directly, measured in one run on
 * loopback: a trivial upstream, the real latchkey.jar in front of it as a child process, a token from
 * the real OAuth flow, then the same bounded workload directly and through the gateway in alternating
 * rounds, one sequential client and then N concurrent ones. Prints a Markdown report.
 *
 * <p>Build and run from the repository root:
 * <pre>
 * mvn -B -q package -DskipTests
 * java -jar benchmarks/target/latchkey-benchmarks.jar --out gateway-bench.md
 * </pre>
 */
public final class GatewayBenchmark {

    static final String RESOURCE_NAME = "upstream";
    static final String USERNAME = "bench";
    static final String ORGANIZATION = "bench";
    static final String REQUEST_BODY = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{}}";

    private final Options options;
    private final Deque<AutoCloseable> cleanup = new ArrayDeque<>();

    private GatewayBenchmark(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageError usage) {
            System.err.println("gateway-benchmark: " + usage.getMessage() + " See --help.");
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(Options.USAGE);
            return;
        }
        GatewayBenchmark benchmark = new GatewayBenchmark(options);
        Thread hook = new Thread(benchmark::closeAll, "gateway-benchmark-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        int status;
        try {
            status = benchmark.run();
        } catch (BenchmarkFailure failure) {
            System.err.println("gateway-benchmark: " + failure.getMessage());
            status = 1;
        } catch (IOException | RuntimeException failure) {
            System.err.println("gateway-benchmark: failed: " + failure);
            failure.printStackTrace(System.err);
            status = 1;
        } catch (InterruptedException interrupted) {
            System.err.println("gateway-benchmark: interrupted.");
            status = 1;
        } finally {
            benchmark.closeAll();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run: nothing is left to clean up.
        }
        System.exit(status);
    }

    /** Runs everything; returns the exit status (1 when a request failed). */
    private int run() throws IOException, InterruptedException {
        Path jar = options.jar().toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new BenchmarkFailure("No Latchkey JAR at " + jar + ". Build it first, from the repository root:"
                    + " mvn -B -q package -DskipTests (or pass --jar PATH).");
        }
        String java = ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());

        progress("Starting the upstream");
        Upstream upstream = closeAtEnd(Upstream.start());
        progress("Upstream at " + upstream.url());

        LatchkeyServer server = closeAtEnd(LatchkeyServer.inTemporaryDirectory(java, jar));
        String password = randomPassword();
        progress("Preparing a data folder with the JAR's command line");
        server.command(password + "\n", "users", "add", USERNAME, "--org", ORGANIZATION, "--password-stdin");
        server.command("", "resources", "add", RESOURCE_NAME, "--upstream", upstream.url().toString());
        progress("Starting " + jar.getFileName() + (options.serverJvmOptions().isBlank() ? ""
                : " with " + options.serverJvmOptions()));
        server.start(options.serverJvmOptionList());
        URI issuer = server.issuer();
        String resource = issuer + "/mcp/" + RESOURCE_NAME;
        progress("Latchkey at " + issuer + " (pid " + server.pid() + ")");

        progress("Getting a token for " + resource + " through register, authorize, sign-in, consent, token");
        String token = new AccessTokenFlow(issuer).accessToken(resource, USERNAME, password);

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Workload.Target direct = new Workload.Target("direct", post(upstream.url(), null));
        Workload.Target gateway = new Workload.Target("gateway", post(URI.create(resource), token));
        checkOnce(http, direct);
        checkOnce(http, gateway);
        long okResponses = 2;

        Workload workload = new Workload(http);
        Workload.Limits warmUp = new Workload.Limits(Duration.ofSeconds(options.warmUpSeconds()),
                options.warmUpRequests());
        Workload.Limits round = new Workload.Limits(Duration.ofSeconds(options.seconds()), options.maxRequests());
        List<Report.Scenario> scenarios = new ArrayList<>();
        for (int clients : options.clients() == 1 ? List.of(1) : List.of(1, options.clients())) {
            String title = clients == 1 ? "1 client, sequential" : clients + " clients, concurrent";
            List<Workload.Round> warmUps = new ArrayList<>();
            if (options.warmUpSeconds() > 0 && options.warmUpRequests() > 0) {
                for (Workload.Target target : List.of(direct, gateway)) {
                    progress(title + ": warm-up, " + target.name());
                    warmUps.add(report(workload.run(target, clients, warmUp)));
                }
            }
            List<Workload.Round> directRounds = new ArrayList<>();
            List<Workload.Round> gatewayRounds = new ArrayList<>();
            for (int i = 1; i <= options.rounds(); i++) {
                progress(title + ": round " + i + " of " + options.rounds() + ", direct");
                directRounds.add(report(workload.run(direct, clients, round)));
                progress(title + ": round " + i + " of " + options.rounds() + ", gateway");
                gatewayRounds.add(report(workload.run(gateway, clients, round)));
            }
            Report.Scenario scenario = new Report.Scenario(title, clients, warmUps, directRounds, gatewayRounds);
            okResponses += scenario.all().stream().mapToLong(r -> r.latency().count()).sum();
            scenarios.add(scenario);
        }

        String report = Report.render(new Report.Setting(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                options.jar().toString(), options.serverJvmOptions(), options,
                REQUEST_BODY.getBytes(StandardCharsets.UTF_8).length, Upstream.RESPONSE.length, resource),
                scenarios, new Report.UpstreamCheck(upstream.answered(), okResponses));
        System.out.print(report);
        System.out.flush();
        if (options.out().isPresent()) {
            Path out = options.out().get().toAbsolutePath();
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, report, StandardCharsets.UTF_8);
            progress("Report written to " + out);
        }
        long errors = scenarios.stream().flatMap(s -> s.all().stream()).mapToLong(Workload.Round::errors).sum();
        if (errors > 0 || upstream.answered() != okResponses) {
            System.err.println("gateway-benchmark: THE RUN HAD ERRORS (" + errors + " requests did not answer 200,"
                    + " upstream answered " + upstream.answered() + " of " + okResponses + " expected): see the"
                    + " report; its figures cannot be trusted.");
            return 1;
        }
        return 0;
    }

    private static HttpRequest post(URI url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Workload.REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(REQUEST_BODY));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    /** One call before measuring anything, so that a misconfiguration fails fast with its reason. */
    private static void checkOnce(HttpClient http, Workload.Target target) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(target.request(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new BenchmarkFailure("The first " + target.name() + " call to " + target.request().uri()
                    + " answered " + response.statusCode() + " instead of 200: " + response.body());
        }
    }

    private static Workload.Round report(Workload.Round round) {
        Latencies.Summary latency = round.latency();
        progress(String.format(Locale.ROOT, "  %,d requests, %d errors, %,.0f req/s, p50 %.3f ms,"
                + " p99 %.3f ms", round.sent(), round.errors(), round.throughput(), latency.p50() / 1e6,
                latency.p99() / 1e6));
        if (round.errors() > 0) {
            progress("  ERRORS in this round; first: " + round.firstError().orElse("?"));
        }
        return round;
    }

    private <T extends AutoCloseable> T closeAtEnd(T resource) {
        synchronized (cleanup) {
            cleanup.push(resource);
        }
        return resource;
    }

    /** Stops the server, then the upstream; safe to call twice and from the shutdown hook. */
    private void closeAll() {
        while (true) {
            AutoCloseable next;
            synchronized (cleanup) {
                next = cleanup.poll();
            }
            if (next == null) {
                return;
            }
            try {
                next.close();
            } catch (Exception failed) {
                System.err.println("[gateway-benchmark] Cleaning up failed: " + failed);
            }
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void progress(String message) {
        System.err.println("[gateway-benchmark] " + message);
    }
}
