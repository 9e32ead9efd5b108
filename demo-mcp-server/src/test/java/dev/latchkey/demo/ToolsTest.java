package dev.latchkey.demo;

import static dev.latchkey.demo.McpTestClient.json;
import static dev.latchkey.demo.McpTestClient.rpc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo tools through {@code tools/call} (MCP "Tools"), in a 2025-11-25 session. */
class ToolsTest {

    private static final String VERSION = "2025-11-25";
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    private DemoMcpServer server;
    private McpTestClient client;
    private String session;

    @BeforeEach
    void start() {
        server = DemoMcpServer.start("127.0.0.1", 0, Clock.fixed(NOW, ZoneOffset.UTC));
        client = new McpTestClient(server.endpoint());
        session = client.openSession(VERSION);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode call(String tool, String arguments) {
        return client.callTool(session, VERSION, tool, arguments).get("result");
    }

    private static String text(JsonNode result) {
        return result.at("/content/0/text").asText();
    }

    @Test
    void echoWhenGatewayNamedTheUserThenEchoesTheMessageAndWhoAsked() {
        HttpResponse<String> response = client.send(client.post(session, VERSION,
                rpc(5, "tools/call", "{\"name\":\"echo\",\"arguments\":{\"message\":\"hello\"}}"))
                .header("X-Latchkey-User", "alice").header("X-Latchkey-Org", "acme"));

        JsonNode result = json(response.body()).get("result");
        assertThat(result.get("isError").asBoolean()).isFalse();
        assertThat(result.at("/content/0/type").asText()).isEqualTo("text");
        assertThat(text(result)).isEqualTo("Echo: hello (asked by alice in org acme)");
    }

    @Test
    void echoWhenCalledDirectlyThenSaysNoUserSignedIn() {
        assertThat(text(call("echo", "{\"message\":\"hello\"}"))).startsWith("Echo: hello").contains("no signed-in user");
    }

    @Test
    void echoWhenMessageMissingThenAnswersAnIsErrorResultNamingTheArgument() {
        JsonNode result = call("echo", "{}");

        assertThat(result.get("isError").asBoolean()).isTrue();
        assertThat(text(result)).contains("'message'");
    }

    @Test
    void echoWhenMessageIsNotAStringThenAnswersAnIsErrorResult() {
        JsonNode result = call("echo", "{\"message\":42}");

        assertThat(result.get("isError").asBoolean()).isTrue();
        assertThat(text(result)).contains("must be a string");
    }

    @Test
    void echoWhenAnUnexpectedArgumentIsSentThenAnswersAnIsErrorResult() {
        JsonNode result = call("echo", "{\"message\":\"hi\",\"loud\":true}");

        assertThat(result.get("isError").asBoolean()).isTrue();
        assertThat(text(result)).contains("loud");
    }

    @Test
    void timeWhenNoZoneGivenThenTellsTheClockTimeInTheClockZone() {
        JsonNode result = call("time", "{}");

        assertThat(result.get("isError").asBoolean()).isFalse();
        assertThat(text(result)).isEqualTo("It is 2026-05-01T12:00:00Z in UTC.");
        assertThat(result.at("/structuredContent/epochMillis").asLong()).isEqualTo(NOW.toEpochMilli());
    }

    @Test
    void timeWhenIanaZoneGivenThenTellsTheTimeThere() {
        JsonNode result = call("time", "{\"timezone\":\"Europe/Paris\"}");

        assertThat(result.at("/structuredContent/iso8601").asText()).isEqualTo("2026-05-01T14:00:00+02:00");
        assertThat(result.at("/structuredContent/timezone").asText()).isEqualTo("Europe/Paris");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus_Mons", "+02:00", ""})
    void timeWhenZoneIsNotAnIanaZoneThenAnswersAnIsErrorResult(String zone) {
        JsonNode result = call("time", "{\"timezone\":\"" + zone + "\"}");

        assertThat(result.get("isError").asBoolean()).isTrue();
        assertThat(text(result)).contains("IANA");
    }

    @Test
    void notesWhenAddedListedAndDeletedThenTheNotebookFollows() {
        JsonNode first = call("add_note", "{\"text\":\"buy milk\"}");
        JsonNode second = call("add_note", "{\"text\":\"call bob\"}");
        JsonNode listed = call("list_notes", "{}");
        JsonNode deleted = call("delete_all_notes", "{}");
        JsonNode deletedAgain = call("delete_all_notes", "{}");
        JsonNode empty = call("list_notes", "{}");

        assertThat(text(first)).isEqualTo("Saved note #1.");
        assertThat(first.at("/structuredContent/number").asInt()).isEqualTo(1);
        assertThat(second.at("/structuredContent/number").asInt()).isEqualTo(2);
        assertThat(text(listed)).contains("1. buy milk", "2. call bob");
        assertThat(listed.at("/structuredContent/notes")).hasSize(2);
        assertThat(deleted.at("/structuredContent/deleted").asInt()).isEqualTo(2);
        assertThat(deletedAgain.at("/structuredContent/deleted").asInt()).isZero();
        assertThat(text(empty)).contains("empty");
        assertThat(empty.at("/structuredContent/notes")).isEmpty();
    }

    @Test
    void addNoteWhenGatewayNamedTheUserThenListRecordsTheAuthor() {
        client.send(client.post(session, VERSION,
                rpc(5, "tools/call", "{\"name\":\"add_note\",\"arguments\":{\"text\":\"hi\"}}"))
                .header("X-Latchkey-User", "bob"));

        JsonNode listed = call("list_notes", "{}");

        assertThat(listed.at("/structuredContent/notes/0/author").asText()).isEqualTo("bob");
        assertThat(text(listed)).contains("(by bob)");
    }

    @Test
    void addNoteWhenTextIsBlankThenAnswersAnIsErrorResult() {
        assertThat(call("add_note", "{\"text\":\"   \"}").get("isError").asBoolean()).isTrue();
    }

    @Test
    void notesWhenAddedInOneSessionThenAnotherSessionSeesThem() {
        call("add_note", "{\"text\":\"shared\"}");
        String other = client.openSession("2025-06-18");

        JsonNode listed = client.callTool(other, "2025-06-18", "list_notes", "{}").get("result");

        assertThat(text(listed)).contains("shared");
    }

    @Test
    void callWhenToolIsUnknownThenAnswersInvalidParamsProtocolError() {
        JsonNode response = client.callTool(session, VERSION, "rm_rf", "{}");

        assertThat(response.at("/error/code").asInt()).isEqualTo(-32602);
        assertThat(response.at("/error/message").asText()).contains("rm_rf", "tools/list");
    }

    @Test
    void callWhenArgumentsAreNotAnObjectThenAnswersInvalidParams() {
        JsonNode response = client.callTool(session, VERSION, "echo", "[\"hi\"]");

        assertThat(response.at("/error/code").asInt()).isEqualTo(-32602);
    }

    @Test
    void callWhenNameMissingThenAnswersInvalidParams() {
        HttpResponse<String> response = client.send(client.post(session, VERSION, rpc(5, "tools/call", "{}")));

        assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32602);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"from\":0}", "{\"from\":21}", "{\"from\":\"5\"}", "{\"from\":2.5}", "{}",
            "{\"from\":3,\"interval_ms\":10}", "{\"from\":3,\"interval_ms\":2001}"})
    void countdownWhenArgumentsOutOfRangeThenAnswersAnIsErrorResultAtOnce(String arguments) {
        JsonNode result = call("countdown", arguments);

        assertThat(result.get("isError").asBoolean()).isTrue();
        assertThat(text(result)).containsAnyOf("'from'", "'interval_ms'");
    }
}
