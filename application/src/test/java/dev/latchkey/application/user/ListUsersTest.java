package dev.latchkey.application.user;

import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.User;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Listing users with their organizations and roles ({@code users list}). */
final class ListUsersTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final ListUsers listUsers = new ListUsers(storage.users(), storage.memberships(), storage.organizations());

    @Test
    void listWhenNoUsersThenEmpty() {
        assertThat(listUsers.list()).isEmpty();
    }

    @Test
    void listWhenUsersExistThenEachByUsernameWithTheirOrganizationsInTheOrderJoined() {
        User bob = aUser().named("bob").build();
        User alice = aUser().named("alice").build();
        User carol = aUser().named("carol").disabled().build();
        storage.users().add(bob);
        storage.users().add(alice);
        storage.users().add(carol);
        Organization acme = anOrganization().named("acme").build();
        Organization globex = anOrganization().named("globex").build();
        storage.organizations().add(acme);
        storage.organizations().add(globex);
        storage.memberships().put(aMembership().of(alice).in(globex).as(Role.MEMBER).build());
        storage.memberships().put(aMembership().of(alice).in(acme).as(Role.OWNER)
                .since(globex.createdAt().plus(Duration.ofDays(1))).build());
        storage.memberships().put(aMembership().of(bob).in(acme).as(Role.ADMIN).build());

        assertThat(listUsers.list()).containsExactly(
                new ListUsers.Listed(alice, List.of(new ListUsers.MemberOf(globex, Role.MEMBER),
                        new ListUsers.MemberOf(acme, Role.OWNER))),
                new ListUsers.Listed(bob, List.of(new ListUsers.MemberOf(acme, Role.ADMIN))),
                new ListUsers.Listed(carol, List.of()));
    }
}
