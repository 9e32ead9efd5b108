package dev.latchkey.adapters.http.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Parameters;
import dev.latchkey.adapters.http.support.RequestBodies;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.adapters.http.support.Router;
import dev.latchkey.application.gateway.CheckGatewayCall;
import dev.latchkey.application.gateway.RecordProxiedCall;
import dev.latchkey.domain.audit.ProxiedCall;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.validation.Parsed;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /mcp/NAME}: every request is checked before anything reaches the upstream: Origin first
 * (DNS-rebinding protection), then the bearer token (RFC 6750 §2.1, header only), then the call is
 * forwarded and recorded in the activity log.
 */
final class GatewayEndpoint implements Endpoint {

    /** MCP messages are small; this bounds what one request can make the gateway hold. */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    private static final String ALLOWED_METHODS = "GET, POST, DELETE";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, Mcp-Session-Id, "
            + "MCP-Protocol-Version, Last-Event-ID";
    private static final String EXPOSED_HEADERS = "WWW-Authenticate, Mcp-Session-Id, MCP-Protocol-Version";

    private final Router router;
    private final CheckGatewayCall checkGatewayCall;
    private final RecordProxiedCall recordProxiedCall;
    private final OriginPolicy origins;
    private final UpstreamProxy proxy;
    private final Clock clock;

    GatewayEndpoint(Router router, CheckGatewayCall checkGatewayCall, RecordProxiedCall recordProxiedCall,
            OriginPolicy origins, UpstreamProxy proxy, Clock clock) {
        this.router = router;
        this.checkGatewayCall = checkGatewayCall;
        this.recordProxiedCall = recordProxiedCall;
        this.origins = origins;
        this.proxy = proxy;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Instant started = clock.instant();
        String path = router.routedPath(exchange).substring(ProtectedResource.GATEWAY_PATH.length());
        int slash = path.indexOf('/');
        String rawName = slash < 0 ? path : path.substring(0, slash);
        String subPath = slash < 0 ? "" : path.substring(slash);
        Optional<String> origin = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Origin"));

        if (!origins.allows(origin)) {
            fail(exchange, 403, "forbidden_origin", "Requests from the web page at " + origin.get() + " are not"
                    + " allowed to reach this MCP server (DNS-rebinding protection). An administrator can allow it"
                    + " with --allowed-origins.");
            return;
        }
        origin.ifPresent(allowed -> allowCors(exchange.getResponseHeaders(), allowed));
        String method = exchange.getRequestMethod();
        if (method.equals("OPTIONS")) {
            Headers headers = exchange.getResponseHeaders();
            headers.set("Access-Control-Allow-Methods", ALLOWED_METHODS + ", OPTIONS");
            headers.set("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            headers.set("Access-Control-Max-Age", "600");
            Responses.send(exchange, 204, new byte[0]);
            return;
        }
        if (!method.equals("GET") && !method.equals("POST") && !method.equals("DELETE")) {
            exchange.getResponseHeaders().set("Allow", ALLOWED_METHODS);
            fail(exchange, 405, "invalid_request", method + " is not part of MCP Streamable HTTP; use "
                    + ALLOWED_METHODS + ".");
            return;
        }
        if (!(Parsed.of(rawName, ResourceName::new) instanceof Parsed.Valid<ResourceName> name)) {
            notFound(exchange, rawName);
            return;
        }
        if (Parameters.parse(exchange.getRequestURI().getRawQuery()).map(query -> query.has("access_token"))
                .orElse(false)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_request\", "
                    + "error_description=\"Access tokens in the query string are not accepted\"");
            fail(exchange, 400, "invalid_request", "Access tokens in the URL are not accepted (they leak into logs"
                    + " and history). Send the token in the Authorization: Bearer header.");
            return;
        }
        Optional<String> token = bearerToken(exchange);
        if (token.isPresent() && token.get().isEmpty()) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_request\", "
                    + "error_description=\"Send exactly one Authorization: Bearer header with a token\"");
            fail(exchange, 400, "invalid_request", "Send exactly one Authorization: Bearer header with a token.");
            return;
        }

        switch (checkGatewayCall.check(new CheckGatewayCall.Command(name.value(), token))) {
            case CheckGatewayCall.UnknownResource unknown -> notFound(exchange, unknown.name().value());
            case CheckGatewayCall.NoToken noToken -> {
                exchange.getResponseHeaders().set("WWW-Authenticate",
                        Challenges.missing(noToken.uri(), noToken.requiredScopes()));
                fail(exchange, 401, "unauthorized", "This MCP server is protected by Latchkey. Connect with an MCP"
                        + " client that supports OAuth: it discovers the authorization server from this response.");
            }
            case CheckGatewayCall.InvalidToken invalid -> {
                exchange.getResponseHeaders().set("WWW-Authenticate", Challenges.error("invalid_token",
                        invalid.description(), invalid.uri(), invalid.requiredScopes()));
                fail(exchange, 401, "invalid_token", invalid.description());
            }
            case CheckGatewayCall.InsufficientScope insufficient -> {
                exchange.getResponseHeaders().set("WWW-Authenticate", Challenges.error("insufficient_scope",
                        insufficient.description(), insufficient.uri(), insufficient.requiredScopes()));
                fail(exchange, 403, "insufficient_scope", insufficient.description());
            }
            case CheckGatewayCall.Allowed allowed -> forward(exchange, allowed, subPath, started);
        }
    }

    private void forward(HttpExchange exchange, CheckGatewayCall.Allowed allowed, String subPath, Instant started)
            throws IOException {
        byte[] body = new byte[0];
        if (exchange.getRequestMethod().equals("POST")) {
            Optional<byte[]> read = RequestBodies.readBounded(exchange, MAX_BODY_BYTES);
            if (read.isEmpty()) {
                fail(exchange, 413, "invalid_request", "The request body is larger than "
                        + (MAX_BODY_BYTES / (1024 * 1024)) + " MiB.");
                return;
            }
            body = read.get();
        }
        JsonRpcSummary summary = JsonRpcSummary.of(body);
        UpstreamProxy.Outcome outcome = proxy.forward(exchange, allowed, subPath, body);
        CheckGatewayCall.Caller caller = allowed.caller();
        recordProxiedCall.record(new RecordProxiedCall.Command(new ProxiedCall(started, caller.userId(),
                caller.orgId(), caller.clientId(), allowed.resource().name(), exchange.getRequestMethod(),
                summary.method(), summary.toolName(), outcome.status(),
                Duration.between(started, clock.instant()))));
    }

    /**
     * The bearer token of the Authorization header: empty when there is none (or another scheme), an
     * empty string when it is malformed or repeated.
     */
    private static Optional<String> bearerToken(HttpExchange exchange) {
        List<String> values = exchange.getRequestHeaders().get("Authorization");
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            return Optional.of("");
        }
        String value = values.get(0).strip();
        if (!value.regionMatches(true, 0, "Bearer", 0, 6)) {
            return Optional.empty();
        }
        String token = value.substring(6).strip();
        return Optional.of(token.contains(" ") ? "" : token);
    }

    private static void allowCors(Headers headers, String origin) {
        headers.set("Access-Control-Allow-Origin", origin);
        headers.set("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        headers.add("Vary", "Origin");
    }

    private static void notFound(HttpExchange exchange, String name) throws IOException {
        fail(exchange, 404, "not_found", "No MCP server named '" + name + "' is behind this gateway. See"
                + " java -jar latchkey.jar resources list.");
    }

    private static void fail(HttpExchange exchange, int status, String error, String description) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        Responses.jsonNoStore(exchange, status, body);
    }
}
