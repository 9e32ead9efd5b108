package dev.latchkey.adapters.http.oauth;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Parameters;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.application.authorization.ApproveAutomatically;
import dev.latchkey.application.authorization.DecideConsent;
import dev.latchkey.application.authorization.StartAuthorization;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.user.Username;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /oauth/authorize} (RFC 6749 §4.1.1). A valid request is kept on the server and the browser
 * moves on to the consent step (signing in first if needed); an invalid one is either sent back to the
 * client (with {@code iss}, RFC 9207) or, when client or redirect URI cannot be trusted, shown to the
 * user without any redirect.
 */
final class AuthorizationEndpoint implements Endpoint {

    private final StartAuthorization startAuthorization;
    private final ApproveAutomatically approveAutomatically;
    private final Optional<Username> autoApproveAs;
    private final FrontChannel frontChannel;

    AuthorizationEndpoint(StartAuthorization startAuthorization, ApproveAutomatically approveAutomatically,
            Optional<Username> autoApproveAs, FrontChannel frontChannel) {
        this.startAuthorization = startAuthorization;
        this.approveAutomatically = approveAutomatically;
        this.autoApproveAs = autoApproveAs;
        this.frontChannel = frontChannel;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Optional<Parameters> parsed = Parameters.parse(exchange.getRequestURI().getRawQuery());
        if (parsed.isEmpty()) {
            frontChannel.showError(exchange, 400, OAuthError.invalidRequest("The authorization request's URL is not"
                    + " valid URL encoding. The application that sent you here must encode its parameters."));
            return;
        }
        Parameters query = parsed.get();
        StartAuthorization.Command command = new StartAuthorization.Command(
                query.get("client_id"),
                query.get("redirect_uri"),
                query.get("response_type"),
                query.get("scope"),
                query.get("state"),
                query.get("code_challenge"),
                query.get("code_challenge_method"),
                query.get("resource"),
                query.repeated(),
                query.get("nonce"));
        switch (startAuthorization.start(command)) {
            case StartAuthorization.Refused refused -> frontChannel.showError(exchange, 400, refused.error());
            case StartAuthorization.RedirectError redirect ->
                    Responses.redirect(exchange, 302, redirect.response().location());
            case StartAuthorization.Started started -> {
                if (autoApproveAs.isPresent()) {
                    // Test mode (--test-auto-approve): no sign-in, no consent page.
                    switch (approveAutomatically.approve(new ApproveAutomatically.Command(started.handle(),
                            autoApproveAs.get()))) {
                        case DecideConsent.Refused refused -> frontChannel.showError(exchange, 400, refused.error());
                        case DecideConsent.Redirect redirect ->
                                Responses.redirect(exchange, 302, redirect.response().location());
                    }
                    return;
                }
                Responses.redirect(exchange, 302, frontChannel.consentUrl(started.handle()));
            }
        }
    }
}
