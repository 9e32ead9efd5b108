package dev.latchkey.adapters.http.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.error.OAuthErrorCode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The route table: exact paths, one endpoint per method. The same table serves {@code main} and the
 * tests. It also is the last-resort handler: whatever escapes an endpoint is logged and answered with
 * {@code server_error}, never with a stack trace, and every exchange is closed.
 *
 * <p>When the issuer has a path (say {@code https://example.com/auth}, behind a reverse proxy), every
 * route also answers under that path, so the proxy may forward with or without stripping it.
 */
public final class Router implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(Router.class.getName());

    private final String issuerPath;
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final Map<String, Endpoint> prefixes = new LinkedHashMap<>();

    private static final class Route {
        final Map<String, Endpoint> byMethod = new TreeMap<>();
        boolean cors;
    }

    /** A router for an issuer whose path is {@code issuerPath} (empty for an issuer at a host's root). */
    public Router(String issuerPath) {
        this.issuerPath = Objects.requireNonNull(issuerPath, "issuerPath");
    }

    public Router get(String path, Endpoint endpoint) {
        return on("GET", path, endpoint);
    }

    public Router post(String path, Endpoint endpoint) {
        return on("POST", path, endpoint);
    }

    /** Adds {@code endpoint} for {@code method} on {@code path}. */
    public Router on(String method, String path, Endpoint endpoint) {
        Route route = routes.computeIfAbsent(path, ignored -> new Route());
        if (route.byMethod.putIfAbsent(method, endpoint) != null) {
            throw new IllegalStateException("two endpoints for " + method + " " + path);
        }
        return this;
    }

    /**
     * Sends every request whose path starts with {@code prefix} (and is not an exact route) to
     * {@code endpoint}, whatever its method; the endpoint answers OPTIONS and 405 itself.
     */
    public Router prefix(String prefix, Endpoint endpoint) {
        if (prefixes.putIfAbsent(prefix, endpoint) != null) {
            throw new IllegalStateException("two endpoints for the prefix " + prefix);
        }
        return this;
    }

    /** The path a request is routed by: the raw path, without the issuer's path when it has one. */
    public String routedPath(HttpExchange exchange) {
        return routedPath(exchange.getRequestURI().getRawPath());
    }

    /** Lets browsers on any origin call {@code path} (preflight answered, CORS headers added). */
    public Router allowCors(String path) {
        routes.computeIfAbsent(path, ignored -> new Route()).cors = true;
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            dispatch(exchange);
        } catch (Throwable unexpected) {
            LOG.log(Level.ERROR, "Unexpected error on " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI().getRawPath(), unexpected);
            try {
                Responses.oauthError(exchange, 500, new OAuthError(OAuthErrorCode.SERVER_ERROR,
                        "Latchkey hit an unexpected error; the details are in its log. Try again, and report it"
                                + " if it keeps happening."));
            } catch (IOException | RuntimeException alreadyAnswered) {
                // The response had started, or the connection is gone: nothing more can be said.
                LOG.log(Level.DEBUG, "Could not send the error response", alreadyAnswered);
            }
            if (unexpected instanceof Error error && !(unexpected instanceof StackOverflowError)) {
                throw error;
            }
        } finally {
            exchange.close();
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = routedPath(exchange.getRequestURI().getRawPath());
        Route route = routes.get(path);
        if (route == null || route.byMethod.isEmpty()) {
            for (Map.Entry<String, Endpoint> prefix : prefixes.entrySet()) {
                if (path.startsWith(prefix.getKey())) {
                    prefix.getValue().handle(exchange);
                    return;
                }
            }
            Responses.json(exchange, 404, Map.of("error", "not_found", "error_description",
                    "There is no endpoint at " + exchange.getRequestURI().getRawPath() + ". The metadata at"
                            + " /.well-known/oauth-authorization-server lists Latchkey's endpoints."));
            return;
        }
        String method = exchange.getRequestMethod();
        if (route.cors) {
            if (method.equals("OPTIONS")) {
                Cors.preflight(exchange, allowed(route) + ", OPTIONS");
                return;
            }
            Cors.allowAnyOrigin(exchange);
        }
        Endpoint endpoint = route.byMethod.get(method);
        if (endpoint == null) {
            exchange.getResponseHeaders().set("Allow", allowed(route));
            Responses.json(exchange, 405, Map.of("error", "invalid_request", "error_description",
                    method + " is not allowed here; use " + allowed(route) + "."));
            return;
        }
        endpoint.handle(exchange);
    }

    private static String allowed(Route route) {
        return route.byMethod.keySet().stream().collect(Collectors.joining(", "));
    }

    private String routedPath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        if (!issuerPath.isEmpty() && !routes.containsKey(rawPath)
                && prefixes.keySet().stream().noneMatch(rawPath::startsWith)
                && (rawPath.equals(issuerPath) || rawPath.startsWith(issuerPath + "/"))) {
            String stripped = rawPath.substring(issuerPath.length());
            return stripped.isEmpty() ? "/" : stripped;
        }
        return rawPath;
    }
}
