package dev.latchkey.application.org;

import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.CountingRandomTokens;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Organization;
import org.junit.jupiter.api.Test;

/** Creating an organization ({@code orgs add ORG}); names are unique. */
final class AddOrganizationTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final CountingRandomTokens random = new CountingRandomTokens();
    private final MutableClock clock = new MutableClock();
    private final AddOrganization addOrganization = new AddOrganization(storage.organizations(),
            storage.transactions(), random, clock);

    @Test
    void addWhenNameIsNewThenStoredWithANewIdAtClockTime() {
        AddOrganization.Result result = addOrganization.add(new AddOrganization.Command(new OrgName("acme")));

        Organization expected = new Organization(new OrgId(random.lastId()), new OrgName("acme"), clock.instant());
        assertThat(result).isEqualTo(new AddOrganization.Added(expected));
        assertThat(storage.organizations().findByName(new OrgName("acme"))).contains(expected);
    }

    @Test
    void addWhenNameIsTakenThenRejectedAndTheExistingOneStays() {
        Organization acme = anOrganization().named("acme").build();
        storage.organizations().add(acme);

        AddOrganization.Result result = addOrganization.add(new AddOrganization.Command(new OrgName("acme")));

        assertThat(result).isInstanceOfSatisfying(AddOrganization.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("acme"));
        assertThat(storage.organizations().all()).containsExactly(acme);
    }
}
