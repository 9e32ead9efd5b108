package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.application.account.DescribeAccount;
import dev.latchkey.application.admin.ListResources;
import dev.latchkey.application.client.RegisterOrganizationClient;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /settings/orgs/{org}/clients/new}: the registration form, for the organization's owners and
 * admins, with one checkbox per protected resource.
 */
final class NewClientPageEndpoint implements OrganizationPages.OrganizationEndpoint {

    /** What the form holds: the defaults, or what was typed when it was refused. */
    record Typed(String name, Optional<RegisterOrganizationClient.Kind> kind, String redirectUris,
            Set<String> resources, boolean userSignIn, boolean serverToServer) {
        static final Typed DEFAULTS = new Typed("", Optional.of(RegisterOrganizationClient.Kind.CONFIDENTIAL_POST),
                "", Set.of(), true, false);
    }

    private final ListResources listResources;
    private final SettingsChannel channel;

    NewClientPageEndpoint(ListResources listResources, SettingsChannel channel) {
        this.listResources = listResources;
        this.channel = channel;
    }

    @Override
    public void handle(HttpExchange exchange, OrganizationPath path) throws IOException {
        Optional<Viewer> viewer = channel.viewerOrSignIn(exchange, path.clientsPage() + "/new");
        if (viewer.isEmpty()) {
            return;
        }
        show(exchange, 200, viewer.get(), path, Typed.DEFAULTS, Optional.empty());
    }

    /** The form; 404 for an organization the viewer is not in, 403 for a plain member. */
    void show(HttpExchange exchange, int status, Viewer viewer, OrganizationPath path, Typed typed,
            Optional<String> error) throws IOException {
        SettingsViews.Nav nav = viewer.nav(channel.basePath, "clients", Optional.of(path.organization()));
        Optional<DescribeAccount.OrganizationRole> membership = viewer.membership(path.organization());
        if (membership.isEmpty()) {
            channel.pages.notFound(exchange, Optional.of(nav));
            return;
        }
        if (!membership.get().mayAdminister()) {
            channel.pages.forbidden(exchange, nav, ClientLabels.notAllowed(viewer, path.organization()));
            return;
        }
        List<SettingsViews.ResourceOption> resources = switch (listResources.list(
                new ListResources.Command(viewer.id()))) {
            case ListResources.Forbidden forbidden -> List.of();
            case ListResources.Listed listed -> listed.resources().stream()
                    .map(entry -> new SettingsViews.ResourceOption(entry.resource().name().value(),
                            entry.uri().value(), typed.resources().contains(entry.resource().name().value())))
                    .toList();
        };
        channel.pages.newClient(exchange, status, new SettingsViews.NewClientPage(nav, path.organization().value(),
                membership.get().organization().name().value(), typed.name(), ClientLabels.kinds(typed.kind()),
                typed.redirectUris(), resources, typed.userSignIn(), typed.serverToServer(), error));
    }
}
