package dev.latchkey.application.client;

import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.Grants;
import dev.latchkey.application.port.Memberships;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.RegistrationSource;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.user.UserId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The OAuth clients an organization's admins see in Settings: those registered for the organization,
 * and the clients that registered themselves (or are known by a metadata document) and were authorized
 * in it, marked as such. Only owners and admins see the list.
 */
public final class ListOrganizationClients {

    private final Clients clients;
    private final Grants grants;
    private final OrganizationRoles roles;

    public ListOrganizationClients(Clients clients, Grants grants, Memberships memberships) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.grants = Objects.requireNonNull(grants, "grants");
        this.roles = new OrganizationRoles(memberships);
    }

    /** Whose view of which organization. */
    public record Command(UserId actor, OrgId organization) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(organization, "organization");
        }
    }

    /**
     * A client as listed: {@code owned} for one registered for this organization (editable), else one
     * known from elsewhere that users of the organization authorized; {@code activeGrants} in this
     * organization.
     */
    public record Listed(Client client, boolean owned, int activeGrants) {
        public boolean selfRegistered() {
            return client.source() == RegistrationSource.DYNAMIC;
        }
    }

    /** The outcome. */
    public sealed interface Result permits Found, NotFound, Forbidden {}

    public record Found(List<Listed> clients) implements Result {}

    public record NotFound() implements Result {}

    public record Forbidden() implements Result {}

    public Result list(Command command) {
        switch (roles.of(command.actor(), command.organization())) {
            case NOT_A_MEMBER -> {
                return new NotFound();
            }
            case MEMBER_ONLY -> {
                return new Forbidden();
            }
            case ADMINISTRATOR -> {
                // allowed
            }
        }
        List<Grant> given = grants.ofOrganization(command.organization());
        List<Listed> listed = new ArrayList<>();
        for (Client owned : clients.ownedBy(command.organization())) {
            listed.add(new Listed(owned, true, activeGrants(given, owned.id())));
        }
        Set<ClientId> others = new LinkedHashSet<>();
        for (Grant grant : given) {
            if (listed.stream().noneMatch(entry -> entry.client().id().equals(grant.clientId()))) {
                others.add(grant.clientId());
            }
        }
        for (ClientId id : others) {
            clients.find(id).ifPresent(client -> listed.add(new Listed(client, false, activeGrants(given, id))));
        }
        return new Found(listed);
    }

    private static int activeGrants(List<Grant> grants, ClientId client) {
        return (int) grants.stream().filter(Grant::isActive).filter(grant -> grant.clientId().equals(client)).count();
    }
}
