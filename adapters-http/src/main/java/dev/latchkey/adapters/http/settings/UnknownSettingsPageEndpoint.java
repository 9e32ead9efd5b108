package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Router;
import java.io.IOException;
import java.util.Optional;

/**
 * Any other path under {@code /settings/}: {@code /settings/} itself opens the connected apps, anything
 * else is the 404 page (after signing in).
 */
final class UnknownSettingsPageEndpoint implements Endpoint {

    private final Router router;
    private final SettingsChannel channel;

    UnknownSettingsPageEndpoint(Router router, SettingsChannel channel) {
        this.router = router;
        this.channel = channel;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = router.routedPath(exchange);
        boolean get = exchange.getRequestMethod().equals("GET");
        Optional<Viewer> viewer = channel.viewerOrSignIn(exchange, get ? path : NextPath.DEFAULT);
        if (viewer.isEmpty()) {
            return;
        }
        if (get && path.equals("/settings/")) {
            channel.redirect(exchange, ConnectedAppsPageEndpoint.PATH);
            return;
        }
        channel.pages.notFound(exchange, Optional.of(viewer.get().nav(channel.basePath, "", Optional.empty())));
    }
}
