package dev.latchkey.adapters.http.settings;

import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.org.OrgId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The ids in a path under {@code /settings/orgs/}: the organization, and the client for a client's
 * pages. Well-formed only; whether the viewer may see them is the use cases' decision.
 */
record OrganizationPath(OrgId organization, Optional<ClientId> client) {

    static final String PREFIX = "/settings/orgs/";

    OrganizationPath {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(client, "client");
    }

    /** {@code /settings/orgs/ID}. */
    static String of(OrgId organization) {
        return PREFIX + segment(organization.value());
    }

    String clientsPage() {
        return of(organization) + "/clients";
    }

    String membersPage() {
        return of(organization) + "/members";
    }

    /** The page of the client in the path (the clients page when there is none). */
    String clientPage() {
        return client.map(id -> clientsPage() + "/" + segment(id.value())).orElseGet(this::clientsPage);
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
