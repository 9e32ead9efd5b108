package dev.latchkey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON-RPC methods of the demo server, for both eras. Legacy sessions (2025-03-26 to 2025-11-25) get
 * {@code initialize}, {@code ping}, {@code logging/setLevel}, {@code tools/list} and {@code tools/call}. Modern
 * requests (2026-07-28) get {@code server/discover}, {@code tools/list}, {@code tools/call} and
 * {@code subscriptions/listen}; 2026-07-28 removed {@code ping} and {@code logging/setLevel}.
 */
final class McpMethods {

    /** How long clients may cache {@code tools/list} and {@code server/discover} (MCP 2026-07-28 CacheableResult). */
    static final long CACHE_TTL_MILLIS = 300_000;

    private static final String SERVER_INFO_META = "io.modelcontextprotocol/serverInfo";
    private static final String SUBSCRIPTION_ID_META = "io.modelcontextprotocol/subscriptionId";

    private final ToolCatalog tools;
    private final Duration keepAliveInterval;

    McpMethods(ToolCatalog tools, Duration keepAliveInterval) {
        this.tools = Objects.requireNonNull(tools, "tools");
        this.keepAliveInterval = Objects.requireNonNull(keepAliveInterval, "keepAliveInterval");
    }

    /** The outcome of {@code initialize}. */
    sealed interface Initialization permits Negotiated, Refused {}

    record Negotiated(ProtocolVersion version, ObjectNode result) implements Initialization {}

    record Refused(JsonRpcError error) implements Initialization {}

    /**
     * MCP "Lifecycle: Version Negotiation": "If the server supports the requested protocol version, it MUST
     * respond with the same version. Otherwise, the server MUST respond with another protocol version it
     * supports", here the latest legacy one. A client asking for 2026-07-28 in {@code initialize} gets
     * 2025-11-25 too: 2026-07-28 has no handshake, so a session can only speak a legacy version.
     */
    Initialization initialize(Incoming.Request request) {
        JsonNode requested = request.params().get("protocolVersion");
        if (requested == null || !requested.isTextual()) {
            return new Refused(JsonRpcError.invalidParams("initialize needs params.protocolVersion, the protocol"
                    + " version the client wants, such as \"" + ProtocolVersion.LATEST_LEGACY.wireName() + "\"."));
        }
        JsonNode capabilities = request.params().get("capabilities");
        if (capabilities != null && !capabilities.isObject()) {
            return new Refused(JsonRpcError.invalidParams("initialize params.capabilities must be an object."));
        }
        ProtocolVersion version = ProtocolVersion.parse(requested.asText())
                .filter(candidate -> !candidate.modern())
                .orElse(ProtocolVersion.LATEST_LEGACY);
        ObjectNode result = Json.object();
        result.put("protocolVersion", version.wireName());
        result.set("capabilities", ServerIdentity.capabilities());
        result.set("serverInfo", ServerIdentity.serverInfo());
        result.put("instructions", ServerIdentity.INSTRUCTIONS);
        return new Negotiated(version, result);
    }

    /** Answers a request other than {@code initialize}. */
    Reply handle(Incoming.Request request, RequestScope scope) {
        return scope.modern() ? modern(request, scope) : legacy(request, scope);
    }

    private Reply legacy(Incoming.Request request, RequestScope scope) {
        return switch (request.method()) {
            case "initialize" -> error(request, JsonRpcError.invalidRequest("initialize starts a session: send it"
                    + " alone in its own POST, without Mcp-Session-Id."));
            case "ping" -> ok(request, scope, Json.object());
            case "logging/setLevel" -> setLogLevel(request, scope);
            case "tools/list" -> listTools(request, scope);
            case "tools/call" -> callTool(request, scope);
            default -> error(request, JsonRpcError.methodNotFound(request.method()));
        };
    }

    private Reply modern(Incoming.Request request, RequestScope scope) {
        return switch (request.method()) {
            case "server/discover" -> discover(request, scope);
            case "tools/list" -> listTools(request, scope);
            case "tools/call" -> callTool(request, scope);
            case "subscriptions/listen" -> listen(request, scope);
            // MCP 2026-07-28 Streamable HTTP: an unimplemented method gets "404 Not Found and a JSON-RPC error
            // with code -32601".
            default -> new Reply.Answer(Messages.error(Optional.of(request.id()),
                    JsonRpcError.methodNotFound(request.method())), 404);
        };
    }

    private Reply discover(Incoming.Request request, RequestScope scope) {
        ObjectNode result = Json.object();
        ArrayNode versions = result.putArray("supportedVersions");
        ProtocolVersion.supportedWireNames().forEach(versions::add);
        result.set("capabilities", ServerIdentity.capabilities());
        result.put("instructions", ServerIdentity.INSTRUCTIONS);
        cacheable(result);
        return ok(request, scope, result);
    }

    private Reply setLogLevel(Incoming.Request request, RequestScope scope) {
        JsonNode level = request.params().get("level");
        Optional<LogLevel> parsed = level != null && level.isTextual() ? LogLevel.parse(level.asText()) : Optional.empty();
        if (parsed.isEmpty()) {
            return error(request, JsonRpcError.invalidParams("logging/setLevel needs params.level, one of debug,"
                    + " info, notice, warning, error, critical, alert, emergency."));
        }
        scope.session().ifPresent(session -> session.setLogLevel(parsed.get()));
        return ok(request, scope, Json.object());
    }

