package dev.latchkey.application.admin;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.port.Users;
import dev.latchkey.application.resource.RemoveProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.user.UserId;
import java.util.Objects;

/**
 * An owner or admin of any organization stops protecting a resource, exactly as {@code resources remove}
 * does ({@link RemoveProtectedResource}): new authorizations for it are refused and the gateway answers
 * 404 for it at once.
 */
public final class RemoveResource {

    private final ResourceAdministrators administrators;
    private final RemoveProtectedResource remove;

    public RemoveResource(Users users, Memberships memberships, ProtectedResources resources,
            Transactions transactions) {
        this.administrators = new ResourceAdministrators(users, memberships);
        this.remove = new RemoveProtectedResource(resources, transactions);
    }

    /** Who removes ({@code actor}) which resource. */
    public record Command(UserId actor, ResourceName name) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(name, "name");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Removed, NotFound, Forbidden {}

    /** The resource {@code name} is no longer protected. */
    public record Removed(ResourceName name) implements Result {}

    /** There is no resource of that name. */
    public record NotFound() implements Result {}

    /** The actor is neither owner nor admin of any organization. */
    public record Forbidden(String reason) implements Result {}

    public Result remove(Command command) {
        if (!administrators.include(command.actor())) {
            return new Forbidden(ResourceAdministrators.NOT_ALLOWED);
        }
        return remove.remove(new RemoveProtectedResource.Command(command.name()))
                ? new Removed(command.name())
                : new NotFound();
    }
}
