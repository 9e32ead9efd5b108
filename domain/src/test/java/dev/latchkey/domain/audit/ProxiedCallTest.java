package dev.latchkey.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One call the gateway forwarded, as the activity log keeps it: who, where, what and how it ended. */
final class ProxiedCallTest {

    private static ProxiedCall call(Optional<String> rpcMethod, Optional<String> toolName) {
        return new ProxiedCall(Instant.EPOCH, new UserId("u-1"), new OrgId("o-1"), new ClientId("c-1"),
                new ResourceName("notes"), "POST", rpcMethod, toolName, 200, Duration.ofMillis(12));
    }

    @Test
    void buildWhenEveryFieldGivenThenKeepsThem() {
        ProxiedCall call = call(Optional.of("tools/call"), Optional.of("search"));

        assertThat(call.rpcMethod()).contains("tools/call");
        assertThat(call.toolName()).contains("search");
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.duration()).isEqualTo(Duration.ofMillis(12));
    }

    @Test
    void buildWhenMethodAndToolAreLongerThan200CharactersThenCutTo200() {
        ProxiedCall call = call(Optional.of("m".repeat(201)), Optional.of("t".repeat(5000)));

        assertThat(call.rpcMethod()).contains("m".repeat(200));
        assertThat(call.toolName()).contains("t".repeat(200));
    }

    @Test
    void buildWhenMethodAndToolAreAbsentThenEmpty() {
        ProxiedCall call = call(Optional.empty(), Optional.empty());

        assertThat(call.rpcMethod()).isEmpty();
        assertThat(call.toolName()).isEmpty();
    }

    @Test
    void buildWhenAnOptionalIsNullThenRefused() {
        assertThatNullPointerException().isThrownBy(() -> call(null, Optional.empty()));
        assertThatNullPointerException().isThrownBy(() -> call(Optional.empty(), null));
    }
}
