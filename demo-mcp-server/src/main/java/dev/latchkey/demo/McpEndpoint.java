package dev.latchkey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The MCP endpoint, {@code /mcp}, of the Streamable HTTP transport (MCP 2025-03-26 to 2025-11-25 "Transports:
 * Streamable HTTP", and MCP 2026-07-28 "Streamable HTTP"). The server is dual-era (MCP 2026-07-28 "Versioning"):
 * an {@code initialize} request opens a legacy session, a request whose {@code MCP-Protocol-Version} is 2026-07-28
 * (or that carries the modern {@code _meta} and no session) is served statelessly.
 *
 * <ul>
 *   <li>POST: one JSON-RPC message (or, in a 2025-03-26 session, a batch). Notifications and client responses get
 *       202; requests get {@code application/json}, or {@code text/event-stream} when the answer streams.</li>
 *   <li>GET: 405, since this server offers no standalone server-to-client stream.</li>
 *   <li>DELETE: ends a legacy session (204); that session id then gets 404.</li>
 * </ul>
 */
final class McpEndpoint implements HttpHandler {

    static final String PATH = "/mcp";
    static final String SESSION_HEADER = "Mcp-Session-Id";
    static final String VERSION_HEADER = "MCP-Protocol-Version";
    static final int MAX_BATCH = 100;

    private static final System.Logger LOG = System.getLogger(McpEndpoint.class.getName());

    private final McpMethods methods;
    private final Sessions sessions;
    private final ActiveCalls activeCalls;
    private final int maxBodyBytes;
    private final AtomicLong streamNumbers = new AtomicLong();

    McpEndpoint(McpMethods methods, Sessions sessions, ActiveCalls activeCalls, int maxBodyBytes) {
        this.methods = Objects.requireNonNull(methods, "methods");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.activeCalls = Objects.requireNonNull(activeCalls, "activeCalls");
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The last-resort handler: a bug is logged and answered with a bare JSON-RPC internal error, never a trace. */
    @Override
    public void handle(HttpExchange exchange) {
        try {
            route(exchange);
        } catch (IOException clientGone) {
            LOG.log(Level.DEBUG, () -> "Client went away during " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI().getPath() + ": " + clientGone.getMessage());
        } catch (RuntimeException bug) {
            LOG.log(Level.ERROR, "The demo MCP server failed on " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI().getPath(), bug);
            if (exchange.getResponseCode() == -1) {
                try {
                    HttpReplies.error(exchange, 500, JsonRpcError.internalError());
                } catch (IOException clientGone) {
                    LOG.log(Level.DEBUG, "Could not send the error: " + clientGone.getMessage());
                }
            }
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        Headers headers = exchange.getRequestHeaders();
        if (!OriginPolicy.allows(headers.get("Origin"))) {
            HttpReplies.error(exchange, 403, JsonRpcError.invalidRequest("Forbidden: the Origin is not a loopback"
                    + " origin. Browsers may call this server only from http(s)://localhost, 127.0.0.1 or [::1]."));
            return;
        }
        if (!exchange.getRequestURI().getPath().equals(PATH)) {
            HttpReplies.error(exchange, 404, JsonRpcError.invalidRequest("Not Found: the MCP endpoint is " + PATH + "."));
            return;
        }
        switch (exchange.getRequestMethod()) {
            case "POST" -> post(exchange);
            case "DELETE" -> delete(exchange);
            default -> {
                // MCP Streamable HTTP: the server "MUST either return Content-Type: text/event-stream in response
                // to this HTTP GET, or else return HTTP 405 Method Not Allowed".
                exchange.getResponseHeaders().set("Allow", "POST, DELETE");
                HttpReplies.error(exchange, 405, JsonRpcError.invalidRequest("Method Not Allowed: POST JSON-RPC"
                        + " messages to " + PATH + "; DELETE ends a session. This server offers no stream on GET."));
            }
        }
    }

    private void post(HttpExchange exchange) throws IOException {
        Headers headers = exchange.getRequestHeaders();
        if (!ContentType.isJson(headers.getFirst("Content-Type"))) {
            HttpReplies.error(exchange, 415, JsonRpcError.invalidRequest("Unsupported Media Type: POST JSON-RPC"
                    + " messages with Content-Type: application/json (UTF-8)."));
            return;
        }
        AcceptHeader accept = AcceptHeader.parse(headers.get("Accept"));
        if (!accept.acceptsAny()) {
            HttpReplies.error(exchange, 406, JsonRpcError.invalidRequest("Not Acceptable: send"
                    + " Accept: application/json, text/event-stream."));
            return;
        }
        switch (RequestBody.read(exchange, maxBodyBytes)) {
            case RequestBody.TooLarge tooLarge -> {
                if (!tooLarge.drained()) {
                    exchange.getResponseHeaders().set("Connection", "close");
                }
                HttpReplies.error(exchange, 413, JsonRpcError.invalidRequest("Payload Too Large: a message may be"
                        + " at most " + maxBodyBytes + " bytes."));
            }
            case RequestBody.Read read -> {
                Optional<JsonNode> document = Json.read(read.bytes());
                if (document.isEmpty()) {
                    HttpReplies.error(exchange, 400, JsonRpcError.parseError("Parse error: the body is not"
                            + " well-formed JSON (a duplicated member counts as malformed)."));
                } else if (document.get() instanceof ArrayNode batch) {
                    batch(exchange, batch, accept);
                } else {
                    single(exchange, Incoming.parse(document.get()), accept);
                }
            }
        }
    }

    private void single(HttpExchange exchange, Incoming message, AcceptHeader accept) throws IOException {
        if (message instanceof Incoming.Malformed malformed) {
            HttpReplies.error(exchange, 400, malformed.id(), malformed.error());
            return;
        }
        if (message instanceof Incoming.Request request && request.method().equals("initialize")) {
            initialize(exchange, request, accept);
            return;
        }
        Optional<ProtocolVersion> headerVersion;
        Optional<String> versionHeader = header(exchange, VERSION_HEADER);
        if (versionHeader.isPresent()) {
            headerVersion = ProtocolVersion.parse(versionHeader.get());
            if (headerVersion.isEmpty()) {
                // 2025-06-18 and later: "If the server receives a request with an invalid or unsupported
                // MCP-Protocol-Version, it MUST respond with 400 Bad Request."
                HttpReplies.error(exchange, 400, idOf(message),
                        JsonRpcError.unsupportedProtocolVersion(versionHeader.get()));
                return;
            }
        } else {
            headerVersion = Optional.empty();
        }
        boolean modern = headerVersion.map(ProtocolVersion::modern).orElse(false)
                || (headerVersion.isEmpty() && header(exchange, SESSION_HEADER).isEmpty() && carriesModernMeta(message));
        if (modern) {
            modern(exchange, message, headerVersion, accept);
        } else {
            legacy(exchange, message, accept);
        }
    }

    /** MCP "Lifecycle: Initialization", and Streamable HTTP "Session Management" item 1: the session id header. */
    private void initialize(HttpExchange exchange, Incoming.Request request, AcceptHeader accept) throws IOException {
        switch (methods.initialize(request)) {
            case McpMethods.Refused refused ->
                    answer(exchange, accept, Reply.Answer.ok(Messages.error(Optional.of(request.id()), refused.error())),
                            Optional.empty());
            case McpMethods.Negotiated negotiated -> {
                Session session = sessions.open(negotiated.version());
                exchange.getResponseHeaders().set(SESSION_HEADER, session.id());
                answer(exchange, accept, Reply.Answer.ok(Messages.result(request.id(), negotiated.result())),
                        Optional.of(session));
            }
        }
    }

    private void modern(HttpExchange exchange, Incoming message, Optional<ProtocolVersion> headerVersion,
            AcceptHeader accept) throws IOException {
        if (headerVersion.isEmpty()) {
            HttpReplies.error(exchange, 400, idOf(message), JsonRpcError.headerMismatch("the MCP-Protocol-Version"
                    + " header is required on every request; set it to the version in _meta ("
                    + ProtocolVersion.V2026_07_28.wireName() + ")."));
            return;
        }
        switch (message) {
            case Incoming.Notification notification -> HttpReplies.accepted(exchange);
            case Incoming.ClientResponse response -> HttpReplies.error(exchange, 400, JsonRpcError.invalidRequest(
                    "Invalid Request: with protocol 2026-07-28 the client MUST NOT send JSON-RPC responses."));
            case Incoming.Malformed malformed -> HttpReplies.error(exchange, 400, malformed.id(), malformed.error());
            case Incoming.Request request -> {
                Optional<JsonRpcError> problem = ModernRequestCheck.problem(exchange.getRequestHeaders(), request,
                        headerVersion.get());
                if (problem.isPresent()) {
                    HttpReplies.error(exchange, 400, Optional.of(request.id()), problem.get());
                    return;
                }
                RequestScope scope = RequestScope.modern(headerVersion.get(), Caller.from(exchange.getRequestHeaders()),
                        ModernRequestCheck.logLevel(request));
                respond(exchange, accept, methods.handle(request, scope), Optional.empty());
            }
        }
    }

    private void legacy(HttpExchange exchange, Incoming message, AcceptHeader accept) throws IOException {
        Optional<Session> found = session(exchange, idOf(message));
        if (found.isEmpty()) {
            return;
        }
        Session session = found.get();
        switch (message) {
            case Incoming.Notification notification -> {
                notified(session, notification);
                HttpReplies.accepted(exchange);
            }
            case Incoming.ClientResponse response -> HttpReplies.accepted(exchange);
            case Incoming.Malformed malformed -> HttpReplies.error(exchange, 400, malformed.id(), malformed.error());
            case Incoming.Request request -> respond(exchange, accept,
                    methods.handle(request, RequestScope.legacy(session, Caller.from(exchange.getRequestHeaders()))),
                    Optional.of(session));
        }
    }

    /** JSON-RPC 2.0 §6 batches, allowed by MCP 2025-03-26 only (2025-06-18 removed them). */
    private void batch(HttpExchange exchange, ArrayNode batch, AcceptHeader accept) throws IOException {
        Optional<String> versionHeader = header(exchange, VERSION_HEADER);
        if (versionHeader.isPresent() && ProtocolVersion.parse(versionHeader.get()).isEmpty()) {
            HttpReplies.error(exchange, 400, JsonRpcError.unsupportedProtocolVersion(versionHeader.get()));
            return;
        }
        if (versionHeader.flatMap(ProtocolVersion::parse).map(ProtocolVersion::modern).orElse(false)) {
            HttpReplies.error(exchange, 400, JsonRpcError.invalidRequest("Invalid Request: protocol 2026-07-28 has"
                    + " no batches; send one JSON-RPC message per POST."));
            return;
        }
        Optional<Session> found = session(exchange, Optional.empty());
        if (found.isEmpty()) {
            return;
        }
        Session session = found.get();
        if (!session.version().allowsBatches()) {
            HttpReplies.error(exchange, 400, JsonRpcError.invalidRequest("Invalid Request: JSON-RPC batches were"
                    + " removed in protocol 2025-06-18 and this session speaks " + session.version().wireName()
                    + "; send one message per POST."));
            return;
        }
        if (batch.isEmpty() || batch.size() > MAX_BATCH) {
            HttpReplies.error(exchange, 400, JsonRpcError.invalidRequest("Invalid Request: a batch holds from 1 to "
                    + MAX_BATCH + " messages."));
            return;
        }
        RequestScope scope = RequestScope.legacy(session, Caller.from(exchange.getRequestHeaders()));
        List<Reply> replies = new ArrayList<>();
        for (JsonNode element : batch) {
            switch (Incoming.parse(element)) {
                case Incoming.Malformed malformed ->
                        replies.add(Reply.Answer.ok(Messages.error(malformed.id(), malformed.error())));
                case Incoming.Notification notification -> notified(session, notification);
                case Incoming.ClientResponse response -> {
                    // Acknowledged by the batch as a whole; nothing to answer.
                }
                case Incoming.Request request -> replies.add(methods.handle(request, scope));
            }
        }
        if (replies.isEmpty()) {
            HttpReplies.accepted(exchange);
            return;
        }
        boolean streams = replies.stream().anyMatch(reply -> reply instanceof Reply.Stream);
        if (accept.eventStream() && (streams || !accept.json())) {
            SseStream sse = SseStream.open(exchange, eventIds(Optional.of(session)));
            for (Reply reply : replies) {
                switch (reply) {
                    case Reply.Answer answer -> sse.send(answer.message());
                    case Reply.Stream stream -> run(stream, sse, Optional.of(session)).ifPresent(sse::send);
                }
            }
            return;
        }
        ArrayNode responses = Json.array();
        for (Reply reply : replies) {
            switch (reply) {
                case Reply.Answer answer -> responses.add(answer.message());
                case Reply.Stream stream -> responses.add(stream.needsEventStream()
                        ? Messages.error(Optional.of(stream.id()), needsEventStream())
                        : run(stream, MessageSink.DISCARD, Optional.of(session)).orElseGet(() -> stopped(stream)));
            }
        }
        HttpReplies.json(exchange, 200, responses);
    }

    private void delete(HttpExchange exchange) throws IOException {
        Optional<String> id = header(exchange, SESSION_HEADER);
        if (id.isEmpty()) {
            HttpReplies.error(exchange, 400, JsonRpcError.invalidRequest("Bad Request: DELETE ends a session; send"
                    + " its Mcp-Session-Id header."));
        } else if (sessions.end(id.get())) {
            exchange.sendResponseHeaders(204, -1);
        } else {
            HttpReplies.error(exchange, 404, sessionNotFound());
        }
    }

    /**
     * Streamable HTTP "Session Management": "Servers that require a session ID SHOULD respond to requests without
     * an Mcp-Session-Id header (other than initialization) with HTTP 400 Bad Request", and to an ended session
     * "MUST respond ... with HTTP 404 Not Found".
     */
    private Optional<Session> session(HttpExchange exchange, Optional<JsonNode> requestId) throws IOException {
        Optional<String> id = header(exchange, SESSION_HEADER);
        if (id.isEmpty()) {
            HttpReplies.error(exchange, 400, requestId, JsonRpcError.invalidRequest("Bad Request: missing"
                    + " Mcp-Session-Id header. Start a session with initialize, or use protocol 2026-07-28"
                    + " (MCP-Protocol-Version header and per-request _meta), which needs none."));
            return Optional.empty();
        }
        Optional<Session> session = sessions.find(id.get());
        if (session.isEmpty()) {
            HttpReplies.error(exchange, 404, requestId, sessionNotFound());
        }
        return session;
    }

    /** MCP "Cancellation" ({@code notifications/cancelled}); other notifications need no action here. */
    private static void notified(Session session, Incoming.Notification notification) {
        if (notification.method().equals("notifications/cancelled")) {
            JsonNode requestId = notification.params().get("requestId");
            if (requestId != null && (requestId.isTextual() || requestId.isNumber())) {
                session.cancel(requestId);
            }
        }
    }

    private void respond(HttpExchange exchange, AcceptHeader accept, Reply reply, Optional<Session> session)
            throws IOException {
        switch (reply) {
            case Reply.Answer answer -> answer(exchange, accept, answer, session);
            case Reply.Stream stream -> {
                if (accept.eventStream()) {
                    SseStream sse = SseStream.open(exchange, eventIds(session));
                    run(stream, sse, session).ifPresent(sse::send);
                } else if (stream.needsEventStream()) {
                    HttpReplies.error(exchange, 406, Optional.of(stream.id()), needsEventStream());
                } else {
                    HttpReplies.json(exchange, 200, run(stream, MessageSink.DISCARD, session)
                            .orElseGet(() -> stopped(stream)));
                }
            }
        }
    }

    /** A single response: JSON, unless the client accepts only an event stream. Errors are always JSON. */
    private void answer(HttpExchange exchange, AcceptHeader accept, Reply.Answer answer, Optional<Session> session)
            throws IOException {
        if (accept.json() || answer.status() != 200) {
            HttpReplies.json(exchange, answer.status(), answer.message());
        } else {
            SseStream.open(exchange, eventIds(session)).send(answer.message());
        }
    }

    private Optional<ObjectNode> run(Reply.Stream stream, MessageSink sink, Optional<Session> session) {
        CallControl control = new CallControl();
        activeCalls.started(control);
        session.ifPresent(open -> open.callStarted(stream.id(), control));
        try {
            return stream.work().run(sink, control);
        } finally {
            activeCalls.finished(control);
            session.ifPresent(open -> open.callFinished(stream.id(), control));
        }
    }

    /** Legacy streams get event ids unique within the server, hence within the session; modern ones get none. */
    private Optional<String> eventIds(Optional<Session> session) {
        return session.map(open -> Long.toString(streamNumbers.incrementAndGet()));
    }

    /** When a plain JSON answer was due but the work stopped (cancelled, or the server is shutting down). */
    private static ObjectNode stopped(Reply.Stream stream) {
        return Messages.error(Optional.of(stream.id()), JsonRpcError.invalidRequest("The request was cancelled,"
                + " or the server is shutting down, before it finished."));
    }

    private static JsonRpcError needsEventStream() {
        return JsonRpcError.invalidRequest("Not Acceptable: this request answers with a stream; send"
                + " Accept: application/json, text/event-stream.");
    }

    private static JsonRpcError sessionNotFound() {
        return JsonRpcError.invalidRequest("Session not found: it ended or never existed. Send initialize, without"
                + " Mcp-Session-Id, to start a new session.");
    }

    private static boolean carriesModernMeta(Incoming message) {
        ObjectNode params = switch (message) {
            case Incoming.Request request -> request.params();
            case Incoming.Notification notification -> notification.params();
            case Incoming.ClientResponse response -> Json.object();
            case Incoming.Malformed malformed -> Json.object();
        };
        return params.get("_meta") instanceof ObjectNode meta && meta.has(ModernRequestCheck.PROTOCOL_VERSION_META);
    }

    private static Optional<JsonNode> idOf(Incoming message) {
        return switch (message) {
            case Incoming.Request request -> Optional.of(request.id());
            case Incoming.Malformed malformed -> malformed.id();
            case Incoming.Notification notification -> Optional.empty();
            case Incoming.ClientResponse response -> Optional.empty();
        };
    }

    private static Optional<String> header(HttpExchange exchange, String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name)).map(String::strip)
                .filter(value -> !value.isEmpty());
    }
}
