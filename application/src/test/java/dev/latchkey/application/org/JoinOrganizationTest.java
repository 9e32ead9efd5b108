package dev.latchkey.application.org;

import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Adding a user to an organization, or changing their role there ({@code orgs join USERNAME ORG --role ROLE}). */
final class JoinOrganizationTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final MutableClock clock = new MutableClock();
    private final JoinOrganization join = new JoinOrganization(storage.users(), storage.organizations(),
            storage.memberships(), storage.transactions(), clock);

    private final User alice = aUser().named("alice").build();
    private final Organization acme = anOrganization().named("acme").build();

    @BeforeEach
    void storeUserAndOrganization() {
        storage.users().add(alice);
        storage.organizations().add(acme);
    }

    private JoinOrganization.Result join(String username, String organization, Role role) {
        return join.join(new JoinOrganization.Command(new Username(username), new OrgName(organization), role));
    }

    @Test
    void joinWhenNotYetAMemberThenMembershipWithTheRoleSinceNow() {
        Instant now = clock.advance(Duration.ofDays(1));

        JoinOrganization.Result result = join("alice", "acme", Role.ADMIN);

        assertThat(result).isEqualTo(new JoinOrganization.Joined(alice, acme, Role.ADMIN, Optional.empty()));
        assertThat(storage.memberships().find(alice.id(), acme.id()))
                .contains(new Membership(alice.id(), acme.id(), Role.ADMIN, now));
    }

    @Test
    void joinWhenAlreadyAMemberThenTheRoleChangesAndTheJoinDateStays() {
        Instant joined = clock.instant();
        storage.memberships().put(aMembership().of(alice).in(acme).as(Role.MEMBER).since(joined).build());
        clock.advance(Duration.ofDays(3));

        JoinOrganization.Result result = join("alice", "acme", Role.OWNER);

        assertThat(result).isEqualTo(new JoinOrganization.Joined(alice, acme, Role.OWNER, Optional.of(Role.MEMBER)));
        assertThat(storage.memberships().find(alice.id(), acme.id()))
                .contains(new Membership(alice.id(), acme.id(), Role.OWNER, joined));
    }

    @Test
    void joinWhenUserIsUnknownThenRejectedSayingHowToCreateIt() {
        JoinOrganization.Result result = join("bob", "acme", Role.MEMBER);

        assertThat(result).isInstanceOfSatisfying(JoinOrganization.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("bob").contains("users add"));
    }

    @Test
    void joinWhenOrganizationIsUnknownThenRejectedSayingHowToCreateIt() {
        JoinOrganization.Result result = join("alice", "globex", Role.MEMBER);

        assertThat(result).isInstanceOfSatisfying(JoinOrganization.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("globex").contains("orgs add"));
        assertThat(storage.memberships().ofUser(alice.id())).isEmpty();
    }
}
