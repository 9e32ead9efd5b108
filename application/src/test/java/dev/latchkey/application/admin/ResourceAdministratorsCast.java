package dev.latchkey.application.admin;

import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aUser;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.User;

/**
 * The cast of the resource tests, on top of {@link TwoOrganizations}: Dora owns a third organization
 * but is disabled.
 */
final class ResourceAdministratorsCast {

    final TwoOrganizations organizations;
    final User disabledOwner = aUser().named("dora").disabled().build();

    ResourceAdministratorsCast(InMemoryStorage storage) {
        this.organizations = new TwoOrganizations(storage);
        storage.users().add(disabledOwner);
        storage.memberships().put(aMembership().of(disabledOwner).in(organizations.globex).as(Role.OWNER).build());
    }
}
