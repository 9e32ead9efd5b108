package dev.latchkey.adapters.http.oauth;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.application.introspection.IntrospectToken;
import dev.latchkey.domain.error.OAuthError;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code POST /oauth/introspect} (RFC 7662 §2). */
final class IntrospectionEndpoint implements Endpoint {

    private final IntrospectToken introspectToken;

    IntrospectionEndpoint(IntrospectToken introspectToken) {
        this.introspectToken = introspectToken;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Optional<BackChannelRequest> read = BackChannelRequest.read(exchange);
        if (read.isEmpty()) {
            return;
        }
        BackChannelRequest request = read.get();
        Optional<String> token = request.form().get("token");
        if (token.isEmpty()) {
            request.reject(exchange, OAuthError.invalidRequest("token is missing; send the token to introspect."));
            return;
        }
        IntrospectToken.Command command = new IntrospectToken.Command(request.credentials(), token.get(),
                request.form().get("token_type_hint"));
        switch (introspectToken.introspect(command)) {
            case IntrospectToken.Rejected rejected -> request.reject(exchange, rejected.error());
            case IntrospectToken.Inactive inactive -> Responses.jsonNoStore(exchange, 200, Map.of("active", false));
            case IntrospectToken.Active active -> Responses.jsonNoStore(exchange, 200, body(active.details()));
        }
    }

    private static Map<String, Object> body(IntrospectToken.Details details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("active", true);
        body.put("scope", details.scope().asString());
        body.put("client_id", details.clientId().value());
        details.username().ifPresent(username -> body.put("username", username.value()));
        details.tokenType().ifPresent(type -> body.put("token_type", type));
        body.put("exp", details.expiresAt().getEpochSecond());
        body.put("iat", details.issuedAt().getEpochSecond());
        body.put("sub", details.subject().value());
        body.put("aud", details.audience().value());
        body.put("iss", details.issuer().value());
        details.jwtId().ifPresent(jti -> body.put("jti", jti));
        body.put("org_id", details.orgId().value());
        details.orgRole().ifPresent(role -> body.put("org_role", role.wireName()));
        return body;
    }
}
