package dev.latchkey.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke test of the built JAR as a newcomer runs it: management commands from a terminal, a usage
 * error, then {@code serve} answering on loopback, and a clean stop.
 */
class LatchkeyJarIT {

    @TempDir
    Path dataDir;

    record Run(int exitCode, String out, String err) {}

    private static Path jar() {
        Path jar = Path.of(System.getProperty("latchkey.jar", "target/latchkey.jar"));
        assertThat(jar).as("run 'mvn package' first").exists();
        return jar;
    }

    private static List<String> java(String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        return command;
    }

    private Run run(String stdin, String... args) throws Exception {
        Process process = new ProcessBuilder(java(args)).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out.get(), err.get());
    }

    private static String read(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            return failed.toString();
        }
    }

    @Test
    void jarWhenUsedLikeTheReadmeSaysThenCommandsWorkAndServerAnswers() throws Exception {
        String dir = dataDir.toString();

        Run added = run("a-long-enough-password\n", "users", "add", "admin", "--org", "home", "--password-stdin",
                "--data-dir", dir);
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Created user admin").contains("owner");

        Run duplicate = run("a-long-enough-password\n", "users", "add", "admin", "--org", "home",
                "--password-stdin", "--data-dir", dir);
        assertThat(duplicate.exitCode()).isEqualTo(1);
        assertThat(duplicate.err()).contains("already exists");

        Run resource = run("", "resources", "add", "notes", "--url", "http://127.0.0.1:9/mcp", "--data-dir", dir);
        assertThat(resource.exitCode()).as(resource.err()).isZero();
        assertThat(run("", "resources", "list", "--data-dir", dir).out()).contains("notes")
                .contains("http://127.0.0.1:9/mcp");
        assertThat(run("", "users", "list", "--data-dir", dir).out()).contains("admin").contains("home (owner)");

        Run unknownOption = run("", "users", "list", "--colour", "--data-dir", dir);
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("Unknown option").contains("--help");

        Run help = run("", "resources", "add", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--url").contains("--scopes");

        Path emptyDir = Files.createDirectory(dataDir.resolve("fresh"));
        int port = freePort();
        Process server = new ProcessBuilder(java("serve", "--port", String.valueOf(port), "--data-dir",
                emptyDir.toString())).redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8));
            StringBuilder banner = new StringBuilder();
            String line;
            while ((line = output.readLine()) != null && !line.startsWith("Stop with")) {
                banner.append(line).append('\n');
            }
            assertThat(banner).contains("Issuer:      http://127.0.0.1:" + port)
                    .contains("/.well-known/oauth-authorization-server")
                    .contains("No user exists yet")
                    .contains("Finish setting up in your browser: http://127.0.0.1:" + port + "/setup?token=")
                    .contains("users add admin --org home --role owner --password-stdin --data-dir");

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            HttpResponse<String> metadata = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/.well-known/oauth-authorization-server")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(metadata.body()).contains("\"issuer\":\"http://127.0.0.1:" + port + "\"");
            assertThat(Files.exists(emptyDir.resolve("latchkey.db"))).isTrue();
        } finally {
            server.destroy();
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).as("server stops on SIGTERM").isTrue();
        }
    }

    @Test
    void demoWhenStartedThenPrintsWhatToPasteAndProtectsTheDemoServer() throws Exception {
        int port = freePort();
        Process demo = new ProcessBuilder(java("demo", "--port", String.valueOf(port), "--data-dir",
                dataDir.resolve("demo").toString())).redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(demo.getInputStream(),
                    StandardCharsets.UTF_8));
            StringBuilder banner = new StringBuilder();
            String line;
            while ((line = output.readLine()) != null && !line.startsWith("Stop with")) {
                banner.append(line).append('\n');
            }
            String mcpUrl = "http://127.0.0.1:" + port + "/mcp/demo";
            assertThat(banner).contains("Protected MCP server: " + mcpUrl).contains("Sign in as:           demo")
                    .containsPattern("Password: +[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}")
                    .contains("npx mcp-remote " + mcpUrl).contains("claude mcp add --transport http");

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> challenge = http.send(HttpRequest.newBuilder(URI.create(mcpUrl))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(challenge.statusCode()).isEqualTo(401);
            assertThat(challenge.headers().firstValue("WWW-Authenticate").orElseThrow())
                    .contains("/.well-known/oauth-protected-resource/mcp/demo");
            HttpResponse<String> metadata = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/.well-known/oauth-protected-resource/mcp/demo")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(metadata.body()).contains("\"resource\":\"" + mcpUrl + "\"");
        } finally {
            demo.destroy();
            assertThat(demo.waitFor(20, TimeUnit.SECONDS)).as("demo stops on SIGTERM").isTrue();
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 0,
                java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
