package dev.latchkey.adapters.http.oauth;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.BearerTokens;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Parameters;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.application.userinfo.DescribeUserInfo;
import dev.latchkey.domain.identity.IdentityClaims;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET} and {@code POST /oauth/userinfo} (OIDC Core §5.3): the claims about the user of a bearer
 * access token, as JSON (§5.3.2). The token goes in the Authorization header only (RFC 6750 §2.1); never
 * in the URL. Refusals are RFC 6750 §3 challenges: 401 without or with {@code invalid_token}, 403 with
 * {@code insufficient_scope}. Browser-based clients may call it from any origin (CORS, like the token
 * endpoint); no response is cached.
 */
final class UserInfoEndpoint implements Endpoint {

    private final DescribeUserInfo describeUserInfo;

    UserInfoEndpoint(DescribeUserInfo describeUserInfo) {
        this.describeUserInfo = describeUserInfo;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (Parameters.parse(exchange.getRequestURI().getRawQuery()).map(query -> query.has("access_token"))
                .orElse(false)) {
            refuse(exchange, 400, "invalid_request", "Access tokens in the URL are not accepted (they leak into"
                    + " logs and history). Send the token in the Authorization: Bearer header.");
            return;
        }
        Optional<String> token = BearerTokens.fromHeader(exchange);
        if (token.isPresent() && token.get().isEmpty()) {
            refuse(exchange, 400, "invalid_request", "Send exactly one Authorization: Bearer header with a token.");
            return;
        }
        switch (describeUserInfo.describe(new DescribeUserInfo.Command(token))) {
            case DescribeUserInfo.NoToken noToken -> {
                // RFC 6750 §3.1: without authentication information, no error code.
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer scope=\""
                        + DescribeUserInfo.REQUIRED_SCOPES.asString() + "\"");
                fail(exchange, 401, "unauthorized", "Send the access token of an OpenID Connect sign-in in the"
                        + " Authorization: Bearer header.");
            }
            case DescribeUserInfo.InvalidToken invalid -> refuse(exchange, 401, "invalid_token", invalid.description());
            case DescribeUserInfo.InsufficientScope insufficient -> {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"insufficient_scope\","
                        + " error_description=\"" + BearerTokens.quoted(insufficient.description()) + "\", scope=\""
                        + insufficient.requiredScopes().asString() + "\"");
                fail(exchange, 403, "insufficient_scope", insufficient.description());
            }
            case DescribeUserInfo.Described described ->
                    Responses.jsonNoStore(exchange, 200, body(described.claims()));
        }
    }

    /** OIDC Core §5.3.2: sub always, other claims only when present (omitted, never null). */
    private static Map<String, Object> body(IdentityClaims claims) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sub", claims.subject().value());
        claims.email().ifPresent(email -> body.put("email", email));
        claims.emailVerified().ifPresent(verified -> body.put("email_verified", verified));
        claims.name().ifPresent(name -> body.put("name", name));
        claims.preferredUsername().ifPresent(username -> body.put("preferred_username", username.value()));
        return body;
    }

    private static void refuse(HttpExchange exchange, int status, String error, String description)
            throws IOException {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"" + error + "\", error_description=\""
                + BearerTokens.quoted(description) + "\"");
        fail(exchange, status, error, description);
    }

    private static void fail(HttpExchange exchange, int status, String error, String description) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        Responses.jsonNoStore(exchange, status, body);
    }
}
