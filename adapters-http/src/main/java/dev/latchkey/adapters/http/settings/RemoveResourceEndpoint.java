package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.application.admin.RemoveResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.validation.Parsed;
import java.io.IOException;
import java.util.Optional;

/** {@code POST /settings/resources/remove}: stops protecting a resource; new authorizations for it are refused. */
final class RemoveResourceEndpoint implements Endpoint {

    private final RemoveResource removeResource;
    private final SettingsChannel channel;

    RemoveResourceEndpoint(RemoveResource removeResource, SettingsChannel channel) {
        this.removeResource = removeResource;
        this.channel = channel;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Optional<SettingsChannel.Submission> submission = channel.submission(exchange, ResourcesPageEndpoint.PATH,
                "resources", Optional.empty());
        if (submission.isEmpty()) {
            return;
        }
        Viewer viewer = submission.get().viewer();
        SettingsViews.Nav nav = viewer.nav(channel.basePath, "resources", Optional.empty());
        Optional<ResourceName> name = submission.get().form().get("name")
                .flatMap(value -> Parsed.of(value, ResourceName::new) instanceof Parsed.Valid<ResourceName> valid
                        ? Optional.of(valid.value())
                        : Optional.empty());
        if (name.isEmpty()) {
            channel.pages.notFound(exchange, Optional.of(nav));
            return;
        }
        switch (removeResource.remove(new RemoveResource.Command(viewer.id(), name.get()))) {
            case RemoveResource.Removed removed -> channel.redirect(exchange,
                    Notices.after(ResourcesPageEndpoint.PATH, Notices.RESOURCE_REMOVED));
            case RemoveResource.NotFound notFound -> channel.pages.notFound(exchange, Optional.of(nav));
            case RemoveResource.Forbidden forbidden -> channel.pages.forbidden(exchange, nav, forbidden.reason());
        }
    }
}
