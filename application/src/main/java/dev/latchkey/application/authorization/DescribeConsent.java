package dev.latchkey.application.authorization;

import dev.latchkey.application.client.ClientTrust;
import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.Organizations;
import dev.latchkey.application.port.PendingAuthorizations;
import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.application.resource.ResourceCatalog;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.authorization.AuthorizationRequest;
import dev.latchkey.domain.authorization.PendingAuthorization;
import dev.latchkey.domain.authorization.RequestHandle;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.error.OAuthErrorCode;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.user.UserId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Gathers what the consent page shows: which client asks, for which resource, with which scopes, and
 * the organizations the signed-in user may pick from (only their own).
 */
public final class DescribeConsent {

    private final PendingAuthorizations pending;
    private final Clients clients;
    private final ResourceCatalog resources;
    private final Memberships memberships;
    private final Organizations organizations;
    private final Clock clock;

    public DescribeConsent(PendingAuthorizations pending, Clients clients, ProtectedResources resources,
            Memberships memberships, Organizations organizations, ServerSettings settings, Clock clock) {
        this.pending = Objects.requireNonNull(pending, "pending");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.resources = new ResourceCatalog(resources, settings);
        this.memberships = Objects.requireNonNull(memberships, "memberships");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Which pending request, for which signed-in user. */
    public record Command(RequestHandle handle, UserId userId) {
        public Command {
            Objects.requireNonNull(handle, "handle");
            Objects.requireNonNull(userId, "userId");
        }
    }

    /** An organization the user can pick, with their role in it. */
    public record OrganizationChoice(Organization organization, Role role) {}

    /** The outcome. */
    public sealed interface Result permits Ready, Unavailable {}

    /**
     * Everything the consent page needs; {@code trust} says whether the client's name can be believed
     * and {@code clientIdHost} is the host of a metadata document client_id.
     */
    public record Ready(Client client, ClientTrust trust, Optional<String> clientIdHost, AuthorizationRequest request,
            ProtectedResource resource, List<OrganizationChoice> organizations) implements Result {}

    /** The request cannot be shown: expired, already decided, or the user has no organization. */
    public record Unavailable(OAuthError error) implements Result {}

    public Result describe(Command command) {
        Optional<PendingAuthorization> found = pending.find(command.handle().hash())
                .filter(request -> !request.isExpired(clock.instant()));
        if (found.isEmpty()) {
            return new Unavailable(expired());
        }
        AuthorizationRequest request = found.get().request();
        Optional<Client> client = clients.find(request.clientId());
        Optional<ProtectedResource> resource = resources.byUri(request.resource());
        if (client.isEmpty() || resource.isEmpty()) {
            return new Unavailable(OAuthError.invalidRequest("The application or the resource of this request was"
                    + " removed while you were signing in. Start again from the application."));
        }
        List<OrganizationChoice> choices = choicesOf(command.userId()).stream()
                .filter(choice -> client.get().owner().map(owner -> owner.organization()
                        .equals(choice.organization().id())).orElse(true))
                .toList();
        if (choices.isEmpty() && client.get().owner().isPresent()) {
            return new Unavailable(new OAuthError(OAuthErrorCode.ACCESS_DENIED, client.get().displayName()
                    + " belongs to an organization you are not a member of, so you cannot grant it access. Ask an"
                    + " administrator of that organization."));
        }
        if (choices.isEmpty()) {
            return new Unavailable(new OAuthError(OAuthErrorCode.ACCESS_DENIED,
                    "Your account is not a member of any organization, so there is nothing to grant access to."
                            + " Ask an administrator to add you: java -jar latchkey.jar orgs join USERNAME ORG"
                            + " --role member"));
        }
        return new Ready(client.get(), ClientTrust.of(client.get()), ClientTrust.host(client.get()), request,
                resource.get(), choices);
    }

    private List<OrganizationChoice> choicesOf(UserId userId) {
        List<OrganizationChoice> choices = new ArrayList<>();
        for (Membership membership : memberships.ofUser(userId)) {
            organizations.find(membership.orgId())
                    .ifPresent(organization -> choices.add(new OrganizationChoice(organization, membership.role())));
        }
        return choices;
    }

    static OAuthError expired() {
        return OAuthError.invalidRequest("This authorization request has expired or was already answered."
                + " Go back to the application and connect again to start a new one.");
    }
}
