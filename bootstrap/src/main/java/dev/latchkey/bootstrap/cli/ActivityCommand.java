package dev.latchkey.bootstrap.cli;

import dev.latchkey.application.activity.ListActivity;
import dev.latchkey.domain.audit.ProxiedCall;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code latchkey activity list}: the calls the gateway forwarded, newest first. */
@Command(name = "activity", mixinStandardHelpOptions = true, description = "Show what went through the gateway.",
        subcommands = {ActivityCommand.ListCommand.class})
public final class ActivityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: use 'activity list'.");
    }

    /** {@code activity list [--limit N]}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List forwarded calls: who, org, client, resource, method, tool, status, duration.")
    static final class ListCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir = new DataDirOption();

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
                description = "How many calls to show (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            if (limit < 1 || limit > 10_000) {
                throw new ParameterException(spec.commandLine(), "--limit must be between 1 and 10000.");
            }
            PrintWriter out = spec.commandLine().getOut();
            return CommandGraph.run(dataDir.dataDir(), parts -> {
                List<ListActivity.Listed> calls = parts.listActivity().list(new ListActivity.Command(limit));
                if (calls.isEmpty()) {
                    out.println("No calls have gone through the gateway yet.");
                    out.flush();
                    return 0;
                }
                List<List<String>> rows = new ArrayList<>();
                for (ListActivity.Listed listed : calls) {
                    ProxiedCall call = listed.call();
                    rows.add(List.of(call.at().toString(), listed.username(), listed.organization(),
                            listed.client(), call.resource().value(), call.httpMethod(),
                            call.rpcMethod().orElse("-"), call.toolName().orElse("-"), String.valueOf(call.status()),
                            call.duration().toMillis() + " ms"));
                }
                Tables.print(out, List.of("AT", "USER", "ORG", "CLIENT", "RESOURCE", "HTTP", "METHOD", "TOOL",
                        "STATUS", "DURATION"), rows);
                return 0;
            });
        }
    }
}
