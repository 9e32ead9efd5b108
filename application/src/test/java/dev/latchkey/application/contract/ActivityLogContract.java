package dev.latchkey.application.contract;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aProxiedCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.latchkey.application.port.ActivityLog;
import dev.latchkey.domain.audit.ProxiedCall;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ActivityLog}: every call the gateway forwarded, read back newest first, and
 * {@code recent} sees every call recorded before it, however the adapter buffers the writes.
 */
public abstract class ActivityLogContract extends StorageContract {

    private ActivityLog activity() {
        return storage().activityLog();
    }

    @Test
    public void recentWhenRecordedThenReturnsEveryField() {
        ProxiedCall call = aProxiedCall().at(T0.plusMillis(17)).by("user-9").in("org-9").from("client-9")
                .to("notes").withHttpMethod("POST").callingTool("search_notes \u2713").answered(502)
                .took(Duration.ofNanos(1_234_567_891)).build();

        activity().record(call);

        assertThat(activity().recent(10)).containsExactly(call);
    }

    @Test
    public void recentWhenMethodAndToolAreAbsentThenReturnsThemAbsent() {
        ProxiedCall call = aProxiedCall().withHttpMethod("GET").withoutRpcMethod().answered(200)
                .took(Duration.ZERO).build();

        activity().record(call);

        ProxiedCall found = activity().recent(1).getFirst();
        assertThat(found).isEqualTo(call);
        assertThat(found.rpcMethod()).isEmpty();
        assertThat(found.toolName()).isEmpty();
    }

    @Test
    public void recentWhenAMethodButNoToolThenOnlyTheMethod() {
        ProxiedCall call = aProxiedCall().withRpcMethod("initialize,notifications/initialized").build();

        activity().record(call);

        assertThat(activity().recent(1)).containsExactly(call);
        assertThat(activity().recent(1).getFirst().toolName()).isEmpty();
    }

    @Test
    public void recentWhenMoreThanTheLimitThenReturnsTheNewestFirst() {
        ProxiedCall oldest = aProxiedCall().at(T0).build();
        ProxiedCall second = aProxiedCall().at(T0.plusSeconds(1)).build();
        ProxiedCall third = aProxiedCall().at(T0.plusSeconds(2)).build();
        ProxiedCall newest = aProxiedCall().at(T0.plusSeconds(3)).build();
        activity().record(second);
        activity().record(newest);
        activity().record(oldest);
        activity().record(third);

        assertThat(activity().recent(3)).containsExactly(newest, third, second);
        assertThat(activity().recent(10)).containsExactly(newest, third, second, oldest);
    }

    @Test
    public void recentWhenRecordedAtTheSameInstantThenLatestRecordedFirst() {
        ProxiedCall first = aProxiedCall().at(T0).callingTool("first").build();
        ProxiedCall second = aProxiedCall().at(T0).callingTool("second").build();
        ProxiedCall third = aProxiedCall().at(T0).callingTool("third").build();
        activity().record(first);
        activity().record(second);
        activity().record(third);

        assertThat(activity().recent(10)).containsExactly(third, second, first);
    }

    @Test
    public void recentWhenRecordedInsideATransactionThatRollsBackThenTheCallIsKept() {
        ProxiedCall call = aProxiedCall().build();

        try {
            storage().transactions().inTransaction(() -> {
                activity().record(call);
                throw new IllegalStateException("the work failed on purpose");
            });
        } catch (IllegalStateException expected) {
            // The call was forwarded whatever happened to the transaction around the recording.
        }

        assertThat(activity().recent(10)).containsExactly(call);
    }

    @Test
    public void recentWhenNothingRecordedThenEmpty() {
        assertThat(activity().recent(10)).isEmpty();
    }

    @Test
    public void recentWhenLimitIsZeroThenEmpty() {
        activity().record(aProxiedCall().build());

        assertThat(activity().recent(0)).isEmpty();
    }

    @Test
    public void recentWhenLimitIsNegativeThenRefusesIt() {
        activity().record(aProxiedCall().build());

        assertThatIllegalArgumentException().isThrownBy(() -> activity().recent(-1));
    }
}
