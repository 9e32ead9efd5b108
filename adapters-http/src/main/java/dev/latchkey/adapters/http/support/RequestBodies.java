package dev.latchkey.adapters.http.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads request bodies defensively: the content type is checked first, at most {@link #MAX_BYTES}
 * plus one byte are read, and anything malformed becomes a {@link Problem} value, never an exception.
 */
public final class RequestBodies {

    /** The largest body any endpoint accepts: 64 KiB. */
    public static final int MAX_BYTES = 64 * 1024;

    private RequestBodies() {}

    /** What went wrong with a body, to answer with {@code status}; {@code message} says how to fix it. */
    public record Problem(int status, String message) {
        public Problem {
            Objects.requireNonNull(message, "message");
        }
    }

    /** A form body or the problem with it. */
    public sealed interface FormBody permits Form, FormProblem {}

    public record Form(Parameters parameters) implements FormBody {}

    public record FormProblem(Problem problem) implements FormBody {}

    /** A JSON body or the problem with it. */
    public sealed interface JsonBody permits JsonDocument, JsonProblem {}

    public record JsonDocument(JsonNode node) implements JsonBody {}

    public record JsonProblem(Problem problem) implements JsonBody {}

    /** Reads an {@code application/x-www-form-urlencoded} body. */
    public static FormBody form(HttpExchange exchange) throws IOException {
        if (!hasMediaType(exchange, "application/x-www-form-urlencoded")) {
            return new FormProblem(new Problem(400, "The request body must be a form: send it with"
                    + " Content-Type: application/x-www-form-urlencoded."));
        }
        Optional<byte[]> body = readBounded(exchange);
        if (body.isEmpty()) {
            return new FormProblem(tooLarge());
        }
        return Parameters.parse(new String(body.get(), StandardCharsets.UTF_8))
                .<FormBody>map(Form::new)
                .orElseGet(() -> new FormProblem(new Problem(400, "The form body is not valid URL encoding.")));
    }

    /** Reads an {@code application/json} body holding one JSON object. */
    public static JsonBody jsonObject(HttpExchange exchange) throws IOException {
        if (!hasMediaType(exchange, "application/json")) {
            return new JsonProblem(new Problem(400, "The request body must be JSON: send it with"
                    + " Content-Type: application/json."));
        }
        Optional<byte[]> body = readBounded(exchange);
        if (body.isEmpty()) {
            return new JsonProblem(tooLarge());
        }
        Optional<JsonNode> node = Json.read(body.get());
        if (node.isEmpty() || !node.get().isObject()) {
            return new JsonProblem(new Problem(400, "The request body is not a well-formed JSON object"
                    + " (a duplicated member counts as malformed). Check the JSON syntax."));
        }
        return new JsonDocument(node.get());
    }

    /** Whether the request's Content-Type is {@code mediaType}, ignoring parameters such as charset. */
    public static boolean hasMediaType(HttpExchange exchange, String mediaType) {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return type.toLowerCase(Locale.ROOT).equals(mediaType);
    }

    /** The body, or empty when it is larger than {@link #MAX_BYTES}. */
    private static Optional<byte[]> readBounded(HttpExchange exchange) throws IOException {
        return readBounded(exchange, MAX_BYTES);
    }

    /** The body, or empty when it is larger than {@code maxBytes}: at most {@code maxBytes + 1} are read. */
    public static Optional<byte[]> readBounded(HttpExchange exchange, int maxBytes) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > maxBytes) {
                    return Optional.empty();
                }
            } catch (NumberFormatException malformed) {
                // The JDK server has already framed the body; the bounded read below decides.
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            return body.length > maxBytes ? Optional.empty() : Optional.of(body);
        }
    }

    private static Problem tooLarge() {
        return new Problem(413, "The request body is larger than " + (MAX_BYTES / 1024) + " KiB; send a smaller one.");
    }
}
