package dev.latchkey.application.grant;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientProfile;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.Username;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listing grants newest first, with the names a person reads ({@code grants list [--user USERNAME]}). */
final class ListGrantsTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final ListGrants listGrants = new ListGrants(storage.grants(), storage.users(), storage.organizations(),
            storage.clients());

    private final User alice = aUser().named("alice").build();
    private final User bob = aUser().named("bob").build();
    private final Organization acme = anOrganization().named("acme").build();
    private final Client cursor = aPublicClient().withProfile(new ClientProfile(Optional.of("Cursor"),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
            Optional.empty())).build();

    @BeforeEach
    void storeParties() {
        storage.users().add(alice);
        storage.users().add(bob);
        storage.organizations().add(acme);
        storage.clients().add(cursor);
    }

    private Grant storedGrant(User user, int secondsAfterT0) {
        Grant grant = aGrant().of(user).in(acme).to(cursor).createdAt(T0.plusSeconds(secondsAfterT0)).build();
        storage.grants().add(grant);
        return grant;
    }

    private List<ListGrants.Listed> found(ListGrants.Result result) {
        assertThat(result).isInstanceOf(ListGrants.Found.class);
        return ((ListGrants.Found) result).grants();
    }

    @Test
    void listWhenEveryoneThenAllGrantsNewestFirstWithNames() {
        Grant older = storedGrant(alice, 0);
        Grant newer = storedGrant(bob, 10);
        storage.grants().revoke(older.id(), T0.plusSeconds(20));

        List<ListGrants.Listed> listed = found(listGrants.list(new ListGrants.Command(Optional.empty())));

        assertThat(listed).extracting(listedGrant -> listedGrant.grant().id()).containsExactly(newer.id(), older.id());
        assertThat(listed.getFirst()).isEqualTo(new ListGrants.Listed(newer, "bob", "acme", "Cursor"));
        assertThat(listed.get(1).grant().isActive()).isFalse();
    }

    @Test
    void listWhenOneUserThenOnlyTheirGrants() {
        Grant alices = storedGrant(alice, 0);
        storedGrant(bob, 10);

        List<ListGrants.Listed> listed = found(listGrants.list(new ListGrants.Command(Optional.of(new Username("alice")))));

        assertThat(listed).containsExactly(new ListGrants.Listed(alices, "alice", "acme", "Cursor"));
    }

    @Test
    void listWhenTheUserIsUnknownThenRejectedNamingThem() {
        ListGrants.Result result = listGrants.list(new ListGrants.Command(Optional.of(new Username("nobody"))));

        assertThat(result).isInstanceOfSatisfying(ListGrants.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("nobody"));
    }

    @Test
    void listWhenNamesAreGoneThenTheIdsAreShownInstead() {
        // The fakes accept a grant whose user, organization and client are not stored.
        Grant orphan = aGrant().createdAt(T0).build();
        storage.grants().add(orphan);

        List<ListGrants.Listed> listed = found(listGrants.list(new ListGrants.Command(Optional.empty())));

        assertThat(listed).containsExactly(new ListGrants.Listed(orphan, orphan.userId().value(),
                orphan.orgId().value(), orphan.clientId().value()));
    }

    @Test
    void listWhenNoGrantThenEmpty() {
        assertThat(found(listGrants.list(new ListGrants.Command(Optional.empty())))).isEmpty();
    }
}
