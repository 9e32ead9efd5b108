package dev.latchkey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON-RPC 2.0 error object (JSON-RPC 2.0 §5.1) with the codes MCP uses. The message says what went wrong
 * and what to do next.
 */
record JsonRpcError(int code, String message, Optional<JsonNode> data) {

    static final int PARSE_ERROR = -32700;
    static final int INVALID_REQUEST = -32600;
    static final int METHOD_NOT_FOUND = -32601;
    static final int INVALID_PARAMS = -32602;
    static final int INTERNAL_ERROR = -32603;
    /** MCP 2026-07-28: the HTTP headers do not match the body, or a required header is missing. */
    static final int HEADER_MISMATCH = -32020;
    /** MCP 2026-07-28: the request's protocol version is not supported. */
    static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;

    JsonRpcError {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(data, "data");
    }

    static JsonRpcError parseError(String message) {
        return new JsonRpcError(PARSE_ERROR, message, Optional.empty());
    }

    static JsonRpcError invalidRequest(String message) {
        return new JsonRpcError(INVALID_REQUEST, message, Optional.empty());
    }

    static JsonRpcError methodNotFound(String method) {
        return new JsonRpcError(METHOD_NOT_FOUND, "Method not found: " + method + ". Call tools/list and"
                + " tools/call; this server offers no other features.", Optional.empty());
    }

    static JsonRpcError invalidParams(String message) {
        return new JsonRpcError(INVALID_PARAMS, message, Optional.empty());
    }

    static JsonRpcError internalError() {
        return new JsonRpcError(INTERNAL_ERROR, "Internal error: the demo server failed to handle the request;"
                + " its log has the details.", Optional.empty());
    }

    static JsonRpcError headerMismatch(String message) {
        return new JsonRpcError(HEADER_MISMATCH, "Header mismatch: " + message, Optional.empty());
    }

    /** MCP 2026-07-28 {@code UnsupportedProtocolVersionError}: {@code data} lists what the server supports. */
    static JsonRpcError unsupportedProtocolVersion(String requested) {
        ObjectNode data = Json.object();
        ArrayNode supported = data.putArray("supported");
        ProtocolVersion.supportedWireNames().forEach(supported::add);
        data.put("requested", requested);
        return new JsonRpcError(UNSUPPORTED_PROTOCOL_VERSION, "Unsupported protocol version " + requested
                + "; use one of " + ProtocolVersion.supportedWireNames() + ".", Optional.of(data));
    }

    /** The {@code error} member of a response. */
    ObjectNode toJson() {
        ObjectNode error = Json.object();
        error.put("code", code);
        error.put("message", message);
        data.ifPresent(value -> error.set("data", value));
        return error;
    }
}
