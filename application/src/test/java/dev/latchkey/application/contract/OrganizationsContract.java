package dev.latchkey.application.contract;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.port.Organizations;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Organization;
import org.junit.jupiter.api.Test;

/** The contract of {@link Organizations}: unique by id and by name, listed by name. */
public abstract class OrganizationsContract extends StorageContract {

    private Organizations organizations() {
        return storage().organizations();
    }

    @Test
    public void findWhenAddedThenReturnsEveryField() {
        Organization organization = anOrganization().withId("o-1").named("acme").createdAt(T0.plusMillis(9)).build();

        organizations().add(organization);

        assertThat(organizations().find(organization.id())).contains(organization);
    }

    @Test
    public void findByNameWhenAddedThenReturnsTheOrganization() {
        Organization globex = anOrganization().named("globex").build();
        organizations().add(anOrganization().named("acme").build());
        organizations().add(globex);

        assertThat(organizations().findByName(new OrgName("globex"))).contains(globex);
    }

    @Test
    public void findWhenUnknownThenEmpty() {
        organizations().add(anOrganization().build());

        assertThat(organizations().find(new OrgId("no-such-org"))).isEmpty();
        assertThat(organizations().findByName(new OrgName("no-such-org"))).isEmpty();
    }

    @Test
    public void addWhenNameIsTakenThenFailsAndKeepsTheFirstOrganization() {
        Organization first = anOrganization().named("initech").build();
        organizations().add(first);

        assertThatThrownBy(() -> organizations().add(anOrganization().named("initech").build()))
                .isInstanceOf(RuntimeException.class);

        assertThat(organizations().findByName(new OrgName("initech"))).contains(first);
        assertThat(organizations().all()).containsExactly(first);
    }

    @Test
    public void addWhenIdIsTakenThenFailsAndKeepsTheFirstOrganization() {
        Organization first = anOrganization().withId("same-id").named("hooli").build();
        organizations().add(first);

        assertThatThrownBy(() -> organizations().add(anOrganization().withId("same-id").named("piedpiper").build()))
                .isInstanceOf(RuntimeException.class);

        assertThat(organizations().find(first.id())).contains(first);
        assertThat(organizations().findByName(new OrgName("piedpiper"))).isEmpty();
    }

    @Test
    public void allWhenSeveralOrganizationsThenByName() {
        Organization umbrella = anOrganization().named("umbrella").createdAt(T0).build();
        Organization acme = anOrganization().named("acme").createdAt(T0.plusSeconds(2)).build();
        Organization globex = anOrganization().named("globex").createdAt(T0.plusSeconds(1)).build();
        organizations().add(umbrella);
        organizations().add(acme);
        organizations().add(globex);

        assertThat(organizations().all()).containsExactly(acme, globex, umbrella);
    }

    @Test
    public void allWhenNoOrganizationThenEmpty() {
        assertThat(organizations().all()).isEmpty();
    }
}
