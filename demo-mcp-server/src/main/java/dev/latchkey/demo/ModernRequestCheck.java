package dev.latchkey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a modern (2026-07-28) request before it is handled: the per-request {@code _meta} fields (MCP
 * 2026-07-28 "General fields: _meta", "A request missing any required field is malformed; the server MUST reject
 * it with JSON-RPC error code -32602") and the headers that mirror the body (Streamable HTTP "Server
 * Validation": "Servers that process the request body MUST reject requests where the values specified in the
 * headers do not match the corresponding values in the request body", with 400 and {@code HeaderMismatch}).
 * Every problem found here is answered with 400 Bad Request.
 */
final class ModernRequestCheck {

    static final String PROTOCOL_VERSION_META = "io.modelcontextprotocol/protocolVersion";
    static final String CLIENT_CAPABILITIES_META = "io.modelcontextprotocol/clientCapabilities";
    static final String LOG_LEVEL_META = "io.modelcontextprotocol/logLevel";
    static final String METHOD_HEADER = "Mcp-Method";
    static final String NAME_HEADER = "Mcp-Name";

    /** The methods whose {@code params.name} or {@code params.uri} is mirrored in {@code Mcp-Name}. */
    private static final Set<String> NAMED_METHODS = Set.of("tools/call", "resources/read", "prompts/get");
    private static final String BASE64_PREFIX = "=?base64?";
    private static final String BASE64_SUFFIX = "?=";

    private ModernRequestCheck() {}

    /** The problem with {@code request}, if any, given the version its {@code MCP-Protocol-Version} header named. */
    static Optional<JsonRpcError> problem(Headers headers, Incoming.Request request, ProtocolVersion headerVersion) {
        String method = headers.getFirst(METHOD_HEADER);
        if (method == null) {
            return Optional.of(JsonRpcError.headerMismatch("the Mcp-Method header is required; set it to the"
                    + " request's method (" + request.method() + ")."));
        }
        if (!method.strip().equals(request.method())) {
            return Optional.of(JsonRpcError.headerMismatch("Mcp-Method header value '" + method.strip()
                    + "' does not match body method '" + request.method() + "'."));
        }
        JsonNode meta = request.params().get("_meta");
        if (!(meta instanceof ObjectNode metaObject)) {
            return Optional.of(missingMeta());
        }
        JsonNode version = metaObject.get(PROTOCOL_VERSION_META);
        JsonNode capabilities = metaObject.get(CLIENT_CAPABILITIES_META);
        if (version == null || !version.isTextual() || capabilities == null || !capabilities.isObject()) {
            return Optional.of(missingMeta());
        }
        if (!version.asText().equals(headerVersion.wireName())) {
            return Optional.of(JsonRpcError.headerMismatch("MCP-Protocol-Version header value '"
                    + headerVersion.wireName() + "' does not match _meta " + PROTOCOL_VERSION_META + " '"
                    + version.asText() + "'."));
        }
        JsonNode logLevel = metaObject.get(LOG_LEVEL_META);
        if (logLevel != null && (!logLevel.isTextual() || LogLevel.parse(logLevel.asText()).isEmpty())) {
            return Optional.of(JsonRpcError.invalidParams("_meta " + LOG_LEVEL_META + " must be one of debug, info,"
                    + " notice, warning, error, critical, alert, emergency."));
        }
        if (NAMED_METHODS.contains(request.method())) {
            return nameProblem(headers.getFirst(NAME_HEADER), request);
        }
        return Optional.empty();
    }

    /** The log level the request asked for; {@link #problem} has checked it. */
    static Optional<LogLevel> logLevel(Incoming.Request request) {
        JsonNode level = request.meta().get(LOG_LEVEL_META);
        return level != null && level.isTextual() ? LogLevel.parse(level.asText()) : Optional.empty();
    }

    private static Optional<JsonRpcError> nameProblem(String header, Incoming.Request request) {
        JsonNode body = request.params().get(request.method().equals("resources/read") ? "uri" : "name");
        if (header == null) {
            return Optional.of(JsonRpcError.headerMismatch("the Mcp-Name header is required for "
                    + request.method() + "; set it to the name in the body."));
        }
        Optional<String> decoded = decode(header.strip());
        if (decoded.isEmpty()) {
            return Optional.of(JsonRpcError.headerMismatch("Mcp-Name header value is not valid "
                    + BASE64_PREFIX + "..." + BASE64_SUFFIX + " encoding."));
        }
        if (body == null || !body.isTextual() || !body.asText().equals(decoded.get())) {
            return Optional.of(JsonRpcError.headerMismatch("Mcp-Name header value '" + decoded.get()
                    + "' does not match body value '" + (body == null ? "" : body.asText()) + "'."));
        }
        return Optional.empty();
    }

    /** Streamable HTTP "Value Encoding": {@code =?base64?...?=} carries UTF-8 that is unsafe in a header. */
    static Optional<String> decode(String value) {
        if (!value.startsWith(BASE64_PREFIX) || !value.endsWith(BASE64_SUFFIX)
                || value.length() < BASE64_PREFIX.length() + BASE64_SUFFIX.length()) {
            return Optional.of(value);
        }
        String encoded = value.substring(BASE64_PREFIX.length(), value.length() - BASE64_SUFFIX.length());
        try {
            byte[] bytes = Base64.getDecoder().decode(encoded);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (IllegalArgumentException | CharacterCodingException malformed) {
            return Optional.empty();
        }
    }

    private static JsonRpcError missingMeta() {
        return JsonRpcError.invalidParams("Invalid params: protocol 2026-07-28 requests carry params._meta with "
                + PROTOCOL_VERSION_META + " (a string) and " + CLIENT_CAPABILITIES_META + " (an object).");
    }
}
