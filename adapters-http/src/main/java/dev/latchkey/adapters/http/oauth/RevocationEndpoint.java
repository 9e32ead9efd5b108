package dev.latchkey.adapters.http.oauth;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.application.revocation.RevokeToken;
import dev.latchkey.domain.error.OAuthError;
import java.io.IOException;
import java.util.Optional;

/** {@code POST /oauth/revoke} (RFC 7009 §2). Answers 200 with an empty body once the token is revoked. */
final class RevocationEndpoint implements Endpoint {

    private final RevokeToken revokeToken;

    RevocationEndpoint(RevokeToken revokeToken) {
        this.revokeToken = revokeToken;
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
            request.reject(exchange, OAuthError.invalidRequest("token is missing; send the token to revoke."));
            return;
        }
        RevokeToken.Command command = new RevokeToken.Command(request.credentials(), token.get(),
                request.form().get("token_type_hint"));
        switch (revokeToken.revoke(command)) {
            case RevokeToken.Rejected rejected -> request.reject(exchange, rejected.error());
            case RevokeToken.Revoked revoked -> {
                Responses.noStore(exchange);
                Responses.send(exchange, 200, new byte[0]);
            }
        }
    }
}
