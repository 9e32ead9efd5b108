package dev.latchkey.application.authorization;

import static dev.latchkey.application.fixtures.Fixtures.aPendingAuthorization;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.anAuthorizationRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.fixtures.PendingAuthorizationBuilder;
import dev.latchkey.domain.authorization.AuthorizationRequest;
import dev.latchkey.domain.authorization.RequestHandle;
import dev.latchkey.domain.client.Client;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Finding a live pending authorization request for the sign-in page (ADR 0005: 15 minutes to decide). */
final class FindPendingAuthorizationTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final MutableClock clock = new MutableClock();
    private final FindPendingAuthorization find = new FindPendingAuthorization(storage.pendingAuthorizations(),
            storage.clients(), clock);

    private final Client client = aPublicClient().build();
    private final AuthorizationRequest request = anAuthorizationRequest().from(client).build();

    private PendingAuthorizationBuilder storedPending() {
        PendingAuthorizationBuilder pending = aPendingAuthorization().of(request);
        storage.pendingAuthorizations().add(pending.build());
        return pending;
    }

    @Test
    void findWhenRequestIsPendingThenItAndItsClientAreFound() {
        storage.clients().add(client);
        RequestHandle handle = storedPending().handle();

        assertThat(find.find(new FindPendingAuthorization.Command(handle)))
                .contains(new FindPendingAuthorization.Found(client, request));
    }

    @Test
    void findWhenHandleUnknownThenNothing() {
        storage.clients().add(client);
        storedPending();

        assertThat(find.find(new FindPendingAuthorization.Command(new RequestHandle("unknown-handle-0123456789"))))
                .isEmpty();
    }

    @Test
    void findWhenRequestExpiredThenNothing() {
        storage.clients().add(client);
        RequestHandle handle = storedPending().handle();
        clock.advance(Duration.ofMinutes(15));

        assertThat(find.find(new FindPendingAuthorization.Command(handle))).isEmpty();
    }

    @Test
    void findWhenJustBeforeExpiryThenFound() {
        storage.clients().add(client);
        RequestHandle handle = storedPending().handle();
        clock.advance(Duration.ofMinutes(15).minusMillis(1));

        assertThat(find.find(new FindPendingAuthorization.Command(handle))).isPresent();
    }

    @Test
    void findWhenClientIsNoLongerRegisteredThenNothing() {
        RequestHandle handle = storedPending().handle();

        assertThat(find.find(new FindPendingAuthorization.Command(handle))).isEmpty();
    }
}
