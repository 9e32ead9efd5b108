package dev.latchkey.bootstrap.cli;

import dev.latchkey.bootstrap.Commands;
import dev.latchkey.bootstrap.LatchkeyConfig;
import dev.latchkey.bootstrap.RunningServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code latchkey serve}: starts the server on the embedded SQLite database and runs until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the authorization server (the default when no command is given).")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions options = new ServerOptions();

    @Override
    public Integer call() {
        return serve(options, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    static int serve(ServerOptions options, PrintWriter out, PrintWriter err) {
        LatchkeyConfig config = options.toConfig();
        RunningServer server;
        try {
            server = RunningServer.start(config);
        } catch (RuntimeException failed) {
            err.println("latchkey: could not start: " + failed.getMessage());
            err.flush();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "latchkey-shutdown"));
        printBanner(server, out);
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    static void printBanner(RunningServer server, PrintWriter out) {
        LatchkeyConfig config = server.config();
        out.println("Latchkey is running.");
        out.println("  Issuer:      " + config.issuer());
        out.println("  Listening:   " + config.bindAddress() + ":" + server.port());
        out.println("  Data folder: " + config.dataDir());
        out.println("  Metadata:    " + config.issuer().resolve("/.well-known/oauth-authorization-server"));
        config.options().autoApproveAs().ifPresent(user -> {
            out.println();
            out.println("WARNING: TEST MODE. Every authorization request is approved as " + user + " without sign-in"
                    + " or consent (--test-auto-approve). Never run this outside automated tests.");
        });
        if (server.needsFirstUser()) {
            out.println();
            out.println("No user exists yet.");
            server.setupUrl().ifPresent(url -> {
                out.println("Finish setting up in your browser: " + url);
                out.println("  (the link works once, for one hour; restart the server for a new one)");
            });
            out.println("Or create the first user on the command line (pick your own password; it is read from"
                    + " stdin):");
            out.println("  " + Commands.firstUserCommand(config));
        }
        out.println();
        out.println("Stop with Ctrl+C.");
        out.flush();
    }
}
