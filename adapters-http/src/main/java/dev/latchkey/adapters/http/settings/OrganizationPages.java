package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Router;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.validation.Parsed;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything under {@code /settings/orgs/}: reads the organization id (and client id) from the path and
 * hands the request to the endpoint of that page and method. Anything else is answered with the 404
 * page, after signing in, so the shape of the pages is not shown to strangers either.
 *
 * <pre>
 * GET  {org}/clients                        OAuth clients          POST {org}/clients   register
 * GET  {org}/clients/new                    registration form
 * GET  {org}/clients/{client}               a client               POST .../redirect-uris, .../delete
 * GET  {org}/members                        members                POST members/add, create, role, remove
 * </pre>
 */
final class OrganizationPages implements Endpoint {

    /** An endpoint of one organization's pages. */
    @FunctionalInterface
    interface OrganizationEndpoint {
        void handle(HttpExchange exchange, OrganizationPath path) throws IOException;
    }

    /** The endpoints of one page shape, by method. */
    record Page(Map<String, OrganizationEndpoint> byMethod) {}

    private final Router router;
    private final SettingsChannel channel;
    private final Page clients;
    private final Page newClient;
    private final Page client;
    private final Page clientRedirectUris;
    private final Page clientDelete;
    private final Page members;
    private final Map<String, Page> memberActions;

    OrganizationPages(Router router, SettingsChannel channel, Page clients, Page newClient, Page client,
            Page clientRedirectUris, Page clientDelete, Page members, Map<String, Page> memberActions) {
        this.router = router;
        this.channel = channel;
        this.clients = clients;
        this.newClient = newClient;
        this.client = client;
        this.clientRedirectUris = clientRedirectUris;
        this.clientDelete = clientDelete;
        this.members = members;
        this.memberActions = Map.copyOf(memberActions);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = router.routedPath(exchange);
        List<String> segments = List.of(path.substring(OrganizationPath.PREFIX.length()).split("/", -1));
        Optional<OrgId> organization = segments.isEmpty() ? Optional.empty()
                : decoded(segments.get(0)).flatMap(SettingsChannel::orgId);
        if (organization.isEmpty()) {
            notFound(exchange, path);
            return;
        }
        List<String> rest = segments.subList(1, segments.size());
        Optional<Page> page = Optional.empty();
        Optional<ClientId> clientId = Optional.empty();
        if (rest.equals(List.of("clients"))) {
            page = Optional.of(clients);
        } else if (rest.equals(List.of("clients", "new"))) {
            page = Optional.of(newClient);
        } else if (rest.size() >= 2 && rest.size() <= 3 && rest.get(0).equals("clients")) {
            clientId = decoded(rest.get(1)).flatMap(OrganizationPages::clientId);
            page = rest.size() == 2 ? Optional.of(client)
                    : rest.get(2).equals("redirect-uris") ? Optional.of(clientRedirectUris)
                    : rest.get(2).equals("delete") ? Optional.of(clientDelete)
                    : Optional.empty();
            if (clientId.isEmpty()) {
                page = Optional.empty();
            }
        } else if (rest.equals(List.of("members"))) {
            page = Optional.of(members);
        } else if (rest.size() == 2 && rest.get(0).equals("members")) {
            page = Optional.ofNullable(memberActions.get(rest.get(1)));
        }
        if (page.isEmpty()) {
            notFound(exchange, path);
            return;
        }
        OrganizationEndpoint endpoint = page.get().byMethod().get(exchange.getRequestMethod());
        if (endpoint == null) {
            Optional<Viewer> viewer = channel.viewerOrSignIn(exchange, path);
            if (viewer.isPresent()) {
                channel.pages.methodNotAllowed(exchange, Optional.of(viewer.get().nav(channel.basePath, "",
                        organization)), String.join(", ", page.get().byMethod().keySet().stream().sorted().toList()));
            }
            return;
        }
        endpoint.handle(exchange, new OrganizationPath(organization.get(), clientId));
    }

    private void notFound(HttpExchange exchange, String path) throws IOException {
        Optional<Viewer> viewer = channel.viewerOrSignIn(exchange, exchange.getRequestMethod().equals("GET")
                ? path : NextPath.DEFAULT);
        if (viewer.isPresent()) {
            channel.pages.notFound(exchange, Optional.of(viewer.get().nav(channel.basePath, "", Optional.empty())));
        }
    }

    /** A path segment, percent-decoded ('+' is a plus sign in a path). */
    private static Optional<String> decoded(String segment) {
        try {
            return Optional.of(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8))
                    .filter(value -> !value.isEmpty());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<ClientId> clientId(String value) {
        return Parsed.of(value, ClientId::new) instanceof Parsed.Valid<ClientId> valid
                ? Optional.of(valid.value())
                : Optional.empty();
    }
}
