package dev.latchkey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Builds the JSON-RPC 2.0 messages the server sends: results, errors and notifications. */
final class Messages {

    private Messages() {}

    /** A result response (JSON-RPC 2.0 §5): same {@code id} as the request. */
    static ObjectNode result(JsonNode id, ObjectNode result) {
        ObjectNode response = envelope();
        response.set("id", id);
        response.set("result", result);
        return response;
    }

    /**
     * An error response. MCP lets the {@code id} be left out when it could not be read (a malformed message),
     * where plain JSON-RPC would write {@code null}.
     */
    static ObjectNode error(Optional<JsonNode> id, JsonRpcError error) {
        ObjectNode response = envelope();
        id.ifPresent(value -> response.set("id", value));
        response.set("error", error.toJson());
        return response;
    }

    /** A notification: a method and params, no {@code id}. */
    static ObjectNode notification(String method, ObjectNode params) {
        ObjectNode notification = envelope();
        notification.put("method", method);
        notification.set("params", params);
        return notification;
    }

    private static ObjectNode envelope() {
        ObjectNode message = Json.object();
        message.put("jsonrpc", "2.0");
        return message;
    }
}
