package dev.latchkey.bootstrap.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code latchkey}: without a subcommand it serves, exactly like {@code latchkey serve}.
 */
@Command(name = "latchkey",
        mixinStandardHelpOptions = true,
        versionProvider = LatchkeyCommand.Version.class,
        description = {"Self-hosted OAuth 2.1 authorization server and gateway for MCP servers.",
            "Without a command, starts the server (same as 'serve')."},
        subcommands = {ServeCommand.class, DemoCommand.class, UsersCommand.class, OrgsCommand.class,
            ResourcesCommand.class, GrantsCommand.class, ActivityCommand.class,
            CommandLine.HelpCommand.class})
public final class LatchkeyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions options = new ServerOptions();

    @Override
    public Integer call() {
        return ServeCommand.serve(options, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The command line with Latchkey's error handling: usage errors exit 2 with a pointer to --help. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new LatchkeyCommand());
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine failed = exception.getCommandLine();
            PrintWriter err = failed.getErr();
            err.println("latchkey: " + exception.getMessage());
            err.println("Run '" + helpFor(failed) + "' to see the options.");
            err.flush();
            return CommandLine.ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            PrintWriter err = failed.getErr();
            err.println("latchkey: " + messageOf(exception));
            err.flush();
            return CommandLine.ExitCode.SOFTWARE;
        });
        return commandLine;
    }

    private static String helpFor(CommandLine commandLine) {
        return "java -jar latchkey.jar " + commandLine.getCommandSpec().qualifiedName(" ")
                .replaceFirst("^latchkey ?", "") + (commandLine.getParent() == null ? "" : " ") + "--help";
    }

    private static String messageOf(Throwable exception) {
        String message = exception.getMessage();
        return message == null || message.isBlank() ? exception.getClass().getSimpleName() : message;
    }

    /** The version from the JAR's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = LatchkeyCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Latchkey " + (version == null ? "(development build)" : version)};
        }
    }
}
