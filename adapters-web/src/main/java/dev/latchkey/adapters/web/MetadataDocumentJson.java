package dev.latchkey.adapters.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.latchkey.domain.client.ClientMetadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Client ID Metadata Document into {@link ClientMetadata}. The document is a JSON object (RFC 8259)
 * of RFC 7591 §2 client metadata (draft-ietf-oauth-client-id-metadata-document-02 §4). Tolerant where
 * RFC 7591 §2 asks for it: "The authorization server MUST ignore any client metadata sent by the client
 * that it does not understand", and JSON {@code null} counts as absent. Strict where ambiguity could be
 * exploited: a member name given twice (RFC 8259 §4 leaves the outcome to the parser) and trailing content
 * are refused, and a known member of the wrong JSON type is refused by name rather than silently dropped.
 * What the values mean (does client_id match the URL, are the auth methods allowed) is the application's
 * to check.
 */
final class MetadataDocumentJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(32)
                            .maxNumberLength(64)
                            .build())
                    .build())
            .build();

    private MetadataDocumentJson() {}

    /** The outcome of reading a document. */
    sealed interface Reading permits Read, Unreadable {}

    /** The document, as metadata. */
    record Read(ClientMetadata metadata) implements Reading {}

    /** Why the document cannot be read, as a sentence that completes "The Client ID Metadata Document at URL ...". */
    record Unreadable(String predicate) implements Reading {}

    static Reading read(byte[] body) {
        JsonNode document;
        try (JsonParser parser = MAPPER.createParser(body)) {
            document = MAPPER.readTree(parser);
            if (document != null && parser.nextToken() != null) {
                return new Unreadable("is not valid JSON: more follows the first JSON value" + at(parser
                        .currentTokenLocation()) + ". Serve exactly one JSON object.");
            }
        } catch (JacksonException malformed) {
            return new Unreadable("is not valid JSON: " + describe(malformed) + ". Serve one JSON object whose"
                    + " member names are unique, such as {\"client_id\": \"...\", \"client_name\": \"...\","
                    + " \"redirect_uris\": [\"...\"]}.");
        } catch (IOException unreadable) {
            // Reading from a byte array does no I/O; Jackson declares it all the same.
            return new Unreadable("could not be read: " + unreadable.getMessage() + ".");
        }
        if (document == null || document.isMissingNode()) {
            return new Unreadable("is empty. Serve a JSON object with the client's metadata.");
        }
        if (!document.isObject()) {
            return new Unreadable("is JSON but not an object (it is " + kind(document) + "). Serve a JSON object"
                    + " with the client's metadata, such as {\"client_id\": \"...\", \"client_name\": \"...\","
                    + " \"redirect_uris\": [\"...\"]}.");
        }
        Members members = new Members(document);
        ClientMetadata metadata = new ClientMetadata(
                members.string("client_id"),
                members.stringList("redirect_uris"),
                members.string("token_endpoint_auth_method"),
                members.stringList("token_endpoint_auth_methods_supported"),
                members.stringList("grant_types"),
                members.stringList("response_types"),
                members.string("client_name"),
                members.string("client_uri"),
                members.string("logo_uri"),
                members.string("tos_uri"),
                members.string("policy_uri"),
                members.stringList("contacts").orElse(List.of()),
                members.string("software_id"),
                members.string("software_version"),
                members.string("scope"));
        if (!members.problems.isEmpty()) {
            return new Unreadable("has " + (members.problems.size() == 1 ? "a member" : "members")
                    + " of the wrong JSON type: " + String.join("; ", members.problems) + ". Correct the"
                    + " document: members Latchkey does not know are ignored, but the client metadata of"
                    + " RFC 7591 must have its registered types.");
        }
        return new Read(metadata);
    }

    private static String describe(JacksonException malformed) {
        String message = Optional.ofNullable(malformed.getOriginalMessage()).orElse("unreadable")
                .lines().findFirst().orElse("unreadable");
        if (message.length() > 200) {
            message = message.substring(0, 200) + "...";
        }
        return message + at(malformed.getLocation());
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "null";
            case BINARY -> "binary data";
        };
    }

    /** Typed members; a member of the wrong type is recorded as a problem and read as absent. */
    private static final class Members {
        private final JsonNode document;
        private final List<String> problems = new ArrayList<>();

        Members(JsonNode document) {
            this.document = document;
        }

        Optional<String> string(String name) {
            JsonNode value = document.get(name);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isTextual()) {
                problems.add(name + " must be a JSON string, not " + kind(value));
                return Optional.empty();
            }
            return Optional.of(value.textValue());
        }

        Optional<List<String>> stringList(String name) {
            JsonNode value = document.get(name);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isArray()) {
                problems.add(name + " must be a JSON array of strings, not " + kind(value));
                return Optional.empty();
            }
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    problems.add(name + " must be a JSON array of strings, but contains "
                            + kind(item));
                    return Optional.empty();
                }
                items.add(item.textValue());
            }
            return Optional.of(items);
        }
    }
}
