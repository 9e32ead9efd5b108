package dev.latchkey.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
        for (String[] command : new String[][] {{"serve"}, {"users"}, {"users", "add"}, {"users", "list"},
            {"orgs"}, {"orgs", "add"}, {"orgs", "join"}, {"orgs", "list"}, {"resources"}, {"resources", "add"},
            {"resources", "list"}}) {
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

    @Test
    void usersAddWhenNoPasswordSourceThenExit2SayingHowToPassIt() {
        Result result = run("users", "add", "alice", "--org", "home", "--data-dir", dataDir.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--password-stdin");
    }
}
