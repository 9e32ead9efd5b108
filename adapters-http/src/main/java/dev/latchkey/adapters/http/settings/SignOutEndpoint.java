package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Parameters;
import dev.latchkey.adapters.http.support.RequestBodies;
import dev.latchkey.application.session.SignOut;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST /sign-out}: ends the browser's session (with its CSRF token, so another site cannot sign
 * people out) and sends the browser to the sign-in page. Tokens given to applications are not affected.
 * Without a live session there is nothing to end: the cookie is cleared all the same.
 */
final class SignOutEndpoint implements Endpoint {

    private final SignOut signOut;
    private final SettingsChannel channel;

    SignOutEndpoint(SignOut signOut, SettingsChannel channel) {
        this.signOut = signOut;
        this.channel = channel;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Optional<Viewer> viewer = channel.viewer(exchange);
        if (viewer.isEmpty()) {
            channel.cookies.clearSession(exchange);
            channel.redirect(exchange, "/sign-in");
            return;
        }
        Parameters form = RequestBodies.form(exchange) instanceof RequestBodies.Form parsed
                ? parsed.parameters()
                : Parameters.empty();
        if (!viewer.get().csrfMatches(form.get("csrf"))) {
            channel.pages.csrfRejected(exchange, viewer.get().nav(channel.basePath, "", Optional.empty()),
                    NextPath.DEFAULT);
            return;
        }
        signOut.signOut(new SignOut.Command(viewer.get().token()));
        channel.cookies.clearSession(exchange);
        channel.redirect(exchange, "/sign-in");
    }
}
