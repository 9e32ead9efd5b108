package dev.latchkey.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The Markdown report: environment, the summary table, the detail behind it, and the checks. */
final class Report {

    /** The measured rounds of one scenario, plus its warm-up rounds (not in the figures). */
    record Scenario(String title, int clients, List<Workload.Round> warmUp, List<Workload.Round> direct,
            List<Workload.Round> gateway) {

        List<Workload.Round> all() {
            List<Workload.Round> all = new ArrayList<>(warmUp);
            all.addAll(direct);
            all.addAll(gateway);
            return all;
        }
    }

    /** What the report says about where and how it ran. */
    record Setting(String date, String jar, String serverJvmOptions, Options options, int requestBytes,
            int responseBytes, String gatewayUrl) {}

    /** The cross-check that gateway answers really came from the upstream. */
    record UpstreamCheck(long upstreamAnswered, long okResponses) {}

    private Report() {
    }

    static String render(Setting setting, List<Scenario> scenarios, UpstreamCheck check) {
        Options options = setting.options();
        StringBuilder out = new StringBuilder();
        out.append("# Latchkey gateway benchmark\n\n");

        long sent = scenarios.stream().flatMap(s -> s.all().stream()).mapToLong(Workload.Round::sent).sum();
        long errors = scenarios.stream().flatMap(s -> s.all().stream()).mapToLong(Workload.Round::errors).sum();
        if (errors > 0) {
            out.append("> **ERRORS: ").append(errors).append(" of ").append(sent)
                    .append(" requests did not answer 200.** The figures below count only the requests that did,"
                            + " and cannot be trusted. First error per round is listed under \"Every round\".\n\n");
        }
        if (check.upstreamAnswered() != check.okResponses()) {
            out.append("> **CHECK FAILED: the upstream answered ").append(check.upstreamAnswered())
                    .append(" calls, but the benchmark counted ").append(check.okResponses())
                    .append(" successful direct and gateway responses.**\n\n");
        }

        out.append("What the gateway adds on top of calling an MCP server directly: the same JSON-RPC `tools/list`"
                + " POST goes to a trivial upstream (JDK HttpServer, fixed " + setting.responseBytes()
                + "-byte answer) directly, and through Latchkey's gateway at `" + setting.gatewayUrl()
                + "` (bearer token checked, grant re-read, call forwarded and recorded in the activity log)."
                + " Everything on loopback, on this one machine.\n\n");

        out.append("## Environment\n\n");
        out.append("| | |\n|---|---|\n");
        out.append("| Date | ").append(setting.date()).append(" |\n");
        out.append("| Machine | ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(", ").append(System.getProperty("os.arch")).append(" |\n");
        out.append("| JDK | ").append(System.getProperty("java.version")).append(", ")
                .append(System.getProperty("java.vendor")).append(" (")
                .append(System.getProperty("java.vm.name")).append("); the same `java` runs the server |\n");
        out.append("| Server JVM options | ").append(setting.serverJvmOptions().isBlank() ? "(none)"
                : "`" + setting.serverJvmOptions() + "`").append(" |\n");
        out.append("| Latchkey JAR | `").append(setting.jar()).append("` |\n");
        out.append("| Request | POST, ").append(setting.requestBytes())
                .append(" bytes of JSON, HTTP/1.1 keep-alive, one shared JDK HttpClient |\n");
        out.append("| Rounds | warm-up ").append(options.warmUpSeconds()).append(" s or ")
                .append(String.format(Locale.ROOT, "%,d", options.warmUpRequests()))
                .append(" requests per path (whichever first), then ").append(options.rounds())
                .append(options.rounds() == 1 ? " round" : " rounds").append(" per path alternating direct / gateway, ").append(options.seconds())
                .append(" s or ").append(String.format(Locale.ROOT, "%,d", options.maxRequests()))
                .append(" requests each (whichever first) |\n\n");

        out.append("## Results\n\n");
        out.append("Median of ").append(options.rounds()).append(options.rounds() == 1 ? " round" : " rounds")
                .append(" for each figure. Latencies in milliseconds, p50 / p99.\n\n");
        out.append("| Scenario | Direct | Gateway | Added by the gateway | Direct req/s | Gateway req/s"
                + " | Gateway ÷ direct |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Scenario scenario : scenarios) {
            double directP50 = median(scenario.direct(), round -> round.latency().p50());
            double directP99 = median(scenario.direct(), round -> round.latency().p99());
            double gatewayP50 = median(scenario.gateway(), round -> round.latency().p50());
            double gatewayP99 = median(scenario.gateway(), round -> round.latency().p99());
            double directRate = median(scenario.direct(), Workload.Round::throughput);
            double gatewayRate = median(scenario.gateway(), Workload.Round::throughput);
            out.append("| ").append(scenario.title())
                    .append(" | ").append(ms(directP50)).append(" / ").append(ms(directP99))
                    .append(" | ").append(ms(gatewayP50)).append(" / ").append(ms(gatewayP99))
                    .append(" | ").append(signedMs(gatewayP50 - directP50)).append(" / ")
                    .append(signedMs(gatewayP99 - directP99))
                    .append(" | ").append(rate(directRate))
                    .append(" | ").append(rate(gatewayRate))
                    .append(" | ").append(directRate == 0 ? "-"
                            : String.format(Locale.ROOT, "%.1f %%", 100 * gatewayRate / directRate))
                    .append(" |\n");
        }
        out.append("\nEach figure is the median, over the rounds, of that figure in each round (the p99 shown is"
                + " the median of the rounds' p99s). Added = gateway − direct of those medians. Gateway ÷ direct ="
                + " median gateway req/s ÷ median direct req/s. Percentiles are exact (every latency is kept and"
                + " sorted), latency is measured by the client from send to the last byte of the answer.\n\n");

        out.append("## Latency detail\n\n");
        out.append("Median of the rounds, milliseconds.\n\n");
        out.append("| Scenario | Path | p50 | p90 | p99 | p99.9 | max | req/s | Requests per round |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Scenario scenario : scenarios) {
            for (List<Workload.Round> rounds : List.of(scenario.direct(), scenario.gateway())) {
                out.append("| ").append(scenario.title()).append(" | ").append(rounds.get(0).target().name())
                        .append(" | ").append(ms(median(rounds, round -> round.latency().p50())))
                        .append(" | ").append(ms(median(rounds, round -> round.latency().p90())))
                        .append(" | ").append(ms(median(rounds, round -> round.latency().p99())))
                        .append(" | ").append(ms(median(rounds, round -> round.latency().p999())))
                        .append(" | ").append(ms(median(rounds, round -> round.latency().max())))
                        .append(" | ").append(rate(median(rounds, Workload.Round::throughput)))
                        .append(" | ").append(String.format(Locale.ROOT, "%,.0f", median(rounds, Workload.Round::sent)))
                        .append(" |\n");
            }
        }

        out.append("\n## Every round\n\n");
        out.append("In the order they ran. Warm-up rounds are not in the figures above.\n\n");
        out.append("| Scenario | Round | Path | Sent | Errors | Seconds | req/s | p50 | p99 | max |\n");
        out.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        List<String> firstErrors = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            for (Workload.Round round : scenario.warmUp()) {
                row(out, scenario, "warm-up", round, firstErrors);
            }
            for (int i = 0; i < Math.max(scenario.direct().size(), scenario.gateway().size()); i++) {
                if (i < scenario.direct().size()) {
                    row(out, scenario, String.valueOf(i + 1), scenario.direct().get(i), firstErrors);
                }
                if (i < scenario.gateway().size()) {
                    row(out, scenario, String.valueOf(i + 1), scenario.gateway().get(i), firstErrors);
                }
            }
        }
        if (!firstErrors.isEmpty()) {
            out.append("\nFirst error of each round with errors:\n\n");
            firstErrors.forEach(line -> out.append("- ").append(line).append('\n'));
        }

        out.append("\n## Checks\n\n");
        out.append("- Every response had status 200: ").append(errors == 0 ? "yes" : "**NO, " + errors + " errors**")
                .append(" (").append(String.format(Locale.ROOT, "%,d", sent))
                .append(" warm-up and measured requests, after one checked call on each path).\n");
        out.append("- The upstream answered ").append(String.format(Locale.ROOT, "%,d", check.upstreamAnswered()))
                .append(" calls; the benchmark received ").append(String.format(Locale.ROOT, "%,d", check.okResponses()))
                .append(" 200s, direct and through the gateway: ")
                .append(check.upstreamAnswered() == check.okResponses() ? "equal, so every gateway 200 was a real"
                        + " forwarded call." : "**NOT EQUAL**.").append('\n');
        out.append("- The benchmark client, the upstream (one JVM) and the Latchkey server (another) share the "
                + Runtime.getRuntime().availableProcessors() + " cores: under concurrency they compete for CPU,"
                + " so gateway throughput here is a lower bound for a server with cores of its own.\n");
        return out.toString();
    }

