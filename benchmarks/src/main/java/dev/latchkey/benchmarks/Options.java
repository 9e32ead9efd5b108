package dev.latchkey.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The command line of {@link GatewayBenchmark}.
 *
 * @param jar              the latchkey.jar to start
 * @param serverJvmOptions JVM options for the server process, separated by spaces
 * @param out              a file to write the report to, besides standard output
 * @param seconds          length of one measured round
 * @param clients          concurrent clients in the concurrent scenario
 * @param rounds           measured rounds per path and scenario
 * @param warmUpSeconds    time bound of the warm-up, per path and scenario
 * @param warmUpRequests   request bound of the warm-up, per path and scenario
 * @param maxRequests      request bound of one measured round
 * @param help             whether to print the usage and stop
 */
record Options(Path jar, String serverJvmOptions, Optional<Path> out, int seconds, int clients, int rounds,
        int warmUpSeconds, int warmUpRequests, int maxRequests, boolean help) {

    static final String USAGE = """
            Usage: java -jar benchmarks/target/latchkey-benchmarks.jar [OPTIONS]

            Measures what Latchkey's gateway adds on top of calling an MCP server directly, on loopback:
            starts a trivial upstream and latchkey.jar (as a child process), gets a token through the real
            OAuth flow, then alternates direct and gateway rounds, 1 client sequential and N concurrent.
            The Markdown report goes to standard output; progress to standard error.

              --jar PATH                 latchkey.jar to start (default: bootstrap/target/latchkey.jar)
              --server-jvm-opts "OPTS"   JVM options for the server, space-separated (default: none)
              --out PATH                 also write the report to PATH
              --seconds N                length of each measured round (default: 5)
              --clients N                clients in the concurrent scenario (default: 32)
              --rounds N                 measured rounds per path and scenario (default: 3)
              --warmup-seconds N         warm-up time per path and scenario (default: 20)
              --warmup-requests N        warm-up request budget per path and scenario (default: 20000)
              --max-requests N           request budget of each measured round (default: 2000000)
              -h, --help                 this help
            """;

    /** The options in {@code args}; {@code --name value} and {@code --name=value} both work. */
    static Options parse(String[] args) {
        Path jar = Path.of("bootstrap", "target", "latchkey.jar");
        String jvmOptions = "";
        Optional<Path> out = Optional.empty();
        int seconds = 5;
        int clients = 32;
        int rounds = 3;
        // The gateway does about a quarter of the direct path's requests per second, so its JIT needs the
        // longer time to reach the request bound; with 5 s its figures were still improving round by round.
        int warmUpSeconds = 20;
        int warmUpRequests = 20_000;
        int maxRequests = 2_000_000;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int equals = name.indexOf('=');
            if (name.startsWith("--") && equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (name.equals("-h") || name.equals("--help")) {
                return new Options(jar, jvmOptions, out, seconds, clients, rounds, warmUpSeconds, warmUpRequests,
                        maxRequests, true);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageError(name + " needs a value.");
                }
                value = args[++i];
            }
            switch (name) {
                case "--jar" -> jar = Path.of(value);
                case "--server-jvm-opts" -> jvmOptions = value.strip();
                case "--out" -> out = Optional.of(Path.of(value));
                case "--seconds" -> seconds = number(name, value, 1, 600);
                case "--clients" -> clients = number(name, value, 1, 10_000);
                case "--rounds" -> rounds = number(name, value, 1, 99);
                case "--warmup-seconds" -> warmUpSeconds = number(name, value, 0, 600);
                case "--warmup-requests" -> warmUpRequests = number(name, value, 0, 100_000_000);
                case "--max-requests" -> maxRequests = number(name, value, 1, 100_000_000);
                default -> throw new UsageError("Unknown option " + name + ".");
            }
        }
        return new Options(jar, jvmOptions, out, seconds, clients, rounds, warmUpSeconds, warmUpRequests,
                maxRequests, false);
    }

    /** The server's JVM options as separate arguments (quoting is not supported: split on spaces). */
    List<String> serverJvmOptionList() {
        return serverJvmOptions.isBlank() ? List.of() : Arrays.asList(serverJvmOptions.strip().split("\\s+"));
    }

    private static int number(String name, String value, int min, int max) {
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip().replace("_", ""));
        } catch (NumberFormatException notANumber) {
            throw new UsageError(name + " needs a whole number, not '" + value + "'.");
        }
        if (parsed < min || parsed > max) {
            throw new UsageError(name + " must be between " + min + " and " + max + ", not " + parsed + ".");
        }
        return parsed;
    }

    /** A command line that cannot be run: exit status 2 with the usage. */
    static final class UsageError extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }
}
