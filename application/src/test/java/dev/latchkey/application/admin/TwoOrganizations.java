package dev.latchkey.application.admin;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.User;

/**
 * The cast of the member-management tests, stored in one {@link InMemoryStorage}: in {@code acme}, the
 * owner Olivia, the admin Adam and the member Mia, who joined in that order; in {@code globex}, the owner
 * Gus and the member Gina. Nobody belongs to both. Stan belongs to no organization.
 */
final class TwoOrganizations {

    final Organization acme = anOrganization().named("acme").build();
    final Organization globex = anOrganization().named("globex").build();
    final User olivia = aUser().named("olivia").build();
    final User adam = aUser().named("adam").build();
    final User mia = aUser().named("mia").build();
    final User gus = aUser().named("gus").build();
    final User gina = aUser().named("gina").build();
    final User stan = aUser().named("stan").build();

    TwoOrganizations(InMemoryStorage storage) {
        storage.organizations().add(acme);
        storage.organizations().add(globex);
        for (User user : new User[] {olivia, adam, mia, gus, gina, stan}) {
            storage.users().add(user);
        }
        storage.memberships().put(aMembership().of(olivia).in(acme).as(Role.OWNER).since(T0).build());
        storage.memberships().put(aMembership().of(adam).in(acme).as(Role.ADMIN).since(T0.plusSeconds(1)).build());
        storage.memberships().put(aMembership().of(mia).in(acme).as(Role.MEMBER).since(T0.plusSeconds(2)).build());
        storage.memberships().put(aMembership().of(gus).in(globex).as(Role.OWNER).since(T0).build());
        storage.memberships().put(aMembership().of(gina).in(globex).as(Role.MEMBER).since(T0.plusSeconds(1)).build());
    }
}
