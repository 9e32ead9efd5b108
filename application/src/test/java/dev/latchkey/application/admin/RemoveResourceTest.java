package dev.latchkey.application.admin;

import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Removing a protected resource from the pages, as {@code resources remove} does: for owners and admins
 * of any organization only.
 */
final class RemoveResourceTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final ResourceAdministratorsCast cast = new ResourceAdministratorsCast(storage);
    private final TwoOrganizations people = cast.organizations;
    private final RemoveResource removeResource = new RemoveResource(storage.users(), storage.memberships(),
            storage.protectedResources(), storage.transactions());

    private final ProtectedResource notes = aProtectedResource().named("notes").build();

    @BeforeEach
    void storeResource() {
        storage.protectedResources().add(notes);
    }

    private RemoveResource.Result remove(User actor, String name) {
        return removeResource.remove(new RemoveResource.Command(actor.id(), new ResourceName(name)));
    }

    @Test
    void removeWhenOwnerOfAnotherOrganizationRemovesItThenItIsGone() {
        assertThat(remove(people.gus, "notes")).isEqualTo(new RemoveResource.Removed(new ResourceName("notes")));
        assertThat(storage.protectedResources().findByName(notes.name())).isEmpty();
    }

    @Test
    void removeWhenThereIsNoSuchResourceThenNotFound() {
        assertThat(remove(people.adam, "nothing")).isEqualTo(new RemoveResource.NotFound());
    }

    @Test
    void removeWhenPlainMemberOrInNoOrganizationOrDisabledThenForbiddenAndItStays() {
        assertThat(remove(people.mia, "notes")).isEqualTo(new RemoveResource.Forbidden(ResourceAdministrators.NOT_ALLOWED));
        assertThat(remove(people.stan, "notes")).isInstanceOf(RemoveResource.Forbidden.class);
        assertThat(remove(cast.disabledOwner, "notes")).isInstanceOf(RemoveResource.Forbidden.class);
        assertThat(remove(people.mia, "nothing")).as("no probing names").isInstanceOf(RemoveResource.Forbidden.class);
        assertThat(storage.protectedResources().findByName(notes.name())).isPresent();
    }
}
