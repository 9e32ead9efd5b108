package dev.latchkey.application.admin;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.port.Users;
import dev.latchkey.application.resource.AddProtectedResource;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceTarget;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.user.UserId;
import java.time.Clock;
import java.util.Objects;

/**
 * An owner or admin of any organization adds a protected resource, exactly as {@code resources add} does
 * ({@link AddProtectedResource}: an MCP server at its own URL, or an upstream behind the gateway at
 * {@code {issuer}/mcp/NAME}).
 */
public final class AddResource {

    private final ResourceAdministrators administrators;
    private final AddProtectedResource add;

    public AddResource(Users users, Memberships memberships, ProtectedResources resources, Transactions transactions,
            ServerSettings settings, Clock clock) {
        this.administrators = new ResourceAdministrators(users, memberships);
        this.add = new AddProtectedResource(resources, transactions, settings, clock);
    }

    /**
     * Who adds ({@code actor}), the name, the target, the scopes it understands (empty means just
     * {@code mcp:use}), and whether a resource of the same name is replaced.
     */
    public record Command(UserId actor, ResourceName name, ResourceTarget target, ScopeSet scopes,
            boolean replaceExisting) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(scopes, "scopes");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Added, Rejected, Forbidden {}

    /** Added (or {@code replaced}); {@code uri} is where clients reach it. */
    public record Added(ProtectedResource resource, ResourceUri uri, boolean replaced) implements Result {}

    /** Not done (name or URL taken, scopes that cannot work); {@code reason} says what to change. */
    public record Rejected(String reason) implements Result {}

    /** The actor is neither owner nor admin of any organization. */
    public record Forbidden(String reason) implements Result {}

    public Result add(Command command) {
        if (!administrators.include(command.actor())) {
            return new Forbidden(ResourceAdministrators.NOT_ALLOWED);
        }
        return switch (add.add(new AddProtectedResource.Command(command.name(), command.target(), command.scopes(),
                command.replaceExisting()))) {
            case AddProtectedResource.Added added -> new Added(added.resource(), added.uri(), added.replaced());
            case AddProtectedResource.Rejected rejected -> new Rejected(rejected.reason());
        };
    }
}
