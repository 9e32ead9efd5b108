package dev.latchkey.adapters.http.support;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * CORS for the endpoints browser-based clients (MCP Inspector and other web apps) call directly:
 * metadata, JWKS, registration, token, introspection and revocation. They use no cookies, so any
 * origin may call them; {@code MCP-Protocol-Version} is allowed because MCP clients send it on every
 * request, discovery included.
 */
public final class Cors {

    static final String ALLOWED_HEADERS = "Authorization, Content-Type, MCP-Protocol-Version, Accept";

    private Cors() {}

    /** Adds the headers that let any origin read this response. */
    public static void allowAnyOrigin(HttpExchange exchange) {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Access-Control-Allow-Origin", "*");
        headers.set("Access-Control-Expose-Headers", "WWW-Authenticate, Cache-Control");
    }

    /** Answers a preflight request (an OPTIONS request with Access-Control-Request-Method). */
    public static void preflight(HttpExchange exchange, String allowedMethods) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        allowAnyOrigin(exchange);
        headers.set("Access-Control-Allow-Methods", allowedMethods);
        headers.set("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        headers.set("Access-Control-Max-Age", "86400");
        headers.set("Vary", "Origin");
        Responses.send(exchange, 204, new byte[0]);
    }
}
