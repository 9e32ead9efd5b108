package dev.latchkey.bootstrap.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference MCP server {@code @modelcontextprotocol/server-everything} (pinned in e2e-clients,
 * installed by the Maven build) in its Streamable HTTP mode, as a real upstream behind the gateway.
 */
final class EverythingServer implements AutoCloseable {

    private final Process process;
    private final int port;

    private EverythingServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static EverythingServer start() {
        Path clients = Path.of(System.getProperty("latchkey.e2eClients", "../e2e-clients"));
        Path entry = clients.resolve("node_modules/@modelcontextprotocol/server-everything/dist/index.js");
        if (!Files.exists(entry)) {
            throw new IllegalStateException("The reference MCP server is not installed: run 'npm install' in "
                    + clients.toAbsolutePath() + " (the Maven build does it in generate-test-resources).");
        }
        int port = TestServer.freePort();
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of("node", entry.toAbsolutePath().toString(),
                    "streamableHttp")).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("PORT", String.valueOf(port));
            Process process = builder.start();
            EverythingServer server = new EverythingServer(process, port);
            server.awaitListening(Duration.ofSeconds(30));
            return server;
        } catch (IOException cannotStart) {
            throw new UncheckedIOException("Could not start node; is Node.js installed?", cannotStart);
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + port + "/mcp";
    }

    private void awaitListening(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The reference MCP server exited with " + process.exitValue());
            }
            try {
                new Socket(InetAddress.getLoopbackAddress(), port).close();
                return;
            } catch (IOException notYet) {
                try {
                    TimeUnit.MILLISECONDS.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IllegalStateException("The reference MCP server did not listen within " + timeout);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