    private Reply listTools(Incoming.Request request, RequestScope scope) {
        JsonNode cursor = request.params().get("cursor");
        if (cursor != null && !cursor.isNull()) {
            // MCP "Pagination": invalid cursors SHOULD give -32602; this server never hands out a cursor.
            return error(request, JsonRpcError.invalidParams("Invalid cursor: this server lists every tool in one"
                    + " page and never returns a nextCursor. Call tools/list without a cursor."));
        }
        ObjectNode result = Json.object();
        result.set("tools", tools.definitions());
        if (scope.modern()) {
            cacheable(result);
        }
        return ok(request, scope, result);
    }

    /**
     * MCP "Tools: Error Handling": an unknown tool or a malformed call is a protocol error (-32602); arguments
     * the tool rejects give a result with {@code isError: true}.
     */
    private Reply callTool(Incoming.Request request, RequestScope scope) {
        JsonNode name = request.params().get("name");
        if (name == null || !name.isTextual()) {
            return error(request, JsonRpcError.invalidParams("tools/call needs params.name, the name of a tool from"
                    + " tools/list."));
        }
        Optional<DemoTool> tool = tools.find(name.asText());
        if (tool.isEmpty()) {
            return error(request, JsonRpcError.invalidParams("Unknown tool: " + name.asText() + ". Call tools/list"
                    + " for the tools this server offers."));
        }
        JsonNode arguments = request.params().get("arguments");
        if (arguments != null && !arguments.isNull() && !arguments.isObject()) {
            return error(request, JsonRpcError.invalidParams("tools/call params.arguments must be an object of"
                    + " argument names to values."));
        }
        ObjectNode argumentObject = arguments instanceof ObjectNode object ? object : Json.object();
        return switch (tool.get().call(argumentObject, scope.caller())) {
            case ToolRun.Completed completed -> ok(request, scope, completed.result().toJson());
            case ToolRun.Streaming streaming -> new Reply.Stream(request.id(), (sink, control) -> streaming.work()
                    .run(stepReporter(request, scope, sink), control)
                    .map(result -> Messages.result(request.id(), finish(scope, result.toJson()))), false);
        };
    }

    /**
     * Each step becomes {@code notifications/progress} with the request's {@code _meta.progressToken} when the
     * client sent one (MCP "Progress"), otherwise a {@code notifications/message} at level info when the client
     * wants logs, otherwise an SSE comment (which still notices a client that left).
     */
    private static StepReporter stepReporter(Incoming.Request request, RequestScope scope, MessageSink sink) {
        Optional<JsonNode> token = Optional.ofNullable(request.meta().get("progressToken"))
                .filter(value -> value.isTextual() || value.isIntegralNumber());
        if (token.isPresent()) {
            return (done, total, message) -> {
                ObjectNode params = Json.object();
                params.set("progressToken", token.get());
                params.put("progress", done);
                params.put("total", total);
                params.put("message", message);
                return sink.send(Messages.notification("notifications/progress", params));
            };
        }
        if (scope.wantsLogAt(LogLevel.INFO)) {
            return (done, total, message) -> {
                ObjectNode params = Json.object();
                params.put("level", LogLevel.INFO.wireName());
                params.put("logger", CountdownTool.NAME);
                params.put("data", "Countdown: " + message + " (step " + done + " of " + total + ")");
                return sink.send(Messages.notification("notifications/message", params));
            };
        }
        return (done, total, message) -> sink.comment("countdown " + message);
    }

    /**
     * MCP 2026-07-28 "Subscriptions": acknowledges with the subset of the filter the server honours (none: the tool
     * list never changes and there are no resources or prompts), then keeps the stream open until the client
     * closes it; on shutdown the server ends it with a result carrying the subscription id.
     */
    private Reply listen(Incoming.Request request, RequestScope scope) {
        JsonNode filter = request.params().get("notifications");
        if (filter == null || !filter.isObject()) {
            return error(request, JsonRpcError.invalidParams("subscriptions/listen needs params.notifications, the"
                    + " object of notification types to receive."));
        }
        return new Reply.Stream(request.id(), (sink, control) -> {
            ObjectNode params = Json.object();
            params.putObject("_meta").set(SUBSCRIPTION_ID_META, request.id());
            params.putObject("notifications");
            if (!sink.send(Messages.notification("notifications/subscriptions/acknowledged", params))) {
                return Optional.empty();
            }
            while (!control.pauseUnlessStopped(keepAliveInterval)) {
                if (!sink.comment("keep-alive")) {
                    return Optional.empty();
                }
            }
            ObjectNode result = finish(scope, Json.object());
            ((ObjectNode) result.get("_meta")).set(SUBSCRIPTION_ID_META, request.id());
            return Optional.of(Messages.result(request.id(), result));
        }, true);
    }

    private static Reply ok(Incoming.Request request, RequestScope scope, ObjectNode result) {
        return Reply.Answer.ok(Messages.result(request.id(), finish(scope, result)));
    }

    private static Reply error(Incoming.Request request, JsonRpcError error) {
        return Reply.Answer.ok(Messages.error(Optional.of(request.id()), error));
    }

    /**
     * Modern results carry {@code resultType: "complete"} ("Servers implementing this protocol version MUST include
     * this field") and identify the server in {@code _meta}; legacy results stay as their revisions define them.
     */
    private static ObjectNode finish(RequestScope scope, ObjectNode result) {
        if (scope.modern()) {
            result.put("resultType", "complete");
            result.putObject("_meta").set(SERVER_INFO_META, ServerIdentity.serverInfo());
        }
        return result;
    }

    private static void cacheable(ObjectNode result) {
        result.put("ttlMs", CACHE_TTL_MILLIS);
        // The tool list is the same for every user, so shared caches may keep it.
        result.put("cacheScope", "public");
    }
}
