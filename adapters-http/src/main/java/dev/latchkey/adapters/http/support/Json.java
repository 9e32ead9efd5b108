package dev.latchkey.adapters.http.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The one Jackson mapper of the HTTP adapter, with limits suited to untrusted input. */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32)
                .maxStringLength(64 * 1024)
                .maxNumberLength(64)
                .build());
    }

    private Json() {}

    /** Serializes a response body (maps, lists, strings, numbers, booleans). */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException impossible) {
            // Only plain maps, lists and scalars are written; failing here is a bug.
            throw new IllegalStateException("could not serialize a response", impossible);
        }
    }

    /** Parses a request body; empty when it is not well-formed JSON (duplicate keys included). */
    public static Optional<JsonNode> read(byte[] body) {
        try {
            return Optional.ofNullable(MAPPER.readTree(new String(body, StandardCharsets.UTF_8)));
        } catch (JsonProcessingException malformed) {
            return Optional.empty();
        }
    }
}
