package dev.latchkey.application.resource;

import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.Scope;
import dev.latchkey.domain.scope.ScopeSet;
import java.time.Clock;
import java.util.Objects;

/**
 * Adds a protected resource that tokens may be issued for ({@code resources add NAME --url URL
 * [--scopes "mcp:use ..."]}).
 */
public final class AddProtectedResource {

    private final ProtectedResources resources;
    private final Transactions transactions;
    private final Clock clock;

    public AddProtectedResource(ProtectedResources resources, Transactions transactions, Clock clock) {
        this.resources = Objects.requireNonNull(resources, "resources");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Name, canonical URL and the scopes it understands (empty means just {@code mcp:use}). */
    public record Command(ResourceName name, ResourceUri uri, ScopeSet scopes) {
        public Command {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(scopes, "scopes");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Added, Rejected {}

    public record Added(ProtectedResource resource) implements Result {}

    public record Rejected(String reason) implements Result {}

    public Result add(Command command) {
        ScopeSet scopes = command.scopes().isEmpty() ? ProtectedResource.DEFAULT_SCOPES : command.scopes();
        if (scopes.contains(Scope.OFFLINE_ACCESS)) {
            return new Rejected("offline_access is about refresh tokens and is always accepted; leave it out of"
                    + " --scopes.");
        }
        return transactions.inTransaction(() -> {
            if (resources.findByName(command.name()).isPresent()) {
                return new Rejected("A resource named " + command.name() + " already exists; pick another name.");
            }
            if (resources.findByUri(command.uri()).isPresent()) {
                return new Rejected("The URL " + command.uri() + " is already protected under another name; see"
                        + " resources list.");
            }
            ProtectedResource resource = new ProtectedResource(command.name(), command.uri(), scopes, clock.instant());
            resources.add(resource);
            return new Added(resource);
        });
    }
}
