package dev.latchkey.adapters.http.metadata;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Json;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.application.port.SigningKeys;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The JSON Web Key Set (RFC 7517 §5) of the keys access tokens are signed with: public members only. */
final class JwksEndpoint implements Endpoint {

    private final SigningKeys signingKeys;

    JwksEndpoint(SigningKeys signingKeys) {
        this.signingKeys = signingKeys;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        List<Map<String, String>> keys = signingKeys.published().stream()
                .map(SigningKeys.PublicSigningKey::members)
                .toList();
        exchange.getResponseHeaders().set("Cache-Control", "public, max-age=300");
        exchange.getResponseHeaders().set("Content-Type", "application/jwk-set+json");
        Responses.send(exchange, 200, Json.write(Map.of("keys", keys)));
    }
}
