package dev.latchkey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One JSON-RPC 2.0 message sent by the client (JSON-RPC 2.0 §4, §5; MCP "Base Protocol: Messages"): a request,
 * a notification, a response to a server request, or something malformed.
 */
sealed interface Incoming {

    /** A request: MCP requires a string or integer {@code id}, never null. */
    record Request(JsonNode id, String method, ObjectNode params) implements Incoming {
        public Request {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(params, "params");
        }

        /** The request's {@code params._meta}, empty object when absent. */
        ObjectNode meta() {
            JsonNode meta = params.get("_meta");
            return meta instanceof ObjectNode object ? object : Json.object();
        }
    }

    /** A notification: no {@code id}, no answer. */
    record Notification(String method, ObjectNode params) implements Incoming {
        public Notification {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(params, "params");
        }
    }

    /** A response to a request the server sent; this server sends none, so these are acknowledged and dropped. */
    record ClientResponse(JsonNode id) implements Incoming {}

    /** Not a valid JSON-RPC message; {@code id} is known when it could be read. */
    record Malformed(Optional<JsonNode> id, JsonRpcError error) implements Incoming {}

    /** Classifies one JSON value of a POST body. */
    static Incoming parse(JsonNode node) {
        if (!(node instanceof ObjectNode message)) {
            return new Malformed(Optional.empty(), JsonRpcError.invalidRequest(
                    "Invalid Request: a JSON-RPC message is a JSON object."));
        }
        JsonNode idNode = message.get("id");
        Optional<JsonNode> id = idNode != null && (idNode.isTextual() || idNode.isNumber())
                ? Optional.of(idNode) : Optional.empty();
        JsonNode jsonrpc = message.get("jsonrpc");
        if (jsonrpc == null || !jsonrpc.isTextual() || !jsonrpc.asText().equals("2.0")) {
            return new Malformed(id, JsonRpcError.invalidRequest(
                    "Invalid Request: \"jsonrpc\" must be exactly \"2.0\"."));
        }
        if (idNode != null && id.isEmpty()) {
            return new Malformed(Optional.empty(), JsonRpcError.invalidRequest(
                    "Invalid Request: \"id\" must be a string or a number (MCP does not allow null)."));
        }
        JsonNode methodNode = message.get("method");
        if (methodNode == null) {
            if (id.isPresent() && (message.has("result") ^ message.has("error"))) {
                return new ClientResponse(id.get());
            }
            return new Malformed(id, JsonRpcError.invalidRequest(
                    "Invalid Request: a message needs a \"method\" (request, notification) or exactly one of"
                            + " \"result\" and \"error\" (response)."));
        }
        if (!methodNode.isTextual() || methodNode.asText().isEmpty()) {
            return new Malformed(id, JsonRpcError.invalidRequest("Invalid Request: \"method\" must be a non-empty string."));
        }
        if (message.has("result") || message.has("error")) {
            return new Malformed(id, JsonRpcError.invalidRequest(
                    "Invalid Request: a request cannot also carry \"result\" or \"error\"."));
        }
        JsonNode params = message.get("params");
        if (params != null && !params.isObject()) {
            return new Malformed(id, JsonRpcError.invalidRequest(
                    "Invalid Request: MCP \"params\" must be a JSON object when present."));
        }
        ObjectNode paramsObject = params == null ? Json.object() : (ObjectNode) params;
        String method = methodNode.asText();
        return id.<Incoming>map(value -> new Request(value, method, paramsObject))
                .orElseGet(() -> new Notification(method, paramsObject));
    }
}
