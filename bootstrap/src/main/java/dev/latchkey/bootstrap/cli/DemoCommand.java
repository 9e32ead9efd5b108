package dev.latchkey.bootstrap.cli;

import dev.latchkey.application.org.AddOrganization;
import dev.latchkey.application.org.JoinOrganization;
import dev.latchkey.application.resource.AddProtectedResource;
import dev.latchkey.application.user.AddUser;
import dev.latchkey.application.user.ResetPassword;
import dev.latchkey.bootstrap.Commands;
import dev.latchkey.bootstrap.LatchkeyConfig;
import dev.latchkey.bootstrap.Main;
import dev.latchkey.bootstrap.RunningServer;
import dev.latchkey.bootstrap.wiring.LatchkeyComponent;
import dev.latchkey.demo.DemoMcpServer;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceTarget;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.resource.Upstream;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.user.Username;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code latchkey demo}: a newcomer's first minute. Starts a built-in MCP server on loopback, puts it
 * behind the gateway at {@code {issuer}/mcp/demo}, creates the user {@code demo} (with a new random
 * password each start) in the organization {@code demo}, starts Latchkey and prints what to paste into
 * an MCP client.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start Latchkey with a demo account and a demo MCP server behind the gateway.",
            "Data goes to ./" + Main.DEFAULT_DEMO_DATA_DIR + " unless --data-dir says otherwise."})
public final class DemoCommand implements Callable<Integer> {

    static final String NAME = "demo";

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions options = new ServerOptions();

    @Override
    public Integer call() {
        LatchkeyConfig config = options.toConfig(Main.DEFAULT_DEMO_DATA_DIR);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DemoMcpServer demoServer = DemoMcpServer.start("127.0.0.1", 0, LatchkeyComponent.systemClock());
        String password = newPassword();
        try {
            CommandGraph.run(config.dataDir(), config.issuer(), parts -> {
                parts.addOrganization().add(new AddOrganization.Command(new OrgName(NAME)));
                Username demo = new Username(NAME);
                if (parts.addUser().add(new AddUser.Command(demo, new Password(password), new OrgName(NAME),
                        Optional.of(Role.OWNER))) instanceof AddUser.Rejected) {
                    parts.resetPassword().reset(new ResetPassword.Command(demo, new Password(password)));
                    parts.joinOrganization().join(new JoinOrganization.Command(demo,
                            new OrgName(NAME), Role.OWNER));
                }
                parts.addProtectedResource().add(new AddProtectedResource.Command(new ResourceName(NAME),
                        new ResourceTarget.Gateway(new Upstream(demoServer.endpoint(), List.of(), true)),
                        ScopeSet.empty(), true));
                return 0;
            });
        } catch (RuntimeException failed) {
            demoServer.close();
            throw failed;
        }
        RunningServer server;
        try {
            server = RunningServer.start(config);
        } catch (RuntimeException failed) {
            demoServer.close();
            err.println("latchkey: could not start: " + failed.getMessage());
            err.flush();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            demoServer.close();
            stopped.countDown();
        }, "latchkey-shutdown"));
        printBanner(out, config, password);
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    static void printBanner(PrintWriter out, LatchkeyConfig config, String password) {
        String mcpUrl = ResourceUri.parse(config.issuer().value() + "/mcp/" + NAME).value();
        out.println("Latchkey demo is running.");
        out.println();
        out.println("  Protected MCP server: " + mcpUrl);
        out.println("  Sign in as:           " + NAME);
        out.println("  Password:             " + password + "   (new each time the demo starts)");
        out.println("  Issuer:               " + config.issuer());
        out.println("  Data folder:          " + config.dataDir());
        out.println();
        out.println("Connect an MCP client to " + mcpUrl + ":");
        out.println("  MCP Inspector: npx @modelcontextprotocol/inspector");
        out.println("                 then Transport Type \"Streamable HTTP\", URL " + mcpUrl + ", Connect");
        out.println("  Claude Code:   claude mcp add --transport http latchkey-demo " + mcpUrl);
        out.println("                 then run /mcp in Claude Code to sign in");
        out.println("  mcp-remote:    npx mcp-remote " + mcpUrl);
        out.println("The client opens Latchkey's sign-in page: sign in as " + NAME + ", keep the organization "
                + NAME + " and press Allow.");
        out.println("Tools to try: echo, time, add_note, list_notes, delete_all_notes, countdown (streams progress).");
        out.println("See each call: " + Commands.JAR + " activity list" + Commands.dataDirOption(config.dataDir()));
        out.println();
        out.println("Stop with Ctrl+C.");
        out.flush();
    }

    /** Twelve characters from an alphabet without look-alikes, in three groups: easy to type. */
    static String newPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