    private static void row(StringBuilder out, Scenario scenario, String label, Workload.Round round,
            List<String> firstErrors) {
        out.append("| ").append(scenario.title()).append(" | ").append(label).append(" | ")
                .append(round.target().name()).append(" | ")
                .append(String.format(Locale.ROOT, "%,d", round.sent())).append(" | ")
                .append(round.errors() == 0 ? "0" : "**" + round.errors() + "**").append(" | ")
                .append(String.format(Locale.ROOT, "%.2f", round.elapsedNanos() / 1e9)).append(" | ")
                .append(rate(round.throughput())).append(" | ")
                .append(ms(round.latency().p50())).append(" | ")
                .append(ms(round.latency().p99())).append(" | ")
                .append(ms(round.latency().max())).append(" |\n");
        round.firstError().ifPresent(error -> firstErrors.add(scenario.title() + ", " + label + ", "
                + round.target().name() + ": `" + error.replace('`', '\'').replace('\n', ' ') + "`"));
    }

    /** The median; the mean of the two middle values for an even count. */
    static double median(List<Workload.Round> rounds, ToDoubleFunction<Workload.Round> figure) {
        double[] values = rounds.stream().mapToDouble(figure).sorted().toArray();
        if (values.length == 0) {
            return 0;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static String ms(double nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }

    private static String signedMs(double nanos) {
        return String.format(Locale.ROOT, "%+.3f", nanos / 1e6);
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }
}
