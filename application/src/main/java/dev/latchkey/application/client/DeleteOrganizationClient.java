package dev.latchkey.application.client;

import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.user.UserId;
import java.util.Objects;

/**
 * Deletes a client registered for the organization, with its grants and their tokens: refresh tokens
 * stop at once, access tokens (user and client_credentials alike) are refused on their next use.
 */
public final class DeleteOrganizationClient {

    private final Clients clients;
    private final OrganizationRoles roles;
    private final Transactions transactions;

    public DeleteOrganizationClient(Clients clients, Memberships memberships, Transactions transactions) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.roles = new OrganizationRoles(memberships);
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** Which client of which organization. */
    public record Command(UserId actor, OrgId organization, ClientId client) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(client, "client");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Deleted, NotFound, Forbidden {}

    public record Deleted() implements Result {}

    /** No such client in this organization (or the actor is not a member). */
    public record NotFound() implements Result {}

    public record Forbidden() implements Result {}

    public Result delete(Command command) {
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
        return transactions.inTransaction(() -> {
            boolean owned = clients.find(command.client()).flatMap(client -> client.owner())
                    .map(owner -> owner.organization().equals(command.organization())).orElse(false);
            return owned && clients.remove(command.client()) ? new Deleted() : new NotFound();
        });
    }
}
