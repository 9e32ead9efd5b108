package dev.latchkey.application.resource;

import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.domain.resource.ResourceName;
import java.util.Objects;

/**
 * Stops protecting a resource ({@code resources remove NAME}). New authorizations for it are refused;
 * calls through the gateway answer 404 at once; grants already given stay listed and can be revoked.
 */
public final class RemoveProtectedResource {

    private final ProtectedResources resources;
    private final Transactions transactions;

    public RemoveProtectedResource(ProtectedResources resources, Transactions transactions) {
        this.resources = Objects.requireNonNull(resources, "resources");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** The resource to remove. */
    public record Command(ResourceName name) {
        public Command {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Whether a resource of that name existed. */
    public boolean remove(Command command) {
        return transactions.inTransaction(() -> resources.remove(command.name()));
    }
}
