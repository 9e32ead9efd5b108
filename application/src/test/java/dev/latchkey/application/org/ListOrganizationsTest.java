package dev.latchkey.application.org;

import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.user.User;
import org.junit.jupiter.api.Test;

/** Listing organizations by name with their member counts ({@code orgs list}). */
final class ListOrganizationsTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final ListOrganizations listOrganizations = new ListOrganizations(storage.organizations(),
            storage.memberships());

    @Test
    void listWhenNoOrganizationsThenEmpty() {
        assertThat(listOrganizations.list()).isEmpty();
    }

    @Test
    void listWhenOrganizationsExistThenEachByNameWithItsMemberCount() {
        Organization globex = anOrganization().named("globex").build();
        Organization acme = anOrganization().named("acme").build();
        storage.organizations().add(globex);
        storage.organizations().add(acme);
        User alice = aUser().build();
        User bob = aUser().build();
        storage.memberships().put(aMembership().of(alice).in(acme).build());
        storage.memberships().put(aMembership().of(bob).in(acme).build());

        assertThat(listOrganizations.list()).containsExactly(new ListOrganizations.Listed(acme, 2),
                new ListOrganizations.Listed(globex, 0));
    }
}
