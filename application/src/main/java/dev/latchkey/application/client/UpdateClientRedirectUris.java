package dev.latchkey.application.client;

import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.Memberships;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.user.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Replaces the redirect URIs of a client registered for the organization. Clients from elsewhere (self-
 * registered, metadata documents) describe themselves and cannot be edited here.
 */
public final class UpdateClientRedirectUris {

    private final Clients clients;
    private final OrganizationRoles roles;

    public UpdateClientRedirectUris(Clients clients, Memberships memberships) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.roles = new OrganizationRoles(memberships);
    }

    /** The new list, as typed (one URI per entry). */
    public record Command(UserId actor, OrgId organization, ClientId client, List<String> redirectUris) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(client, "client");
            redirectUris = List.copyOf(redirectUris);
        }
    }

    /** The outcome. */
    public sealed interface Result permits Updated, Refused, NotFound, Forbidden {}

    public record Updated(Client client) implements Result {}

    public record Refused(String reason) implements Result {}

    /** No such client in this organization (or the actor is not a member). */
    public record NotFound() implements Result {}

    public record Forbidden() implements Result {}

    public Result update(Command command) {
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
        Optional<Client> found = clients.find(command.client()).filter(client -> client.owner()
                .map(owner -> owner.organization().equals(command.organization())).orElse(false));
        if (found.isEmpty()) {
            return new NotFound();
        }
        Optional<List<RedirectUri>> uris = RedirectUriList.parse(command.redirectUris());
        if (uris.isEmpty()) {
            return new Refused(RedirectUriList.problem(command.redirectUris()));
        }
        Client client = found.get();
        if (client.mayUse(GrantType.AUTHORIZATION_CODE) && uris.get().isEmpty()) {
            return new Refused("Keep at least one redirect URI: users signing in through this client are sent back"
                    + " to it.");
        }
        Client updated = new Client(client.id(), client.profile(), uris.get(), client.authMethod(), client.grantTypes(),
                client.scope(), client.secretHash(), client.source(), client.registeredAt(), client.owner());
        clients.put(updated);
        return new Updated(updated);
    }
}
