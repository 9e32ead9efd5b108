package dev.latchkey.bootstrap.cli;

import dev.latchkey.application.org.AddOrganization;
import dev.latchkey.application.org.JoinOrganization;
import dev.latchkey.application.org.ListOrganizations;
import dev.latchkey.application.org.RemoveMember;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.Username;
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

/** {@code latchkey orgs}: add organizations, add members, list them. */
@Command(name = "orgs", mixinStandardHelpOptions = true, description = "Manage organizations and members.",
        subcommands = {OrgsCommand.AddCommand.class, OrgsCommand.JoinCommand.class, OrgsCommand.ListCommand.class,
            OrgsCommand.RemoveMemberCommand.class})
public final class OrgsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: use 'orgs add', 'orgs join', 'orgs remove-member' or 'orgs list'.");
    }

    /** {@code orgs add ORG}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create an organization.")
    static final class AddCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir = new DataDirOption();

        @Parameters(index = "0", paramLabel = "ORG", description = "Its unique short name.")
        String name;

        @Override
        public Integer call() {
            OrgName org = Arguments.parse(spec, "ORG", name, OrgName::parse);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return CommandGraph.run(dataDir.dataDir(), parts -> switch (parts.addOrganization().add(
                    new AddOrganization.Command(org))) {
                case AddOrganization.Added added -> {
                    out.println("Created organization " + added.organization().name() + ".");
                    out.flush();
                    yield 0;
                }
                case AddOrganization.Rejected rejected -> {
                    yield Console.refused(err, rejected.reason());
                }
            });
        }
    }

    /** {@code orgs join USERNAME ORG --role ROLE}. */
    @Command(name = "join", mixinStandardHelpOptions = true,
            description = "Add a user to an organization, or change their role in it.")
    static final class JoinCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir = new DataDirOption();

        @Parameters(index = "0", paramLabel = "USERNAME", description = "The user.")
        String username;

        @Parameters(index = "1", paramLabel = "ORG", description = "The organization.")
        String organization;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "owner, admin or member.")
        String role;

        @Override
        public Integer call() {
            Username name = Arguments.parse(spec, "USERNAME", username, Username::parse);
            OrgName org = Arguments.parse(spec, "ORG", organization, OrgName::parse);
            Role chosen = Arguments.role(spec, role);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return CommandGraph.run(dataDir.dataDir(), parts -> switch (parts.joinOrganization().join(
                    new JoinOrganization.Command(name, org, chosen))) {
                case JoinOrganization.Joined joined -> {
                    out.println(joined.previousRole()
                            .map(previous -> joined.user().username() + " is now " + joined.role().wireName() + " of "
                                    + joined.organization().name() + " (was " + previous.wireName() + ").")
                            .orElse(joined.user().username() + " joined " + joined.organization().name() + " as "
                                    + joined.role().wireName() + "."));
                    out.flush();
                    yield 0;
                }
                case JoinOrganization.Rejected rejected -> {
                    yield Console.refused(err, rejected.reason());
                }
            });
        }
    }

    /** {@code orgs list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List organizations.")
    static final class ListCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir = new DataDirOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return CommandGraph.run(dataDir.dataDir(), parts -> {
                List<ListOrganizations.Listed> organizations = parts.listOrganizations().list();
                if (organizations.isEmpty()) {
                    out.println("No organizations yet. Create one with: java -jar latchkey.jar orgs add ORG");
                    out.flush();
                    return 0;
                }
                List<List<String>> rows = new ArrayList<>();
                for (ListOrganizations.Listed listed : organizations) {
                    rows.add(List.of(listed.organization().name().value(), String.valueOf(listed.members()),
                            listed.organization().id().value()));
                }
                Tables.print(out, List.of("ORG", "MEMBERS", "ID"), rows);
                return 0;
            });
        }
    }

    /** {@code orgs remove-member USERNAME ORG}. */
    @Command(name = "remove-member", mixinStandardHelpOptions = true,
            description = "Remove a user from an organization: their tokens for it stop working on the next call.")
    static final class RemoveMemberCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir = new DataDirOption();

        @Parameters(index = "0", paramLabel = "USERNAME", description = "The user.")
        String username;

        @Parameters(index = "1", paramLabel = "ORG", description = "The organization.")
        String organization;

        @Override
        public Integer call() {
            Username name = Arguments.parse(spec, "USERNAME", username, Username::parse);
            OrgName org = Arguments.parse(spec, "ORG", organization, OrgName::parse);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return CommandGraph.run(dataDir.dataDir(), parts -> switch (parts.removeMember().remove(
                    new RemoveMember.Command(name, org))) {
                case RemoveMember.Removed removed -> {
                    out.println(name + " is no longer a member of " + org + ".");
                    out.flush();
                    yield 0;
                }
                case RemoveMember.Rejected rejected -> {
                    yield Console.refused(err, rejected.reason());
                }
            });
        }
    }
}
