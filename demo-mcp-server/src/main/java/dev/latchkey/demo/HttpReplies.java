package dev.latchkey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/** Writes plain HTTP answers: JSON bodies, 202 Accepted, and transport errors as JSON-RPC errors with no id. */
final class HttpReplies {

    private HttpReplies() {}

    static void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = Json.write(body);
        exchange.getResponseHeaders().set("Content-Type", AcceptHeader.JSON);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** "If the server accepts the input, the server MUST return HTTP status code 202 Accepted with no body." */
    static void accepted(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(202, -1);
    }

    /** An HTTP error whose body is a JSON-RPC error response, with the request id when it is known. */
    static void error(HttpExchange exchange, int status, Optional<JsonNode> id, JsonRpcError error) throws IOException {
        json(exchange, status, Messages.error(id, error));
    }

    static void error(HttpExchange exchange, int status, JsonRpcError error) throws IOException {
        error(exchange, status, Optional.empty(), error);
    }
}
