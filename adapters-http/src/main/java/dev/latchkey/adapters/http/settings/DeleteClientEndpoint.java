package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.application.client.DeleteOrganizationClient;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST /settings/orgs/{org}/clients/{client}/delete}: deletes a client of the organization with
 * its grants and tokens.
 */
final class DeleteClientEndpoint implements OrganizationPages.OrganizationEndpoint {

    private final DeleteOrganizationClient deleteClient;
    private final SettingsChannel channel;

    DeleteClientEndpoint(DeleteOrganizationClient deleteClient, SettingsChannel channel) {
        this.deleteClient = deleteClient;
        this.channel = channel;
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
        switch (deleteClient.delete(new DeleteOrganizationClient.Command(viewer.id(), path.organization(),
                path.client().orElseThrow()))) {
            case DeleteOrganizationClient.Deleted deleted ->
                    channel.redirect(exchange, Notices.after(path.clientsPage(), Notices.CLIENT_DELETED));
            case DeleteOrganizationClient.NotFound notFound -> channel.pages.notFound(exchange, Optional.of(nav));
            case DeleteOrganizationClient.Forbidden forbidden -> channel.pages.forbidden(exchange, nav,
                    ClientLabels.notAllowed(viewer, path.organization()));
        }
    }
}
