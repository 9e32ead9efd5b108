package dev.latchkey.application.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Owners and admins add an existing user to their organization (a user may belong to several); only
 * owners give the owner role; a plain member is not allowed; anyone outside gets "not found".
 */
final class AddExistingMemberTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final TwoOrganizations cast = new TwoOrganizations(storage);
    private final MutableClock clock = new MutableClock();
    private final AddExistingMember addExistingMember = new AddExistingMember(storage.users(),
            storage.organizations(), storage.memberships(), storage.transactions(), clock);

    private AddExistingMember.Result add(User actor, OrgId organization, String username, Role role) {
        return addExistingMember.add(new AddExistingMember.Command(actor.id(), organization, username, role));
    }

    private AddExistingMember.Result addToAcme(User actor, String username, Role role) {
        return add(actor, cast.acme.id(), username, role);
    }

    @Test
    void addWhenAdminAddsAUserOfAnotherOrganizationThenTheyBelongToBothFromNow() {
        Instant now = clock.advance(Duration.ofMinutes(1));

        AddExistingMember.Result result = addToAcme(cast.adam, "gina", Role.MEMBER);

        assertThat(result).isEqualTo(new AddExistingMember.Added(cast.acme, new Member(cast.gina, Role.MEMBER, now)));
        assertThat(storage.memberships().ofUser(cast.gina.id())).extracting(Membership::orgId)
                .containsExactly(cast.globex.id(), cast.acme.id());
    }

    @Test
    void addWhenTheUsernameIsTypedInAnotherCaseThenTheUserIsFound() {
        assertThat(addToAcme(cast.olivia, "  Stan ", Role.ADMIN)).isInstanceOf(AddExistingMember.Added.class);
        assertThat(storage.memberships().find(cast.stan.id(), cast.acme.id()).orElseThrow().role())
                .isEqualTo(Role.ADMIN);
    }

    @Test
    void addWhenAdminGivesTheOwnerRoleThenForbiddenAndNothingChanges() {
        AddExistingMember.Result result = addToAcme(cast.adam, "stan", Role.OWNER);

        assertThat(result).isEqualTo(new AddExistingMember.Forbidden("Only an owner can make someone an owner."));
        assertThat(storage.memberships().find(cast.stan.id(), cast.acme.id())).isEmpty();
    }

    @Test
    void addWhenOwnerGivesTheOwnerRoleThenAdded() {
        assertThat(addToAcme(cast.olivia, "stan", Role.OWNER)).isInstanceOf(AddExistingMember.Added.class);
        assertThat(storage.memberships().find(cast.stan.id(), cast.acme.id()).orElseThrow().role())
                .isEqualTo(Role.OWNER);
    }

    @Test
    void addWhenNoUserHasThatNameThenRejectedSayingSo() {
        AddExistingMember.Result result = addToAcme(cast.olivia, "nobody", Role.MEMBER);

        assertThat(result).isInstanceOf(AddExistingMember.Rejected.class);
        assertThat(((AddExistingMember.Rejected) result).reason()).startsWith("There is no user named nobody.");
    }

    @Test
    void addWhenTheNameIsNotAUsernameThenRejectedLikeAnUnknownOne() {
        assertThat(addToAcme(cast.olivia, "not a name!", Role.MEMBER)).isInstanceOf(AddExistingMember.Rejected.class);
    }

    @Test
    void addWhenAlreadyAMemberThenRejectedAndTheRoleStays() {
        AddExistingMember.Result result = addToAcme(cast.olivia, "mia", Role.ADMIN);

        assertThat(result).isEqualTo(new AddExistingMember.Rejected(
                "mia is already a member of acme, as member; change their role in the list instead."));
        assertThat(storage.memberships().find(cast.mia.id(), cast.acme.id()).orElseThrow().role())
                .isEqualTo(Role.MEMBER);
    }

    @Test
    void addWhenPlainMemberThenForbidden() {
        assertThat(addToAcme(cast.mia, "stan", Role.MEMBER)).isInstanceOf(AddExistingMember.Forbidden.class);
        assertThat(storage.memberships().ofUser(cast.stan.id())).isEmpty();
    }

    @Test
    void addWhenTheActorIsNotInTheOrganizationThenNotFoundAndNothingChanges() {
        assertThat(add(cast.gus, cast.acme.id(), "stan", Role.MEMBER)).isEqualTo(new AddExistingMember.NotFound());
        assertThat(add(cast.gus, cast.acme.id(), "nobody", Role.MEMBER)).isEqualTo(new AddExistingMember.NotFound());
        assertThat(add(cast.gus, new OrgId("no-such-org"), "stan", Role.MEMBER))
                .isEqualTo(new AddExistingMember.NotFound());
        assertThat(storage.memberships().ofUser(cast.stan.id())).isEmpty();
    }
}
