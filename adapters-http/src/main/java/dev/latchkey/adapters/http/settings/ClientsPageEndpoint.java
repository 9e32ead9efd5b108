package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.application.client.ListOrganizationClients;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /settings/orgs/{org}/clients}: the organization's OAuth clients, for its owners and admins;
 * clients that registered themselves are marked.
 */
final class ClientsPageEndpoint implements OrganizationPages.OrganizationEndpoint {

    private final ListOrganizationClients listClients;
    private final SettingsChannel channel;

    ClientsPageEndpoint(ListOrganizationClients listClients, SettingsChannel channel) {
        this.listClients = listClients;
        this.channel = channel;
    }

    @Override
    public void handle(HttpExchange exchange, OrganizationPath path) throws IOException {
        Optional<Viewer> viewer = channel.viewerOrSignIn(exchange, path.clientsPage());
        if (viewer.isEmpty()) {
            return;
        }
        SettingsViews.Nav nav = viewer.get().nav(channel.basePath, "clients", Optional.of(path.organization()));
        switch (listClients.list(new ListOrganizationClients.Command(viewer.get().id(), path.organization()))) {
            case ListOrganizationClients.NotFound notFound -> channel.pages.notFound(exchange, Optional.of(nav));
            case ListOrganizationClients.Forbidden forbidden -> channel.pages.forbidden(exchange, nav,
                    ClientLabels.notAllowed(viewer.get(), path.organization()));
            case ListOrganizationClients.Found found -> {
                var rows = found.clients().stream().map(listed -> {
                    var client = listed.client();
                    OrganizationPath clientPath = new OrganizationPath(path.organization(), Optional.of(client.id()));
                    return new SettingsViews.ClientRow(client.id().value(), client.displayName(),
                            ClientLabels.type(client), ClientLabels.origin(client), ClientLabels.selfRegistered(client),
                            listed.activeGrants(),
                            listed.owned() ? Optional.of(channel.basePath + clientPath.clientPage()) : Optional.empty(),
                            Moments.of(client.registeredAt()));
                }).toList();
                String orgName = viewer.get().membership(path.organization())
                        .map(role -> role.organization().name().value()).orElse(path.organization().value());
                channel.pages.clients(exchange, 200, new SettingsViews.ClientsPage(nav, path.organization().value(),
                        orgName, rows, Notices.from(exchange)));
            }
        }
    }
}
