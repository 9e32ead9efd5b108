package dev.latchkey.bootstrap.cli;

import dev.latchkey.application.grant.ListGrants;
import dev.latchkey.application.grant.RevokeGrant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.user.Username;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code latchkey grants}: the access users gave to clients, and revoking it. */
@Command(name = "grants", mixinStandardHelpOptions = true, description = "List and revoke grants.",
        subcommands = {GrantsCommand.ListCommand.class, GrantsCommand.RevokeCommand.class})
public final class GrantsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: use 'grants list' or 'grants revoke'.");
    }

    /** {@code grants list [--user USERNAME]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List grants, newest first.")
    static final class ListCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir = new DataDirOption();

        @Option(names = "--user", paramLabel = "USERNAME", description = "Only this user's grants.")
        String user;

        @Override
        public Integer call() {
            Optional<Username> username = user == null ? Optional.empty()
                    : Optional.of(Arguments.parse(spec, "--user", user, Username::parse));
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return CommandGraph.run(dataDir.dataDir(), parts -> switch (parts.listGrants().list(
                    new ListGrants.Command(username))) {
                case ListGrants.Rejected rejected -> {
                    yield Console.refused(err, rejected.reason());
                }
                case ListGrants.Found found -> {
                    if (found.grants().isEmpty()) {
                        out.println("No grants yet: they appear when someone allows a client on the consent page.");
                        out.flush();
                        yield 0;
                    }
                    List<List<String>> rows = new ArrayList<>();
                    for (ListGrants.Listed listed : found.grants()) {
                        rows.add(List.of(listed.grant().id().value(), listed.username(), listed.organization(),
                                listed.client(), listed.grant().resource().value(), listed.grant().scope().asString(),
                                listed.grant().createdAt().toString(),
                                listed.grant().revokedAt().map(at -> "revoked " + at).orElse("active")));
                    }
                    Tables.print(out, List.of("ID", "USER", "ORG", "CLIENT", "RESOURCE", "SCOPE", "CREATED",
                            "STATUS"), rows);
                    yield 0;
                }
            });
        }
    }

    /** {@code grants revoke GRANT_ID}. */
    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke a grant: its refresh tokens stop at once and its access tokens on their next call.")
    static final class RevokeCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir = new DataDirOption();

        @Parameters(index = "0", paramLabel = "GRANT_ID", description = "The grant's ID from grants list.")
        String grantId;

        @Override
        public Integer call() {
            GrantId id = Arguments.parse(spec, "GRANT_ID", grantId, GrantId::new);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return CommandGraph.run(dataDir.dataDir(), parts -> switch (parts.revokeGrant().revoke(
                    new RevokeGrant.Command(id))) {
                case RevokeGrant.Revoked revoked -> {
                    out.println(revoked.wasActive() ? "Revoked grant " + id + "."
                            : "Grant " + id + " was already revoked.");
                    out.flush();
                    yield 0;
                }
                case RevokeGrant.Rejected rejected -> {
                    yield Console.refused(err, rejected.reason());
                }
            });
        }
    }
}
