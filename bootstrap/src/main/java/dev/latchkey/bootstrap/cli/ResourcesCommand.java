package dev.latchkey.bootstrap.cli;

import dev.latchkey.application.resource.AddProtectedResource;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code latchkey resources}: the protected resources (MCP servers) tokens may be issued for. */
@Command(name = "resources", mixinStandardHelpOptions = true, description = "Manage protected resources.",
        subcommands = {ResourcesCommand.AddCommand.class, ResourcesCommand.ListCommand.class})
public final class ResourcesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: use 'resources add' or 'resources list'.");
    }

    /** {@code resources add NAME --url URL [--scopes "mcp:use ..."]}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Protect a resource: tokens can then be issued with it as their audience.")
    static final class AddCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir = new DataDirOption();

        @Parameters(index = "0", paramLabel = "NAME", description = "A short name, e.g. notes.")
        String name;

        @Option(names = "--url", required = true, paramLabel = "URL",
                description = "The MCP server's URL, exactly as clients connect to it.")
        String url;

        @Option(names = "--scopes", paramLabel = "SCOPES", defaultValue = "mcp:use",
                description = "Space-separated scopes the resource understands (default: ${DEFAULT-VALUE}).")
        String scopes;

        @Override
        public Integer call() {
            ResourceName resourceName = Arguments.parse(spec, "NAME", name, ResourceName::new);
            ResourceUri uri = Arguments.parse(spec, "--url", url, ResourceUri::parse);
            ScopeSet scopeSet = Arguments.parse(spec, "--scopes", scopes, ScopeSet::parse);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return CommandGraph.run(dataDir.dataDir(), parts -> switch (parts.addProtectedResource().add(
                    new AddProtectedResource.Command(resourceName, uri, scopeSet))) {
                case AddProtectedResource.Added added -> {
                    out.println("Protected " + added.resource().name() + " at " + added.resource().uri()
                            + " (scopes: " + added.resource().scopes() + ").");
                    out.flush();
                    yield 0;
                }
                case AddProtectedResource.Rejected rejected -> {
                    err.println("latchkey: " + rejected.reason());
                    err.flush();
                    yield 1;
                }
            });
        }
    }

    /** {@code resources list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List protected resources.")
    static final class ListCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir = new DataDirOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return CommandGraph.run(dataDir.dataDir(), parts -> {
                List<ProtectedResource> resources = parts.listProtectedResources().list();
                if (resources.isEmpty()) {
                    out.println("No protected resources yet. Add one with: java -jar latchkey.jar resources add NAME"
                            + " --url URL");
                    out.flush();
                    return 0;
                }
                List<List<String>> rows = new ArrayList<>();
                for (ProtectedResource resource : resources) {
                    rows.add(List.of(resource.name().value(), resource.uri().value(), resource.scopes().asString()));
                }
                Tables.print(out, List.of("NAME", "URL", "SCOPES"), rows);
                return 0;
            });
        }
    }
}
