package dev.latchkey.application.resource;

import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceTarget;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.Scope;
import dev.latchkey.domain.scope.ScopeSet;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds a protected resource that tokens may be issued for: an MCP server at its own URL
 * ({@code resources add NAME --url URL}) or an upstream behind the gateway ({@code resources add NAME
 * --upstream URL}). With {@code replaceExisting}, a resource of the same name gets the new target and
 * scopes (grants for it keep working when its URI does not change).
 */
public final class AddProtectedResource {

    private final ProtectedResources resources;
    private final ResourceCatalog catalog;
    private final Transactions transactions;
    private final Clock clock;

    public AddProtectedResource(ProtectedResources resources, Transactions transactions, ServerSettings settings,
            Clock clock) {
        this.resources = Objects.requireNonNull(resources, "resources");
        this.catalog = new ResourceCatalog(resources, settings);
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Name, target and the scopes it understands (empty means just {@code mcp:use}). */
    public record Command(ResourceName name, ResourceTarget target, ScopeSet scopes, boolean replaceExisting) {
        public Command {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(scopes, "scopes");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Added, Rejected {}

    /** Added (or replaced); {@code uri} is where clients reach it. */
    public record Added(ProtectedResource resource, ResourceUri uri, boolean replaced)
            implements Result {}

    public record Rejected(String reason) implements Result {}

    public Result add(Command command) {
        ScopeSet scopes = command.scopes().isEmpty() ? ProtectedResource.DEFAULT_SCOPES : command.scopes();
        if (scopes.contains(Scope.OFFLINE_ACCESS)) {
            return new Rejected("offline_access is about refresh tokens and is always accepted; leave it out of"
                    + " --scopes.");
        }
        if (command.target() instanceof ResourceTarget.Gateway && !scopes.contains(Scope.MCP_USE)) {
            return new Rejected("Every call through the gateway needs mcp:use, so a gateway resource must"
                    + " include it in --scopes.");
        }
        if (command.target() instanceof ResourceTarget.External external && catalog.isUnderGatewayPath(external.uri())) {
            return new Rejected("The URL " + external.uri() + " is where the gateway serves its resources. To put"
                    + " an MCP server behind the gateway, use --upstream with the server's own URL.");
        }
        return transactions.inTransaction(() -> {
            Optional<ProtectedResource> existing = resources.findByName(command.name());
            if (existing.isPresent() && !command.replaceExisting()) {
                return new Rejected("A resource named " + command.name() + " already exists; pick another name, or"
                        + " add --replace to change it.");
            }
            if (command.target() instanceof ResourceTarget.External external) {
                Optional<ProtectedResource> sameUri = resources.findByUri(external.uri());
                if (sameUri.isPresent() && !sameUri.get().name().equals(command.name())) {
                    return new Rejected("The URL " + external.uri() + " is already protected as "
                            + sameUri.get().name() + "; see resources list.");
                }
            }
            ProtectedResource resource = new ProtectedResource(command.name(), command.target(), scopes,
                    existing.map(ProtectedResource::createdAt).orElse(clock.instant()));
            if (existing.isPresent()) {
                resources.replace(resource);
            } else {
                resources.add(resource);
            }
            return new Added(resource, catalog.uriOf(resource), existing.isPresent());
        });
    }
}
