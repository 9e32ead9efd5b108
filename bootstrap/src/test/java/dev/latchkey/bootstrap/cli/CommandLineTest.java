package dev.latchkey.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.adapters.sqlite.SqliteStorage;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.Username;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's contract: names, exit codes and messages that say what to do. */
class CommandLineTest {

    @TempDir
    Path dataDir;

    record Result(int exitCode, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = LatchkeyCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    @Test
    void helpWhenAskedOnTheTopCommandThenListsEveryCommand() {
        Result result = run("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("serve").contains("users").contains("orgs").contains("resources")
                .contains("--port").contains("--data-dir").contains("--issuer").contains("--bind");
    }

    @Test
    void helpWhenAskedOnEverySubcommandThenExitsZero() {
        for (String[] command : new String[][] {{"serve"}, {"demo"}, {"users"}, {"users", "add"}, {"users", "list"},
            {"users", "disable"}, {"users", "enable"}, {"users", "set-password"}, {"orgs"}, {"orgs", "add"},
            {"orgs", "join"}, {"orgs", "remove-member"}, {"orgs", "list"}, {"resources"}, {"resources", "add"},
            {"resources", "list"}, {"resources", "remove"}, {"grants"}, {"grants", "list"}, {"grants", "revoke"},
            {"activity"}, {"activity", "list"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--help")).toArray(String[]::new);
            assertThat(run(args).exitCode()).as(String.join(" ", args)).isZero();
        }
    }

    @Test
    void unknownOptionThenExit2WithPointerToHelp() {
        Result result = run("orgs", "list", "--frobnicate", "--data-dir", dataDir.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option: '--frobnicate'")
                .contains("java -jar latchkey.jar orgs list --help");
    }

    @Test
    void missingSubcommandThenExit2() {
        Result result = run("users");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("users add").contains("users list");
    }

    @Test
    void orgsAddWhenNameValidThenCreatedAndListed() {
        assertThat(run("orgs", "add", "Acme", "--data-dir", dataDir.toString()).exitCode()).isZero();
        Result list = run("orgs", "list", "--data-dir", dataDir.toString());
        assertThat(list.out()).contains("acme");
        Result again = run("orgs", "add", "acme", "--data-dir", dataDir.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void orgsJoinWhenUserUnknownThenExit1WithHowToCreateIt() {
        run("orgs", "add", "acme", "--data-dir", dataDir.toString());
        Result result = run("orgs", "join", "nobody", "acme", "--role", "member", "--data-dir", dataDir.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("users add nobody");
    }

    @Test
    void orgsJoinWhenRoleUnknownThenExit2() {
        Result result = run("orgs", "join", "alice", "acme", "--role", "emperor", "--data-dir", dataDir.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("owner, admin, member");
    }

    @Test
    void resourcesAddWhenUrlInvalidThenExit2WithReason() {
        Result result = run("resources", "add", "notes", "--url", "ftp://x/mcp", "--data-dir", dataDir.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--url").contains("http or https");
    }

    @Test
    void resourcesAddWhenUrlHasTrailingSlashThenStoredCanonical() {
        assertThat(run("resources", "add", "notes", "--url", "HTTPS://Notes.Example/mcp/", "--data-dir",
                dataDir.toString()).exitCode()).isZero();
        assertThat(run("resources", "list", "--data-dir", dataDir.toString()).out())
                .contains("https://notes.example/mcp").contains("mcp:use");
    }

    @Test
    void serveWhenIssuerHasTrailingSlashThenExit2WithReason() {
        Result result = run("serve", "--issuer", "https://auth.example/", "--data-dir", dataDir.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--issuer").contains("must not end with '/'");
    }

    private Result runWithStdin(String stdin, String... args) {
        java.io.InputStream original = System.in;
        System.setIn(new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(original);
        }
    }

    private String dir() {
        return dataDir.toString();
    }

    @Test
    void usersDisableAndEnableWhenUserExistsThenStatusFollows() {
        assertThat(runWithStdin("long-enough-password\n", "users", "add", "alice", "--org", "home",
                "--password-stdin", "--data-dir", dir()).exitCode()).isZero();
        Result disabled = run("users", "disable", "alice", "--data-dir", dir());
        assertThat(disabled.exitCode()).isZero();
        assertThat(disabled.out()).contains("alice is now disabled");
        assertThat(run("users", "list", "--data-dir", dir()).out()).contains("disabled");
        assertThat(run("users", "enable", "alice", "--data-dir", dir()).out()).contains("alice is now enabled");
        assertThat(run("users", "disable", "nobody", "--data-dir", dir()).exitCode()).isEqualTo(1);
    }

    @Test
    void usersAddWhenEmailAndNameGivenThenStoredForOpenIdConnect() {
        Result added = runWithStdin("long-enough-password\n", "users", "add", "alice", "--org", "home",
                "--email", "alice@example.com", "--name", "Alice Liddell", "--password-stdin", "--data-dir", dir());

        assertThat(added.exitCode()).as(added.err()).isZero();
        try (SqliteStorage storage = SqliteStorage.open(dataDir)) {
            User alice = storage.users().findByUsername(new Username("alice")).orElseThrow();
            assertThat(alice.email()).contains("alice@example.com");
            assertThat(alice.displayName()).contains("Alice Liddell");
        }
    }

    @Test
    void usersAddWhenEmailInvalidThenExit2BeforeAskingForThePassword() {
        Result result = runWithStdin("long-enough-password\n", "users", "add", "alice", "--org", "home",
                "--email", "alice@", "--password-stdin", "--data-dir", dir());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--email").contains("not an email address");
        Result badName = runWithStdin("long-enough-password\n", "users", "add", "alice", "--org", "home",
                "--name", "x".repeat(101), "--password-stdin", "--data-dir", dir());
        assertThat(badName.exitCode()).isEqualTo(2);
        assertThat(badName.err()).contains("--name").contains("100 characters");
    }

    @Test
    void usersSetPasswordWhenTooShortThenExit2WithTheRule() {
        runWithStdin("long-enough-password\n", "users", "add", "alice", "--org", "home", "--password-stdin",
                "--data-dir", dir());
        Result result = runWithStdin("short\n", "users", "set-password", "alice", "--password-stdin", "--data-dir",
                dir());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("at least 8 characters");
        assertThat(runWithStdin("another-long-password\n", "users", "set-password", "alice", "--password-stdin",
                "--data-dir", dir()).exitCode()).isZero();
    }

    @Test
    void orgsRemoveMemberWhenMemberThenRemovedAndAgainRefused() {
        runWithStdin("long-enough-password\n", "users", "add", "alice", "--org", "home", "--password-stdin",
                "--data-dir", dir());
        Result removed = run("orgs", "remove-member", "alice", "home", "--data-dir", dir());
        assertThat(removed.exitCode()).isZero();
        assertThat(removed.out()).contains("no longer a member of home");
        Result again = run("orgs", "remove-member", "alice", "home", "--data-dir", dir());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("is not a member");
    }

    @Test
    void resourcesAddWhenUpstreamThenServedUnderTheIssuerAndListedWithItsUpstream() {
        Result added = run("resources", "add", "notes", "--upstream", "http://127.0.0.1:3000/mcp", "--header",
                "X-Api-Key: s3cret", "--identity-headers", "--issuer", "https://auth.example.com", "--data-dir", dir());
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("https://auth.example.com/mcp/notes").doesNotContain("s3cret");
        Result listed = run("resources", "list", "--issuer", "https://auth.example.com", "--data-dir", dir());
        assertThat(listed.out()).contains("https://auth.example.com/mcp/notes").contains("http://127.0.0.1:3000/mcp")
                .doesNotContain("s3cret");
        Result duplicate = run("resources", "add", "notes", "--upstream", "http://127.0.0.1:3001/mcp", "--data-dir",
                dir());
        assertThat(duplicate.exitCode()).isEqualTo(1);
        assertThat(duplicate.err()).contains("--replace");
        assertThat(run("resources", "add", "notes", "--upstream", "http://127.0.0.1:3001/mcp", "--replace",
                "--data-dir", dir()).out()).contains("Changed notes");
        assertThat(run("resources", "remove", "notes", "--data-dir", dir()).exitCode()).isZero();
        assertThat(run("resources", "remove", "notes", "--data-dir", dir()).exitCode()).isEqualTo(1);
    }

    @Test
    void resourcesAddWhenBothUrlAndUpstreamThenExit2() {
        Result result = run("resources", "add", "notes", "--url", "https://a.example/mcp", "--upstream",
                "http://127.0.0.1:3000/mcp", "--data-dir", dir());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("mutually exclusive");
    }

    @Test
    void resourcesAddWhenHeaderMalformedThenExit2() {
        Result result = run("resources", "add", "notes", "--upstream", "http://127.0.0.1:3000/mcp", "--header",
                "no colon here", "--data-dir", dir());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'Name: value'");
    }

    @Test
    void grantsAndActivityWhenEmptyThenSaySoAndUnknownGrantRefused() {
        assertThat(run("grants", "list", "--data-dir", dir()).out()).contains("No grants yet");
        assertThat(run("activity", "list", "--data-dir", dir()).out()).contains("No calls");
        Result revoke = run("grants", "revoke", "no-such-grant", "--data-dir", dir());
        assertThat(revoke.exitCode()).isEqualTo(1);
        assertThat(revoke.err()).contains("grants list");
        assertThat(run("grants", "list", "--user", "nobody", "--data-dir", dir()).exitCode()).isEqualTo(1);
    }

    @Test
    void usersAddWhenNoPasswordSourceThenExit2SayingHowToPassIt() {
        Result result = run("users", "add", "alice", "--org", "home", "--data-dir", dataDir.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--password-stdin");
    }
}
