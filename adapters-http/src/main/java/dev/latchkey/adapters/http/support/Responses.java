package dev.latchkey.adapters.http.support;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.domain.error.OAuthError;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writing responses: JSON, OAuth errors, HTML pages and redirects, each with the right headers. */
public final class Responses {

    /**
     * The Content-Security-Policy of every page: nothing inline, nothing from elsewhere, never framed.
     * No {@code form-action}: browsers apply it to the redirect that follows the consent form, and that
     * redirect goes to the client.
     */
    public static final String PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private Responses() {}

    /** Sends a JSON body. */
    public static void json(HttpExchange exchange, int status, Object body) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        send(exchange, status, Json.write(body));
    }

    /** Sends a JSON body that must not be cached (tokens, secrets, errors of the token endpoint). */
    public static void jsonNoStore(HttpExchange exchange, int status, Object body) throws IOException {
        noStore(exchange);
        json(exchange, status, body);
    }

    /** Sends {@code {"error": ..., "error_description": ...}} (RFC 6749 §5.2), never cached. */
    public static void oauthError(HttpExchange exchange, int status, OAuthError error) throws IOException {
        jsonNoStore(exchange, status, errorBody(error));
    }

    /** The JSON members of an OAuth error. */
    public static Map<String, Object> errorBody(OAuthError error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error.code().wireName());
        body.put("error_description", error.description());
        return body;
    }

    /** Sends an HTML page with the page security headers. */
    public static void html(HttpExchange exchange, int status, String page) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "text/html; charset=utf-8");
        headers.set("Content-Security-Policy", PAGE_CSP);
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        noStore(exchange);
        send(exchange, status, page.getBytes(StandardCharsets.UTF_8));
    }

    /** Redirects with {@code status} (302 after a GET, 303 after a POST). */
    public static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        noStore(exchange);
        send(exchange, status, new byte[0]);
    }

    /** Sends a body as is. */
    public static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean noBody = body.length == 0 || exchange.getRequestMethod().equals("HEAD") || status == 204
                || status == 304;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** RFC 6749 §5.1: "Cache-Control: no-store" and "Pragma: no-cache". */
    public static void noStore(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Pragma", "no-cache");
    }
}
