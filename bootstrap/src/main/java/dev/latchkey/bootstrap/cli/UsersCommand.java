package dev.latchkey.bootstrap.cli;

import dev.latchkey.application.user.AddUser;
import dev.latchkey.application.user.ListUsers;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.user.Username;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code latchkey users}: add and list the people who can sign in. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage users.",
        subcommands = {UsersCommand.AddCommand.class, UsersCommand.ListCommand.class})
public final class UsersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: use 'users add' or 'users list'.");
    }

    /** {@code users add USERNAME --org ORG [--role ROLE] --password-stdin}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Create a user, the organization if it does not exist yet, and the membership.",
                "Without --role the user becomes owner of a new organization, member of an existing one."})
    static final class AddCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir = new DataDirOption();

        @Parameters(index = "0", paramLabel = "USERNAME", description = "The name to sign in with.")
        String username;

        @Option(names = "--org", required = true, paramLabel = "ORG", description = "Organization to join.")
        String organization;

        @Option(names = "--role", paramLabel = "ROLE", description = "owner, admin or member.")
        String role;

        @Option(names = "--password-stdin",
                description = "Read the password from the first line of standard input (for scripts).")
        boolean passwordFromStdin;

        @Override
        public Integer call() {
            Username name = Arguments.parse(spec, "USERNAME", username, Username::parse);
            OrgName org = Arguments.parse(spec, "--org", organization, OrgName::parse);
            Optional<Role> chosenRole = role == null ? Optional.empty() : Optional.of(Arguments.role(spec, role));
            Password password = Arguments.parse(spec, "password", readPassword(), Password::choose);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return CommandGraph.run(dataDir.dataDir(), parts -> switch (parts.addUser().add(
                    new AddUser.Command(name, password, org, chosenRole))) {
                case AddUser.Added added -> {
                    out.println("Created user " + added.user().username() + " (" + added.role().wireName() + " of "
                            + added.organization().name() + (added.organizationCreated() ? ", a new organization"
                            : "") + ").");
                    out.flush();
                    yield 0;
                }
                case AddUser.Rejected rejected -> {
                    err.println("latchkey: " + rejected.reason());
                    err.flush();
                    yield 1;
                }
            });
        }

        private String readPassword() {
            if (passwordFromStdin) {
                try {
                    String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                            .readLine();
                    if (line == null || line.isEmpty()) {
                        throw new ParameterException(spec.commandLine(), "--password-stdin: standard input was"
                                + " empty. Pipe the password in, for example: printf '%s\\n' 'a-long-password' |"
                                + " java -jar latchkey.jar users add " + username + " --org " + organization
                                + " --password-stdin");
                    }
                    return line;
                } catch (IOException unreadable) {
                    throw new UncheckedIOException("Could not read the password from standard input", unreadable);
                }
            }
            Console console = System.console();
            if (console == null || !isTerminal(console)) {
                throw new ParameterException(spec.commandLine(), "No terminal to ask for the password. Pass"
                        + " --password-stdin and pipe the password on standard input.");
            }
            char[] first = console.readPassword("Password for %s: ", username);
            char[] second = console.readPassword("Repeat the password: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new ParameterException(spec.commandLine(), "The two passwords differ; run the command again.");
            }
            return new String(first);
        }

        /**
         * Whether the console is an interactive terminal. From JDK 22 {@code System.console()} is never
         * null, and {@code Console.isTerminal()} (JDK 22+) tells; on JDK 21 a console exists only for a
         * terminal.
         */
        private static boolean isTerminal(Console console) {
            try {
                return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
            } catch (ReflectiveOperationException olderJdk) {
                return true;
            }
        }
    }

    /** {@code users list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users and their organizations.")
    static final class ListCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir = new DataDirOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return CommandGraph.run(dataDir.dataDir(), parts -> {
                List<ListUsers.Listed> users = parts.listUsers().list();
                if (users.isEmpty()) {
                    out.println("No users yet. Create one with: java -jar latchkey.jar users add USERNAME --org ORG"
                            + " --password-stdin");
                    out.flush();
                    return 0;
                }
                List<List<String>> rows = new ArrayList<>();
                for (ListUsers.Listed listed : users) {
                    rows.add(List.of(listed.user().username().value(),
                            listed.user().disabled() ? "disabled" : "active",
                            listed.memberships().stream()
                                    .map(member -> member.organization().name() + " (" + member.role().wireName() + ")")
                                    .collect(Collectors.joining(", ")),
                            listed.user().id().value()));
                }
                Tables.print(out, List.of("USERNAME", "STATUS", "ORGANIZATIONS", "ID"), rows);
                return 0;
            });
        }
    }
}
