package dev.latchkey.application.gateway;

import static dev.latchkey.application.fixtures.Fixtures.aProxiedCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.domain.audit.ProxiedCall;
import org.junit.jupiter.api.Test;

/** Recording a forwarded call in the activity log: who, where, what and how it ended, never a body. */
final class RecordProxiedCallTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final RecordProxiedCall record = new RecordProxiedCall(storage.activityLog());

    @Test
    void recordWhenACallWasForwardedThenTheActivityLogHasIt() {
        ProxiedCall call = aProxiedCall().callingTool("search").answered(200).build();

        record.record(new RecordProxiedCall.Command(call));

        assertThat(storage.activityLog().recent(10)).containsExactly(call);
    }

    @Test
    void recordWhenSeveralCallsThenEachIsKept() {
        ProxiedCall first = aProxiedCall().build();
        ProxiedCall second = aProxiedCall().withoutRpcMethod().withHttpMethod("GET").build();

        record.record(new RecordProxiedCall.Command(first));
        record.record(new RecordProxiedCall.Command(second));

        assertThat(storage.activityLog().recent(10)).containsExactly(second, first);
    }

    @Test
    void commandWhenNoCallThenRefused() {
        assertThatNullPointerException().isThrownBy(() -> new RecordProxiedCall.Command(null));
    }
}
