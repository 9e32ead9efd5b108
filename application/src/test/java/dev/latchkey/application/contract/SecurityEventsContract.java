package dev.latchkey.application.contract;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aSecurityEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.latchkey.application.port.SecurityEvents;
import dev.latchkey.domain.audit.SecurityEvent;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SecurityEvents}: the log of refresh token reuse (RFC 9700 §4.14.2) and code
 * replay (RFC 6749 §4.1.2), read back newest first.
 */
public abstract class SecurityEventsContract extends StorageContract {

    private SecurityEvents events() {
        return storage().securityEvents();
    }

    @Test
    public void recentWhenRecordedThenReturnsEveryField() {
        SecurityEvent event = aSecurityEvent().ofKind(SecurityEvent.Kind.AUTHORIZATION_CODE_REPLAYED)
                .at(T0.plusMillis(17)).withClientId("client-9").withUserId("user-9").withGrantId("grant-9")
                .describedAs("An authorization code was presented again; its grant was revoked.").build();

        events().record(event);

        assertThat(events().recent(10)).containsExactly(event);
    }

    @Test
    public void recentWhenOptionalIdsAreAbsentThenReturnsThemAbsent() {
        SecurityEvent event = aSecurityEvent().build();

        events().record(event);

        SecurityEvent found = events().recent(1).getFirst();
        assertThat(found).isEqualTo(event);
        assertThat(found.clientId()).isEmpty();
        assertThat(found.userId()).isEmpty();
        assertThat(found.grantId()).isEmpty();
    }

    @Test
    public void recentWhenEveryKindIsRecordedThenReturnsEachKind() {
        SecurityEvent.Kind[] kinds = SecurityEvent.Kind.values();
        for (int i = 0; i < kinds.length; i++) {
            events().record(aSecurityEvent().ofKind(kinds[i]).at(T0.plusSeconds(i)).build());
        }

        assertThat(events().recent(kinds.length)).extracting(SecurityEvent::kind)
                .containsExactlyInAnyOrder(kinds);
    }

    @Test
    public void recentWhenMoreThanTheLimitThenReturnsTheNewestFirst() {
        SecurityEvent oldest = aSecurityEvent().at(T0).build();
        SecurityEvent second = aSecurityEvent().at(T0.plusSeconds(1)).build();
        SecurityEvent third = aSecurityEvent().at(T0.plusSeconds(2)).build();
        SecurityEvent newest = aSecurityEvent().at(T0.plusSeconds(3)).build();
        events().record(second);
        events().record(newest);
        events().record(oldest);
        events().record(third);

        assertThat(events().recent(3)).containsExactly(newest, third, second);
    }

    @Test
    public void recentWhenRecordedAtTheSameInstantThenLatestRecordedFirst() {
        SecurityEvent first = aSecurityEvent().at(T0).describedAs("first").build();
        SecurityEvent second = aSecurityEvent().at(T0).describedAs("second").build();
        SecurityEvent third = aSecurityEvent().at(T0).describedAs("third").build();
        events().record(first);
        events().record(second);
        events().record(third);

        assertThat(events().recent(10)).containsExactly(third, second, first);
    }

    @Test
    public void recentWhenNothingRecordedThenEmpty() {
        assertThat(events().recent(10)).isEmpty();
    }

    @Test
    public void recentWhenLimitIsZeroThenEmpty() {
        events().record(aSecurityEvent().build());

        assertThat(events().recent(0)).isEmpty();
    }

    @Test
    public void recentWhenLimitIsNegativeThenRefusesIt() {
        events().record(aSecurityEvent().build());

        assertThatIllegalArgumentException().isThrownBy(() -> events().recent(-1));
    }
}
