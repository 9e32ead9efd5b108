package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Parameters;
import dev.latchkey.application.client.RegisterOrganizationClient;
import dev.latchkey.domain.client.ClientSecret;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.validation.Parsed;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /settings/orgs/{org}/clients}: registers a client for the organization and answers with
 * its id and, for a confidential client, its secret: the only time the secret is ever shown.
 */
final class RegisterClientEndpoint implements OrganizationPages.OrganizationEndpoint {

    /** Checkboxes of resources are named {@code resource:NAME}. */
    static final String RESOURCE_FIELD = "resource:";

    private final RegisterOrganizationClient registerClient;
    private final SettingsChannel channel;
    private final NewClientPageEndpoint form;

    RegisterClientEndpoint(RegisterOrganizationClient registerClient, SettingsChannel channel,
            NewClientPageEndpoint form) {
        this.registerClient = registerClient;
        this.channel = channel;
        this.form = form;
    }

    @Override
    public void handle(HttpExchange exchange, OrganizationPath path) throws IOException {
        Optional<SettingsChannel.Submission> submission = channel.submission(exchange, path.clientsPage() + "/new",
                "clients", Optional.of(path.organization()));
        if (submission.isEmpty()) {
            return;
        }
        Viewer viewer = submission.get().viewer();
        Parameters fields = submission.get().form();
        Set<String> resources = new LinkedHashSet<>();
        for (String name : fields.names()) {
            if (name.startsWith(RESOURCE_FIELD)) {
                resources.add(name.substring(RESOURCE_FIELD.length()));
            }
        }
        Optional<RegisterOrganizationClient.Kind> kind = fields.get("client_type").flatMap(ClientLabels::kind);
        String redirectUris = fields.get("redirect_uris").orElse("");
        NewClientPageEndpoint.Typed typed = new NewClientPageEndpoint.Typed(fields.get("client_name").orElse(""),
                kind, redirectUris, resources, fields.has("user_sign_in"), fields.has("server_to_server"));
        if (kind.isEmpty()) {
            form.show(exchange, 422, viewer, path, typed, Optional.of("Choose a client type: public, or"
                    + " confidential with its secret in the request body or with HTTP Basic."));
            return;
        }
        Set<ResourceName> allowed = new LinkedHashSet<>();
        for (String resource : resources) {
            if (Parsed.of(resource, ResourceName::new) instanceof Parsed.Valid<ResourceName> valid) {
                allowed.add(valid.value());
            }
        }
        switch (registerClient.register(new RegisterOrganizationClient.Command(viewer.id(), path.organization(),
                typed.name(), kind.get(), lines(redirectUris), allowed, typed.userSignIn(), typed.serverToServer()))) {
            case RegisterOrganizationClient.Registered registered -> {
                var client = registered.client();
                OrganizationPath clientPath = new OrganizationPath(path.organization(), Optional.of(client.id()));
                channel.pages.clientRegistered(exchange, 201, new SettingsViews.ClientRegisteredPage(
                        viewer.nav(channel.basePath, "clients", Optional.of(path.organization())),
                        path.organization().value(), client.id().value(), client.displayName(),
                        ClientLabels.type(client).toLowerCase(Locale.ROOT), client.authMethod().wireName(),
                        registered.secret().map(ClientSecret::value), channel.tokenEndpoint(),
                        channel.basePath + clientPath.clientPage()));
            }
            case RegisterOrganizationClient.Refused refused ->
                    form.show(exchange, 422, viewer, path, typed, Optional.of(refused.reason()));
            case RegisterOrganizationClient.NotFound notFound -> channel.pages.notFound(exchange,
                    Optional.of(viewer.nav(channel.basePath, "clients", Optional.of(path.organization()))));
            case RegisterOrganizationClient.Forbidden forbidden -> channel.pages.forbidden(exchange,
                    viewer.nav(channel.basePath, "clients", Optional.of(path.organization())),
                    ClientLabels.notAllowed(viewer, path.organization()));
        }
    }

    /** A textarea's lines (blank ones are dropped by the use case). */
    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
