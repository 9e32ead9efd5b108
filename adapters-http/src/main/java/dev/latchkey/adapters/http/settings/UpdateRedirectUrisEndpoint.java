package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.application.client.UpdateClientRedirectUris;
import java.io.IOException;
import java.util.Optional;

/** {@code POST /settings/orgs/{org}/clients/{client}/redirect-uris}: replaces the client's redirect URIs. */
final class UpdateRedirectUrisEndpoint implements OrganizationPages.OrganizationEndpoint {

    private final UpdateClientRedirectUris updateRedirectUris;
    private final SettingsChannel channel;
    private final ClientPageEndpoint page;

    UpdateRedirectUrisEndpoint(UpdateClientRedirectUris updateRedirectUris, SettingsChannel channel,
            ClientPageEndpoint page) {
        this.updateRedirectUris = updateRedirectUris;
        this.channel = channel;
        this.page = page;
    }

    @Override
    public void handle(HttpExchange exchange, OrganizationPath path) throws IOException {
        Optional<SettingsChannel.Submission> submission = channel.submission(exchange, path.clientPage(), "clients",
                Optional.of(path.organization()));
        if (submission.isEmpty()) {
            return;
        }
        Viewer viewer = submission.get().viewer();
        SettingsViews.Nav nav = viewer.nav(channel.basePath, "clients", Optional.of(path.organization()));
        String typed = submission.get().form().get("redirect_uris").orElse("");
        switch (updateRedirectUris.update(new UpdateClientRedirectUris.Command(viewer.id(), path.organization(),
                path.client().orElseThrow(), RegisterClientEndpoint.lines(typed)))) {
            case UpdateClientRedirectUris.Updated updated ->
                    channel.redirect(exchange, Notices.after(path.clientPage(), Notices.REDIRECT_URIS_SAVED));
            case UpdateClientRedirectUris.Refused refused -> page.show(exchange, 422, viewer, path,
                    Optional.of(typed), Optional.of(refused.reason()), Optional.empty());
            case UpdateClientRedirectUris.NotFound notFound -> channel.pages.notFound(exchange, Optional.of(nav));
            case UpdateClientRedirectUris.Forbidden forbidden -> channel.pages.forbidden(exchange, nav,
                    ClientLabels.notAllowed(viewer, path.organization()));
        }
    }
}
