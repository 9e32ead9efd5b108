package dev.latchkey.application.user;

import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Disabling a user ({@code users disable USERNAME}) and enabling them again ({@code users enable}): a
 * disabled user's grants are not live, so every token they hold is refused on its next use.
 */
final class SetUserDisabledTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final SetUserDisabled setDisabled = new SetUserDisabled(storage.users(), storage.transactions());

    private final User alice = aUser().named("alice").build();
    private Grant grant;

    @BeforeEach
    void storeAMemberWithAGrant() {
        Organization acme = anOrganization().build();
        storage.users().add(alice);
        storage.organizations().add(acme);
        storage.memberships().put(aMembership().of(alice).in(acme).build());
        grant = aGrant().of(alice).in(acme).build();
        storage.grants().add(grant);
    }

    private SetUserDisabled.Result set(String username, boolean disabled) {
        return setDisabled.set(new SetUserDisabled.Command(new Username(username), disabled));
    }

    @Test
    void setWhenDisablingAnEnabledUserThenDisabledAndTheirGrantsAreNoLongerLive() {
        SetUserDisabled.Result result = set("alice", true);

        assertThat(result).isEqualTo(new SetUserDisabled.Changed(alice, false));
        assertThat(storage.users().find(alice.id()).orElseThrow().disabled()).isTrue();
        assertThat(storage.grants().findLive(grant.id())).isEmpty();
    }

    @Test
    void setWhenDisablingADisabledUserThenChangedWasAlready() {
        set("alice", true);

        SetUserDisabled.Result again = set("alice", true);

        assertThat(again).isInstanceOfSatisfying(SetUserDisabled.Changed.class,
                changed -> assertThat(changed.wasAlready()).isTrue());
        assertThat(storage.users().find(alice.id()).orElseThrow().disabled()).isTrue();
    }

    @Test
    void setWhenEnablingADisabledUserThenEnabledAndTheirGrantsAreLiveAgain() {
        set("alice", true);

        SetUserDisabled.Result result = set("alice", false);

        assertThat(result).isInstanceOfSatisfying(SetUserDisabled.Changed.class,
                changed -> assertThat(changed.wasAlready()).isFalse());
        assertThat(storage.users().find(alice.id())).contains(alice);
        assertThat(storage.grants().findLive(grant.id())).isPresent();
    }

    @Test
    void setWhenEnablingAnEnabledUserThenChangedWasAlready() {
        assertThat(set("alice", false)).isEqualTo(new SetUserDisabled.Changed(alice, true));
    }

    @Test
    void setWhenTheUserIsUnknownThenRejectedNamingThem() {
        assertThat(set("nobody", true)).isInstanceOfSatisfying(SetUserDisabled.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("nobody").contains("users list"));
    }
}
