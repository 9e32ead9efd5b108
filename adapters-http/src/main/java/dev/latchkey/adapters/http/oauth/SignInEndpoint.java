package dev.latchkey.adapters.http.oauth;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Parameters;
import dev.latchkey.adapters.http.support.RequestBodies;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.application.session.SignIn;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.authorization.RequestHandle;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.validation.Parsed;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST /oauth/authorize/sign-in}: checks the login CSRF token, signs the user in and sends the
 * browser on to the consent page (303, so a reload does not post the password again).
 */
final class SignInEndpoint implements Endpoint {

    private final SignIn signIn;
    private final FrontChannel frontChannel;
    private final ServerSettings settings;

    SignInEndpoint(SignIn signIn, FrontChannel frontChannel, ServerSettings settings) {
        this.signIn = signIn;
        this.frontChannel = frontChannel;
        this.settings = settings;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Parameters form;
        switch (RequestBodies.form(exchange)) {
            case RequestBodies.FormProblem problem -> {
                frontChannel.showError(exchange, problem.problem().status(),
                        OAuthError.invalidRequest(problem.problem().message()));
                return;
            }
            case RequestBodies.Form parsed -> form = parsed.parameters();
        }
        Optional<RequestHandle> handle = FrontChannel.handle(form);
        if (handle.isEmpty()) {
            frontChannel.showError(exchange, 400, FrontChannel.expired());
            return;
        }
        String username = form.get("username").orElse("");
        if (!frontChannel.loginCsrfMatches(exchange, form.get("csrf"))) {
            frontChannel.showSignIn(exchange, 403, handle.get(), username, Optional.of("This sign-in form had expired"
                    + " or came from another page. Sign in again below."));
            return;
        }
        Parsed<Password> password = Parsed.of(form.get("password").orElse(""), Password::new);
        if (username.isBlank() || !(password instanceof Parsed.Valid<Password> validPassword)) {
            frontChannel.showSignIn(exchange, 200, handle.get(), username, Optional.of(SignIn.REFUSED));
            return;
        }
        String clientAddress = exchange.getRemoteAddress().getAddress().getHostAddress();
        switch (signIn.signIn(new SignIn.Command(username, validPassword.value(), clientAddress))) {
            case SignIn.Refused refused ->
                    frontChannel.showSignIn(exchange, 200, handle.get(), username, Optional.of(refused.message()));
            case SignIn.Throttled throttled -> {
                // RFC 6585 §4: 429 Too Many Requests, with Retry-After in seconds.
                exchange.getResponseHeaders().set("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
                frontChannel.showSignIn(exchange, 429, handle.get(), username, Optional.of(throttled.message()));
            }
            case SignIn.SignedIn signedIn -> {
                frontChannel.cookies.setSession(exchange, signedIn.token(), settings.sessionLifetime());
                frontChannel.cookies.clearLoginCsrf(exchange);
                Responses.redirect(exchange, 303, frontChannel.consentUrl(handle.get()));
            }
        }
    }
}
