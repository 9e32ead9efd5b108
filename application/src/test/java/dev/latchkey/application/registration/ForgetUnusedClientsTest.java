package dev.latchkey.application.registration;

import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.RegistrationSource;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Open registration (RFC 7591 §3) lets anyone add clients; a dynamically registered client that has not
 * completed a flow (no grant) within 24 hours is forgotten. Real MCP clients register again when told
 * {@code invalid_client}.
 */
final class ForgetUnusedClientsTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final MutableClock clock = new MutableClock();
    private final ForgetUnusedClients forget = new ForgetUnusedClients(storage.clients(), storage.transactions(),
            clock);

    private Client stored(Client client) {
        storage.clients().add(client);
        return client;
    }

    @Test
    void forgetWhenADynamicClientHasWaitedMoreThanADayWithoutAGrantThenRemovesItAndCountsIt() {
        Instant now = clock.instant();
        Client old = stored(aPublicClient().registeredAt(now.minus(Duration.ofHours(25))).build());

        assertThat(forget.forget()).isEqualTo(1);

        assertThat(storage.clients().find(old.id())).isEmpty();
    }

    @Test
    void forgetWhenADynamicClientRegisteredLessThanADayAgoThenKeepsIt() {
        Instant now = clock.instant();
        Client recent = stored(aPublicClient().registeredAt(now.minus(Duration.ofHours(23))).build());
        Client exactlyADay = stored(aPublicClient().registeredAt(now.minus(ForgetUnusedClients.GRACE)).build());

        assertThat(forget.forget()).isZero();

        assertThat(storage.clients().all()).containsExactly(exactlyADay, recent);
    }

    @Test
    void forgetWhenTheClientCompletedAFlowThenKeepsIt() {
        Client used = stored(aPublicClient().registeredAt(clock.instant().minus(Duration.ofDays(30))).build());
        storage.grants().add(aGrant().of(aUser().build()).in(anOrganization().build()).to(used).build());

        assertThat(forget.forget()).isZero();

        assertThat(storage.clients().find(used.id())).contains(used);
    }

    @Test
    void forgetWhenClientsWereNotRegisteredDynamicallyThenKeepsThem() {
        Instant longAgo = clock.instant().minus(Duration.ofDays(30));
        Client admin = stored(aPublicClient().registeredBy(RegistrationSource.ADMIN).registeredAt(longAgo).build());
        Client document = stored(aPublicClient().withId("https://app.example.com/client.json")
                .registeredBy(RegistrationSource.METADATA_DOCUMENT).registeredAt(longAgo).build());

        assertThat(forget.forget()).isZero();

        assertThat(storage.clients().all()).containsExactly(admin, document);
    }

    @Test
    void forgetWhenTheClockMovesOnThenAClientKeptEarlierIsRemovedLater() {
        Client client = stored(aPublicClient().registeredAt(clock.instant()).build());
        assertThat(forget.forget()).isZero();

        clock.advance(Duration.ofHours(24).plusMillis(1));

        assertThat(forget.forget()).isEqualTo(1);
        assertThat(storage.clients().find(client.id())).isEmpty();
    }
}
