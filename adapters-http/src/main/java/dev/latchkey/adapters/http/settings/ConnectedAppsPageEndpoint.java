package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.application.account.ListConnectedApps;
import dev.latchkey.domain.scope.Scope;
import java.io.IOException;
import java.util.Optional;

/** {@code GET /settings/apps}: the applications the signed-in user connected, one row per grant. */
final class ConnectedAppsPageEndpoint implements Endpoint {

    static final String PATH = "/settings/apps";

    private final ListConnectedApps listConnectedApps;
    private final SettingsChannel channel;

    ConnectedAppsPageEndpoint(ListConnectedApps listConnectedApps, SettingsChannel channel) {
        this.listConnectedApps = listConnectedApps;
        this.channel = channel;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Optional<Viewer> viewer = channel.viewerOrSignIn(exchange, PATH);
        if (viewer.isEmpty()) {
            return;
        }
        var apps = listConnectedApps.list(new ListConnectedApps.Command(viewer.get().id())).stream()
                .map(app -> new SettingsViews.AppRow(app.grantId().value(), app.clientName(), app.organizationName(),
                        app.resourceName(), app.resource().value(),
                        app.scopes().scopes().stream().map(Scope::value).toList(), Moments.of(app.grantedAt()),
                        app.lastUsedAt().map(Moments::of), app.revokedAt().map(Moments::of)))
                .toList();
        channel.pages.apps(exchange, 200, new SettingsViews.AppsPage(
                viewer.get().nav(channel.basePath, "apps", Optional.empty()), apps, Notices.from(exchange)));
    }
}
