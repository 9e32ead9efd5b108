package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.application.admin.ListResources;
import dev.latchkey.domain.resource.Upstream;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /settings/resources}: the protected resources, for owners and admins of any organization
 * (others are told who may), with the form that adds one behind the gateway.
 */
final class ResourcesPageEndpoint implements Endpoint {

    static final String PATH = "/settings/resources";

    /** What the add form holds: empty, or what was typed when it was refused. */
    record Typed(String name, String upstream, String scopes) {
        static final Typed EMPTY = new Typed("", "", "mcp:use");
    }

    private final ListResources listResources;
    private final SettingsChannel channel;

    ResourcesPageEndpoint(ListResources listResources, SettingsChannel channel) {
        this.listResources = listResources;
        this.channel = channel;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Optional<Viewer> viewer = channel.viewerOrSignIn(exchange, PATH);
        if (viewer.isEmpty()) {
            return;
        }
        show(exchange, 200, viewer.get(), Typed.EMPTY, Optional.empty(), Notices.from(exchange));
    }

    /** The page, or 403 when the viewer may not manage resources. */
    void show(HttpExchange exchange, int status, Viewer viewer, Typed typed, Optional<String> error,
            Optional<String> notice) throws IOException {
        SettingsViews.Nav nav = viewer.nav(channel.basePath, "resources", Optional.empty());
        switch (listResources.list(new ListResources.Command(viewer.id()))) {
            case ListResources.Forbidden forbidden -> channel.pages.forbidden(exchange, nav, forbidden.reason());
            case ListResources.Listed listed -> {
                var rows = listed.resources().stream()
                        .map(entry -> new SettingsViews.ResourceRow(entry.resource().name().value(),
                                entry.uri().value(),
                                entry.resource().upstream().map(Upstream::url).map(Object::toString).orElse(""),
                                entry.resource().scopes().asString(), Moments.of(entry.resource().createdAt())))
                        .toList();
                channel.pages.resources(exchange, status, new SettingsViews.ResourcesPage(nav, rows, typed.name(),
                        typed.upstream(), typed.scopes(), error, notice));
            }
        }
    }
}
