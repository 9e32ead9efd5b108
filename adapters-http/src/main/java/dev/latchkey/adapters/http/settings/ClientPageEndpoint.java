package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.application.client.ListOrganizationClients;
import dev.latchkey.domain.client.ClientOwner;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.resource.ResourceName;
import java.io.IOException;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code GET /settings/orgs/{org}/clients/{client}}: a client registered for the organization, with its
 * redirect URIs to edit and the button that deletes it. Clients from elsewhere, and clients of other
 * organizations, are not found.
 */
final class ClientPageEndpoint implements OrganizationPages.OrganizationEndpoint {

    private final ListOrganizationClients listClients;
    private final SettingsChannel channel;

    ClientPageEndpoint(ListOrganizationClients listClients, SettingsChannel channel) {
        this.listClients = listClients;
        this.channel = channel;
    }

    @Override
    public void handle(HttpExchange exchange, OrganizationPath path) throws IOException {
        Optional<Viewer> viewer = channel.viewerOrSignIn(exchange, path.clientPage());
        if (viewer.isEmpty()) {
            return;
        }
        show(exchange, 200, viewer.get(), path, Optional.empty(), Optional.empty(), Notices.from(exchange));
    }

    /**
     * The page, with the stored redirect URIs or {@code typedRedirectUris}; 404 when the client is not one
     * of the organization's own, 403 for a plain member.
     */
    void show(HttpExchange exchange, int status, Viewer viewer, OrganizationPath path,
            Optional<String> typedRedirectUris, Optional<String> error, Optional<String> notice) throws IOException {
        SettingsViews.Nav nav = viewer.nav(channel.basePath, "clients", Optional.of(path.organization()));
        switch (listClients.list(new ListOrganizationClients.Command(viewer.id(), path.organization()))) {
            case ListOrganizationClients.NotFound notFound -> channel.pages.notFound(exchange, Optional.of(nav));
            case ListOrganizationClients.Forbidden forbidden -> channel.pages.forbidden(exchange, nav,
                    ClientLabels.notAllowed(viewer, path.organization()));
            case ListOrganizationClients.Found found -> {
                Optional<ListOrganizationClients.Listed> listed = found.clients().stream()
                        .filter(ListOrganizationClients.Listed::owned)
                        .filter(entry -> path.client().map(entry.client().id()::equals).orElse(false))
                        .findFirst();
                if (listed.isEmpty()) {
                    channel.pages.notFound(exchange, Optional.of(nav));
                    return;
                }
                var client = listed.get().client();
                String orgName = viewer.membership(path.organization())
                        .map(role -> role.organization().name().value()).orElse(path.organization().value());
                channel.pages.client(exchange, status, new SettingsViews.ClientPage(nav, path.organization().value(),
                        orgName, client.id().value(), client.displayName(), ClientLabels.type(client),
                        client.authMethod().wireName(),
                        client.grantTypes().stream().map(GrantType::wireName).sorted().toList(),
                        client.owner().map(ClientOwner::allowedResources).stream().flatMap(names -> names.stream())
                                .map(ResourceName::value).sorted().toList(),
                        typedRedirectUris.orElseGet(() -> client.redirectUris().stream().map(RedirectUri::value)
                                .collect(Collectors.joining("\n"))),
                        listed.get().activeGrants(), Moments.of(client.registeredAt()), error, notice));
            }
        }
    }
}
