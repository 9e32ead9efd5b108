package dev.latchkey.adapters.http.settings;

import com.sun.net.httpserver.HttpExchange;
import dev.latchkey.adapters.http.support.Endpoint;
import dev.latchkey.adapters.http.support.Parameters;
import dev.latchkey.domain.org.OrgId;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /settings/switch?organization=ID&section=...}: the navigation's organization switcher. It
 * remembers the choice (a preference cookie, checked against the memberships on every page) and opens
 * the same section for that organization. Changing nothing on the server, it is a GET form.
 */
final class SwitchOrganizationEndpoint implements Endpoint {

    private final SettingsChannel channel;

    SwitchOrganizationEndpoint(SettingsChannel channel) {
        this.channel = channel;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Parameters query = Parameters.parse(exchange.getRequestURI().getRawQuery()).orElseGet(Parameters::empty);
        String section = query.get("section").orElse("");
        Optional<Viewer> viewer = channel.viewerOrSignIn(exchange, pathOf(section, Optional.empty()));
        if (viewer.isEmpty()) {
            return;
        }
        Optional<OrgId> organization = query.get("organization").flatMap(SettingsChannel::orgId)
                .filter(id -> viewer.get().membership(id).isPresent());
        if (organization.isEmpty()) {
            channel.pages.notFound(exchange, Optional.of(viewer.get().nav(channel.basePath, "", Optional.empty())));
            return;
        }
        channel.cookies.setOrganization(exchange, organization.get().value());
        channel.redirect(exchange, pathOf(section, organization));
    }

    /** The page of {@code section}, for {@code organization} when it is an organization's section. */
    private static String pathOf(String section, Optional<OrgId> organization) {
        return switch (section) {
            case "clients", "members" -> organization.map(id -> OrganizationPath.of(id) + "/" + section)
                    .orElse(NextPath.DEFAULT);
            case "resources" -> ResourcesPageEndpoint.PATH;
            case "account" -> AccountPageEndpoint.PATH;
            default -> NextPath.DEFAULT;
        };
    }
}
