package dev.latchkey.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.adapters.web.MetadataDocumentJson.Read;
import dev.latchkey.adapters.web.MetadataDocumentJson.Reading;
import dev.latchkey.adapters.web.MetadataDocumentJson.Unreadable;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 7591 §2 metadata read from JSON: tolerant of the unknown, strict about the known. */
class MetadataDocumentJsonTest {

    private static Reading read(String json) {
        return MetadataDocumentJson.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String problem(String json) {
        Reading reading = read(json);
        assertThat(reading).isInstanceOf(Unreadable.class);
        return ((Unreadable) reading).predicate();
    }

    @Test
    void readWhenEmptyObjectThenEverythingAbsent() {
        Reading reading = read("{}");

        assertThat(reading).isInstanceOf(Read.class);
        assertThat(((Read) reading).metadata().clientId()).isEmpty();
        assertThat(((Read) reading).metadata().contacts()).isEmpty();
    }

    @Test
    void readWhenDuplicateKeyIsNestedInAnUnknownMemberThenStillRefused() {
        assertThat(problem("{\"x-extension\": {\"a\": 1, \"a\": 2}}")).contains("Duplicate field 'a'");
    }

    @Test
    void readWhenNestingIsTooDeepThenRefused() {
        assertThat(problem("{\"x\": " + "[".repeat(100) + "]".repeat(100) + "}")).contains("is not valid JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void readWhenBodyIsBlankThenSaysItIsEmpty(String body) {
        assertThat(problem(body)).contains("is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"https://client.example/c\"", "42", "true", "null"})
    void readWhenTopLevelIsNotAnObjectThenSaysWhatItIs(String body) {
        assertThat(problem(body)).contains("is JSON but not an object");
    }

    @Test
    void readWhenSeveralMembersHaveWrongTypesThenNamesThemAll() {
        String problem = problem("{\"client_id\": [\"https://c.example/c\"], \"scope\": {\"read\": true},"
                + " \"grant_types\": [\"authorization_code\", null]}");

        assertThat(problem).startsWith("has members of the wrong JSON type")
                .contains("client_id must be a JSON string, not an array")
                .contains("scope must be a JSON string, not an object")
                .contains("grant_types must be a JSON array of strings, but contains null");
    }
}
