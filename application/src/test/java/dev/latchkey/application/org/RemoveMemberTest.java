package dev.latchkey.application.org;

import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Removing a user from an organization ({@code orgs remove-member USERNAME ORG}): their grants in it stop
 * being live at once, their other memberships stay.
 */
final class RemoveMemberTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final RemoveMember removeMember = new RemoveMember(storage.users(), storage.organizations(),
            storage.memberships(), storage.transactions());

    private final User alice = aUser().named("alice").build();
    private final Organization acme = anOrganization().named("acme").build();
    private final Organization globex = anOrganization().named("globex").build();

    @BeforeEach
    void storeAMemberOfTwoOrganizations() {
        storage.users().add(alice);
        storage.organizations().add(acme);
        storage.organizations().add(globex);
        storage.memberships().put(aMembership().of(alice).in(acme).build());
        storage.memberships().put(aMembership().of(alice).in(globex).build());
    }

    private RemoveMember.Result remove(String username, String organization) {
        return removeMember.remove(new RemoveMember.Command(new Username(username), new OrgName(organization)));
    }

    private static String rejection(RemoveMember.Result result) {
        assertThat(result).isInstanceOf(RemoveMember.Rejected.class);
        return ((RemoveMember.Rejected) result).reason();
    }

    @Test
    void removeWhenAMemberThenRemovedFromThatOrganizationOnly() {
        RemoveMember.Result result = remove("alice", "acme");

        assertThat(result).isEqualTo(new RemoveMember.Removed(alice, acme));
        assertThat(storage.memberships().find(alice.id(), acme.id())).isEmpty();
        assertThat(storage.memberships().find(alice.id(), globex.id())).isPresent();
    }

    @Test
    void removeWhenAMemberThenTheirGrantsInThatOrganizationAreNoLongerLive() {
        Grant inAcme = aGrant().of(alice).in(acme).build();
        Grant inGlobex = aGrant().of(alice).in(globex).build();
        storage.grants().add(inAcme);
        storage.grants().add(inGlobex);

        remove("alice", "acme");

        assertThat(storage.grants().findLive(inAcme.id())).isEmpty();
        assertThat(storage.grants().findLive(inGlobex.id())).isPresent();
    }

    @Test
    void removeWhenNotAMemberThenRejectedSayingSo() {
        remove("alice", "acme");

        assertThat(rejection(remove("alice", "acme"))).contains("alice").contains("not a member").contains("acme");
    }

    @Test
    void removeWhenTheUserIsUnknownThenRejectedPointingToUsersList() {
        assertThat(rejection(remove("nobody", "acme"))).contains("nobody").contains("users list");
    }

    @Test
    void removeWhenTheOrganizationIsUnknownThenRejectedPointingToOrgsList() {
        assertThat(rejection(remove("alice", "initech"))).contains("initech").contains("orgs list");
        assertThat(storage.memberships().ofUser(alice.id())).hasSize(2);
    }
}
