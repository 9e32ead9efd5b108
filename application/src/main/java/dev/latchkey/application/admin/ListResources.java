package dev.latchkey.application.admin;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.application.port.Users;
import dev.latchkey.application.resource.ListProtectedResources;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/**
 * Lists the protected resources (RFC 8707, RFC 9728) with the URL clients use, for an owner or admin of
 * any organization ({@code resources list} on the command line).
 */
public final class ListResources {

    private final ResourceAdministrators administrators;
    private final ListProtectedResources list;

    public ListResources(Users users, Memberships memberships, ProtectedResources resources,
            ServerSettings settings) {
        this.administrators = new ResourceAdministrators(users, memberships);
        this.list = new ListProtectedResources(resources, settings);
    }

    /** Who asks: the signed-in user. */
    public record Command(UserId actor) {
        public Command {
            Objects.requireNonNull(actor, "actor");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Listed, Forbidden {}

    /** Every resource, by name, with the URL clients connect to. */
    public record Listed(List<ListProtectedResources.Listed> resources) implements Result {
        public Listed {
            resources = List.copyOf(resources);
        }
    }

    /** The actor is neither owner nor admin of any organization. */
    public record Forbidden(String reason) implements Result {}

    public Result list(Command command) {
        if (!administrators.include(command.actor())) {
            return new Forbidden(ResourceAdministrators.NOT_ALLOWED);
        }
        return new Listed(list.list());
    }
}
