package dev.latchkey.application.activity;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aProxiedCall;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.domain.audit.ProxiedCall;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientProfile;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.user.User;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The newest calls the gateway forwarded, with the names people read ({@code activity list [--limit N]}). */
final class ListActivityTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final ListActivity listActivity = new ListActivity(storage.activityLog(), storage.users(),
            storage.organizations(), storage.clients());

    private List<ProxiedCall> calls(int limit) {
        return listActivity.list(new ListActivity.Command(limit)).stream().map(ListActivity.Listed::call).toList();
    }

    @Test
    void listWhenNothingForwardedThenEmpty() {
        assertThat(listActivity.list(new ListActivity.Command(10))).isEmpty();
    }

    @Test
    void listWhenMoreCallsThanTheLimitThenTheNewestFirst() {
        ProxiedCall oldest = aProxiedCall().at(T0).build();
        ProxiedCall middle = aProxiedCall().at(T0.plusSeconds(1)).build();
        ProxiedCall newest = aProxiedCall().at(T0.plusSeconds(2)).build();
        storage.activityLog().record(oldest);
        storage.activityLog().record(newest);
        storage.activityLog().record(middle);

        assertThat(calls(2)).containsExactly(newest, middle);
        assertThat(calls(10)).containsExactly(newest, middle, oldest);
    }

    @Test
    void listWhenTheUserOrganizationAndClientExistThenTheirNames() {
        User alice = aUser().named("alice").build();
        Organization acme = anOrganization().named("acme").build();
        Client cursor = aPublicClient().withProfile(new ClientProfile(Optional.of("Cursor"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty()))
                .build();
        storage.users().add(alice);
        storage.organizations().add(acme);
        storage.clients().add(cursor);
        ProxiedCall call = aProxiedCall().by(alice.id().value()).in(acme.id().value()).from(cursor.id().value()).build();
        storage.activityLog().record(call);

        assertThat(listActivity.list(new ListActivity.Command(1)))
                .containsExactly(new ListActivity.Listed(call, "alice", "acme", "Cursor"));
    }

    @Test
    void listWhenTheUserOrganizationAndClientWereDeletedThenTheirIds() {
        ProxiedCall call = aProxiedCall().by("user-gone").in("org-gone").from("client-gone").build();
        storage.activityLog().record(call);

        assertThat(listActivity.list(new ListActivity.Command(1)))
                .containsExactly(new ListActivity.Listed(call, "user-gone", "org-gone", "client-gone"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10_001})
    void commandWhenLimitIsOutOfRangeThenRefused(int limit) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ListActivity.Command(limit))
                .withMessageContaining("between 1 and 10000");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10_000})
    void commandWhenLimitIsAtTheBoundsThenAccepted(int limit) {
        assertThat(new ListActivity.Command(limit).limit()).isEqualTo(limit);
    }
}
