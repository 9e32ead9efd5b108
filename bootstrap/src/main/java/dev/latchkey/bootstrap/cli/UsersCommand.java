package dev.latchkey.bootstrap.cli;

import dev.latchkey.application.user.AddUser;
import dev.latchkey.application.user.ListUsers;
import dev.latchkey.application.user.ResetPassword;
import dev.latchkey.application.user.SetUserDisabled;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.user.ProfileFields;
import dev.latchkey.domain.user.Username;
import java.io.PrintWriter;
import java.util.ArrayList;
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
        subcommands = {UsersCommand.AddCommand.class, UsersCommand.ListCommand.class,
            UsersCommand.DisableCommand.class, UsersCommand.EnableCommand.class,
            UsersCommand.SetPasswordCommand.class})
public final class UsersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: use 'users add', 'users list',"
                + " 'users disable', 'users enable' or 'users set-password'.");
    }

    /** {@code users add USERNAME --org ORG [--role ROLE] [--email ADDRESS] [--name NAME] --password-stdin}. */
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

        @Option(names = "--email", paramLabel = "ADDRESS",
                description = "Email address, shown to applications signing in with OpenID Connect (never verified).")
        String email;

        @Option(names = "--name", paramLabel = "NAME",
                description = "Display name, shown to applications signing in with OpenID Connect.")
        String displayName;

        @Option(names = "--password-stdin",
                description = "Read the password from the first line of standard input (for scripts).")
        boolean passwordFromStdin;

        @Override
        public Integer call() {
            Username name = Arguments.parse(spec, "USERNAME", username, Username::parse);
            OrgName org = Arguments.parse(spec, "--org", organization, OrgName::parse);
            Optional<Role> chosenRole = role == null ? Optional.empty() : Optional.of(Arguments.role(spec, role));
            // Checked before the password is asked for, so a typo does not cost a password entry.
            Optional<String> emailAddress = Optional.ofNullable(email).map(String::strip)
                    .map(value -> Arguments.parse(spec, "--email", value, ProfileFields::email));
            Optional<String> shownName = Optional.ofNullable(displayName).map(String::strip)
                    .map(value -> Arguments.parse(spec, "--name", value, ProfileFields::displayName));
            Password password = Arguments.parse(spec, "password", PasswordInput.read(spec, passwordFromStdin,
                    "users add " + username + " --org " + organization), Password::choose);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return CommandGraph.run(dataDir.dataDir(), parts -> switch (parts.addUser().add(
                    new AddUser.Command(name, password, org, chosenRole, emailAddress, shownName))) {
                case AddUser.Added added -> {
                    out.println("Created user " + added.user().username() + " (" + added.role().wireName() + " of "
                            + added.organization().name() + (added.organizationCreated() ? ", a new organization"
                            : "") + ").");
                    out.flush();
                    yield 0;
                }
                case AddUser.Rejected rejected -> {
                    yield Console.refused(err, rejected.reason());
                }
            });
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

    /** {@code users disable USERNAME}. */
    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable a user: no sign-in, and every token they hold is refused on its next use.")
    static final class DisableCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir = new DataDirOption();

        @Parameters(index = "0", paramLabel = "USERNAME", description = "The user.")
        String username;

        @Override
        public Integer call() {
            return setDisabled(spec, dataDir, username, true);
        }
    }

    /** {@code users enable USERNAME}. */
    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled user again.")
    static final class EnableCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir = new DataDirOption();

        @Parameters(index = "0", paramLabel = "USERNAME", description = "The user.")
        String username;

        @Override
        public Integer call() {
            return setDisabled(spec, dataDir, username, false);
        }
    }

    private static int setDisabled(CommandSpec spec, DataDirOption dataDir, String username, boolean disabled) {
        Username name = Arguments.parse(spec, "USERNAME", username, Username::parse);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return CommandGraph.run(dataDir.dataDir(), parts -> switch (parts.setUserDisabled().set(
                new SetUserDisabled.Command(name, disabled))) {
            case SetUserDisabled.Changed changed -> {
                out.println(name + (changed.wasAlready() ? " was already " : " is now ")
                        + (disabled ? "disabled." : "enabled."));
                out.flush();
                yield 0;
            }
            case SetUserDisabled.Rejected rejected -> {
                yield Console.refused(err, rejected.reason());
            }
        });
    }

    /** {@code users set-password USERNAME [--password-stdin]}. */
    @Command(name = "set-password", mixinStandardHelpOptions = true, description = "Give a user a new password.")
    static final class SetPasswordCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir = new DataDirOption();

        @Parameters(index = "0", paramLabel = "USERNAME", description = "The user.")
        String username;

        @Option(names = "--password-stdin",
                description = "Read the password from the first line of standard input (for scripts).")
        boolean passwordFromStdin;

        @Override
        public Integer call() {
            Username name = Arguments.parse(spec, "USERNAME", username, Username::parse);
            Password password = Arguments.parse(spec, "password", PasswordInput.read(spec, passwordFromStdin,
                    "users set-password " + username), Password::choose);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return CommandGraph.run(dataDir.dataDir(), parts -> switch (parts.resetPassword().reset(
                    new ResetPassword.Command(name, password))) {
                case ResetPassword.Reset reset -> {
                    out.println("The password of " + name + " is changed.");
                    out.flush();
                    yield 0;
                }
                case ResetPassword.Rejected rejected -> {
                    yield Console.refused(err, rejected.reason());
                }
            });
        }
    }
}
