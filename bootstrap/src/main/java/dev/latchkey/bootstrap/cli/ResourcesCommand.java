package dev.latchkey.bootstrap.cli;

import dev.latchkey.application.resource.AddProtectedResource;
import dev.latchkey.application.resource.ListProtectedResources;
import dev.latchkey.application.resource.RemoveProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceTarget;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.resource.Upstream;
import dev.latchkey.domain.resource.UpstreamHeader;
import dev.latchkey.domain.scope.ScopeSet;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code latchkey resources}: the protected resources (MCP servers) tokens may be issued for. */
@Command(name = "resources", mixinStandardHelpOptions = true, description = "Manage protected resources.",
        subcommands = {ResourcesCommand.AddCommand.class, ResourcesCommand.ListCommand.class,
            ResourcesCommand.RemoveCommand.class})
public final class ResourcesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: use 'resources add', 'resources list' or 'resources remove'.");
    }

    /** {@code resources add NAME (--upstream URL | --url URL) [--scopes ...] [--header ...]}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Protect an MCP server.",
                "With --upstream, Latchkey's gateway serves it at {issuer}/mcp/NAME and forwards each checked call"
                    + " to the upstream URL.",
                "With --url, the server is reached at its own URL and checks Latchkey's tokens itself."})
    static final class AddCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir = new DataDirOption();

        @Mixin
        IssuerOption issuer = new IssuerOption();

        @Parameters(index = "0", paramLabel = "NAME", description = "A short name, e.g. notes.")
        String name;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        static final class Target {
            @Option(names = "--upstream", paramLabel = "URL",
                    description = "The MCP server's own Streamable HTTP URL, to put behind the gateway.")
            String upstream;

            @Option(names = "--url", paramLabel = "URL",
                    description = "The MCP server's URL exactly as clients connect to it (it validates tokens).")
            String url;
        }

        @Option(names = "--scopes", paramLabel = "SCOPES", defaultValue = "mcp:use",
                description = "Space-separated scopes the resource understands (default: ${DEFAULT-VALUE}).")
        String scopes;

        @Option(names = "--header", paramLabel = "'NAME: VALUE'",
                description = "A header to add to every request sent upstream, e.g. the upstream's own key"
                        + " ('Authorization: Bearer ...'). Repeatable. Kept out of logs.")
        List<String> headers = new ArrayList<>();

        @Option(names = "--identity-headers",
                description = "Tell the upstream who calls: X-Latchkey-User, X-Latchkey-User-Id, X-Latchkey-Org,"
                        + " X-Latchkey-Role and X-Latchkey-Client.")
        boolean identityHeaders;

        @Option(names = "--replace", description = "Change the resource if one with this name exists.")
        boolean replace;

        @Override
        public Integer call() {
            ResourceName resourceName = Arguments.parse(spec, "NAME", name, ResourceName::new);
            ScopeSet scopeSet = Arguments.parse(spec, "--scopes", scopes, ScopeSet::parse);
            ResourceTarget resourceTarget;
            if (target.upstream != null) {
                List<UpstreamHeader> parsedHeaders = new ArrayList<>();
                for (String header : headers) {
                    parsedHeaders.add(Arguments.parse(spec, "--header", header, UpstreamHeader::parse));
                }
                Upstream upstream = Arguments.parse(spec, "--upstream", target.upstream,
                        text -> new Upstream(Upstream.parseUrl(text), parsedHeaders, identityHeaders));
                resourceTarget = new ResourceTarget.Gateway(upstream);
            } else {
                if (!headers.isEmpty() || identityHeaders) {
                    throw new ParameterException(spec.commandLine(), "--header and --identity-headers apply to"
                            + " --upstream resources only: with --url, clients call the server directly.");
                }
                resourceTarget = new ResourceTarget.External(Arguments.parse(spec, "--url", target.url,
                        ResourceUri::parse));
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return CommandGraph.run(dataDir.dataDir(), issuer.issuer(), parts -> switch (parts.addProtectedResource()
                    .add(new AddProtectedResource.Command(resourceName, resourceTarget, scopeSet, replace))) {
                case AddProtectedResource.Added added -> {
                    out.println((added.replaced() ? "Changed " : "Protected ") + added.resource().name() + ": clients"
                            + " connect to " + added.uri() + " (scopes: " + added.resource().scopes() + ").");
                    added.resource().upstream().ifPresent(upstream -> out.println("The gateway forwards checked"
                            + " calls to " + upstream.url() + "."));
                    out.flush();
                    yield 0;
                }
                case AddProtectedResource.Rejected rejected -> {
                    yield Console.refused(err, rejected.reason());
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

        @Mixin
        IssuerOption issuer = new IssuerOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return CommandGraph.run(dataDir.dataDir(), issuer.issuer(), parts -> {
                List<ListProtectedResources.Listed> resources = parts.listProtectedResources().list();
                if (resources.isEmpty()) {
                    out.println("No protected resources yet. Put an MCP server behind the gateway with: java -jar"
                            + " latchkey.jar resources add NAME --upstream URL");
                    out.flush();
                    return 0;
                }
                List<List<String>> rows = new ArrayList<>();
                for (ListProtectedResources.Listed listed : resources) {
                    rows.add(List.of(listed.resource().name().value(), listed.uri().value(),
                            listed.resource().upstream().map(upstream -> upstream.url().toString()).orElse("-"),
                            listed.resource().scopes().asString()));
                }
                Tables.print(out, List.of("NAME", "URL", "UPSTREAM", "SCOPES"), rows);
                return 0;
            });
        }
    }

    /** {@code resources remove NAME}. */
    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Stop protecting a resource: the gateway answers 404 for it at once.")
    static final class RemoveCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir = new DataDirOption();

        @Parameters(index = "0", paramLabel = "NAME", description = "The resource's name.")
        String name;

        @Override
        public Integer call() {
            ResourceName resourceName = Arguments.parse(spec, "NAME", name, ResourceName::new);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return CommandGraph.run(dataDir.dataDir(), parts -> {
                if (parts.removeProtectedResource().remove(new RemoveProtectedResource.Command(resourceName))) {
                    out.println("Removed " + resourceName + ".");
                    out.flush();
                    return 0;
                }
                err.println("latchkey: there is no resource named " + resourceName + "; see resources list.");
                err.flush();
                return 1;
            });
        }
    }
}
