package dev.latchkey.application.account;

import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.Grants;
import dev.latchkey.application.port.Organizations;
import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.application.resource.ResourceCatalog;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The applications a user connected: each grant they gave (a client, in one of their organizations, for
 * one resource, with scopes), with the names a person reads. Active grants come first, then revoked
 * ones; each group newest first. Only the user's own grants are listed.
 */
public final class ListConnectedApps {

    private final Grants grants;
    private final Clients clients;
    private final Organizations organizations;
    private final ResourceCatalog catalog;

    public ListConnectedApps(Grants grants, Clients clients, Organizations organizations,
            ProtectedResources resources, ServerSettings settings) {
        this.grants = Objects.requireNonNull(grants, "grants");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.catalog = new ResourceCatalog(resources, settings);
    }

    /** Whose applications: the signed-in user. */
    public record Command(UserId user) {
        public Command {
            Objects.requireNonNull(user, "user");
        }
    }

    /**
     * One grant as its user sees it.
     *
     * @param grantId          what {@link RevokeConnectedApp} takes
     * @param clientName       the client's registered name, or its id when it gave none or is gone
     * @param organizationName the organization's name, or its id when it is gone
     * @param resource         the resource's URI, the tokens' audience
     * @param resourceName     the resource's name, or its URI when it is no longer protected
     * @param revokedAt        when the grant was revoked; empty while it is active
     * @param lastUsedAt       when a token of the grant was last issued or used
     */
    public record ConnectedApp(
            GrantId grantId,
            ClientId clientId,
            String clientName,
            OrgId orgId,
            String organizationName,
            ResourceUri resource,
            String resourceName,
            ScopeSet scopes,
            Instant grantedAt,
            Optional<Instant> lastUsedAt,
            Optional<Instant> revokedAt) {

        public ConnectedApp {
            Objects.requireNonNull(grantId, "grantId");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(clientName, "clientName");
            Objects.requireNonNull(orgId, "orgId");
            Objects.requireNonNull(organizationName, "organizationName");
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(resourceName, "resourceName");
            Objects.requireNonNull(scopes, "scopes");
            Objects.requireNonNull(grantedAt, "grantedAt");
            Objects.requireNonNull(lastUsedAt, "lastUsedAt");
            Objects.requireNonNull(revokedAt, "revokedAt");
        }

        /** Whether the grant still works (it may still stop at the next call if the membership ended). */
        public boolean isActive() {
            return revokedAt.isEmpty();
        }
    }

    public List<ConnectedApp> list(Command command) {
        return grants.ofUser(command.user()).stream()
                // Grants.ofUser promises the user's grants only; filtered anyway, as this is what isolates users.
                .filter(grant -> grant.userId().equals(command.user()))
                .sorted(Comparator.comparing((Grant grant) -> !grant.isActive())
                        .thenComparing(Grant::createdAt, Comparator.reverseOrder()))
                .map(this::describe)
                .toList();
    }

    private ConnectedApp describe(Grant grant) {
        return new ConnectedApp(
                grant.id(),
                grant.clientId(),
                clients.find(grant.clientId()).map(Client::displayName).orElse(grant.clientId().value()),
                grant.orgId(),
                organizations.find(grant.orgId()).map(organization -> organization.name().value())
                        .orElse(grant.orgId().value()),
                grant.resource(),
                catalog.byUri(grant.resource()).map(resource -> resource.name().value())
                        .orElse(grant.resource().value()),
                grant.scope(),
                grant.createdAt(),
                grant.lastUsedAt(),
                grant.revokedAt());
    }
}
