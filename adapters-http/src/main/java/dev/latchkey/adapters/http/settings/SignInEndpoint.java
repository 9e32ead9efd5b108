package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Parameters;
import dev.latchkey.adapters.http.support.RequestBodies;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.session.SignIn;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.validation.Parsed;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST /sign-in}: checks the login CSRF token, signs the person in and sends the browser on to
 * {@code next} if it is a local path, else to the connected apps (303, so a reload does not post the
 * password again). Refusals and throttling are shown on the same form.
 */
final class SignInEndpoint implements Endpoint {

    private final SignIn signIn;
    private final SettingsChannel channel;
    private final RandomTokens random;
    private final ServerSettings settings;

    SignInEndpoint(SignIn signIn, SettingsChannel channel, RandomTokens random, ServerSettings settings) {
        this.signIn = signIn;
        this.channel = channel;
        this.random = random;
        this.settings = settings;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Parameters form;
        switch (RequestBodies.form(exchange)) {
            case RequestBodies.FormProblem problem -> {
                again(exchange, problem.problem().status(), NextPath.DEFAULT, "", problem.problem().message()
                        + " Sign in again below.");
                return;
            }
            case RequestBodies.Form parsed -> form = parsed.parameters();
        }
        String next = NextPath.orDefault(form.get("next"));
        String username = form.get("username").orElse("");
        if (!channel.cookies.loginCsrfMatches(exchange, form.get("csrf"))) {
            again(exchange, 403, next, username, "This sign-in form had expired or came from another page, so you"
                    + " were not signed in. Sign in again below.");
            return;
        }
        Parsed<Password> password = Parsed.of(form.get("password").orElse(""), Password::new);
        if (username.isBlank() || !(password instanceof Parsed.Valid<Password> validPassword)) {
            again(exchange, 200, next, username, SignIn.REFUSED);
            return;
        }
        String clientAddress = exchange.getRemoteAddress().getAddress().getHostAddress();
        switch (signIn.signIn(new SignIn.Command(username, validPassword.value(), clientAddress))) {
            case SignIn.Refused refused -> again(exchange, 200, next, username, refused.message());
            case SignIn.Throttled throttled -> {
                // RFC 6585 §4: 429 Too Many Requests, with Retry-After in seconds.
                exchange.getResponseHeaders().set("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
                again(exchange, 429, next, username, throttled.message());
            }
            case SignIn.SignedIn signedIn -> {
                channel.cookies.setSession(exchange, signedIn.token(), settings.sessionLifetime());
                channel.cookies.clearLoginCsrf(exchange);
                Responses.redirect(exchange, 303, channel.basePath + next);
            }
        }
    }

    private void again(HttpExchange exchange, int status, String next, String username, String error)
            throws IOException {
        channel.pages.signIn(exchange, status, new SettingsViews.SignInPage(channel.basePath, next,
                channel.cookies.loginCsrfForForm(exchange, random), username, Optional.of(error)));
    }
}
