package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Parameters;
import dev.latchkey.adapters.http.support.Responses;
import dev.latchkey.application.port.RandomTokens;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /sign-in?next=...}: the sign-in form of the settings pages, with a login CSRF token
 * (double-submitted as a cookie and a hidden field). Someone already signed in goes straight on to
 * {@code next}, when it is a local path.
 */
final class SignInPageEndpoint implements Endpoint {

    private final SettingsChannel channel;
    private final RandomTokens random;

    SignInPageEndpoint(SettingsChannel channel, RandomTokens random) {
        this.channel = channel;
        this.random = random;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String next = NextPath.orDefault(Parameters.parse(exchange.getRequestURI().getRawQuery())
                .flatMap(parameters -> parameters.get("next")));
        if (channel.viewer(exchange).isPresent()) {
            Responses.redirect(exchange, 303, channel.basePath + next);
            return;
        }
        channel.pages.signIn(exchange, 200, new SettingsViews.SignInPage(channel.basePath, next,
                channel.cookies.loginCsrfForForm(exchange, random), "", Optional.empty()));
    }
}
