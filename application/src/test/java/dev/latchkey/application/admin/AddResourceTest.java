package dev.latchkey.application.admin;

import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static dev.latchkey.application.fixtures.Fixtures.anUpstream;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceTarget;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.user.User;
import org.junit.jupiter.api.Test;

/**
 * Adding a protected resource from the pages, with the same rules as {@code resources add}: for owners
 * and admins of any organization only.
 */
final class AddResourceTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final ResourceAdministratorsCast cast = new ResourceAdministratorsCast(storage);
    private final TwoOrganizations people = cast.organizations;
    private final MutableClock clock = new MutableClock();
    private final AddResource addResource = new AddResource(storage.users(), storage.memberships(),
            storage.protectedResources(), storage.transactions(),
            ServerSettings.defaults(new Issuer("https://auth.example.com")), clock);

    private AddResource.Result addGateway(User actor, String name) {
        return addResource.add(new AddResource.Command(actor.id(), new ResourceName(name),
                new ResourceTarget.Gateway(anUpstream().build()), ScopeSet.empty(), false));
    }

    @Test
    void addWhenAdminAddsAGatewayResourceThenItIsServedUnderTheIssuerWithMcpUse() {
        AddResource.Result result = addGateway(people.adam, "notes");

        assertThat(result).isInstanceOf(AddResource.Added.class);
        AddResource.Added added = (AddResource.Added) result;
        assertThat(added.uri()).isEqualTo(new ResourceUri("https://auth.example.com/mcp/notes"));
        assertThat(added.replaced()).isFalse();
        assertThat(added.resource().scopes()).isEqualTo(ProtectedResource.DEFAULT_SCOPES);
        assertThat(added.resource().createdAt()).isEqualTo(clock.instant());
        assertThat(storage.protectedResources().findByName(new ResourceName("notes"))).contains(added.resource());
    }

    @Test
    void addWhenTheNameIsTakenThenRejectedAsOnTheCommandLine() {
        storage.protectedResources().add(aProtectedResource().named("notes").build());

        assertThat(addGateway(people.olivia, "notes")).isInstanceOf(AddResource.Rejected.class);
    }

    @Test
    void addWhenPlainMemberOrInNoOrganizationOrDisabledThenForbiddenAndNothingIsAdded() {
        assertThat(addGateway(people.mia, "notes")).isEqualTo(new AddResource.Forbidden(ResourceAdministrators.NOT_ALLOWED));
        assertThat(addGateway(people.stan, "notes")).isInstanceOf(AddResource.Forbidden.class);
        assertThat(addGateway(cast.disabledOwner, "notes")).isInstanceOf(AddResource.Forbidden.class);
        assertThat(storage.protectedResources().all()).isEmpty();
    }
}
