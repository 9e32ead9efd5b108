package dev.latchkey.domain.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.secret.SecretHash;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Refresh token rotation with reuse detection (RFC 9700 §4.14.2, OAuth 2.1 §4.3.1), with a short grace
 * window for a client whose rotation response was lost.
 */
final class IssuedRefreshTokenTest {

    private static final Instant ISSUED = Instant.parse("2025-06-01T12:00:00Z");
    private static final Instant EXPIRES = ISSUED.plus(Duration.ofDays(30));
    private static final Instant ROTATED_AT = ISSUED.plus(Duration.ofHours(1));
    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final RefreshTokenId SUCCESSOR_ID = new RefreshTokenId("rt-2");

    private static IssuedRefreshToken aToken(String id, RefreshTokenState state) {
        return new IssuedRefreshToken(new RefreshTokenId(id), new GrantId("grant-1"),
                SecretHash.of("refresh-token-" + id + "-in-the-clear"), ISSUED, EXPIRES, state);
    }

    private static IssuedRefreshToken rotated() {
        return aToken("rt-1", new RefreshTokenState.Rotated(ROTATED_AT, SUCCESSOR_ID));
    }

    private static Optional<IssuedRefreshToken> successor(RefreshTokenState state) {
        return Optional.of(new IssuedRefreshToken(SUCCESSOR_ID, new GrantId("grant-1"),
                SecretHash.of("refresh-token-rt-2-in-the-clear"), ROTATED_AT, ROTATED_AT.plus(Duration.ofDays(30)),
                state));
    }

    // --- Active --------------------------------------------------------------------------------

    @Test
    void decideWhenActiveAndUnexpiredThenRotate() {
        RefreshDecision decision = aToken("rt-1", new RefreshTokenState.Active())
                .decide(Optional.empty(), ROTATED_AT, GRACE);

        assertThat(decision).isEqualTo(new RefreshDecision.Rotate());
    }

    @Test
    void decideWhenActiveOneNanosecondBeforeExpiryThenRotate() {
        RefreshDecision decision = aToken("rt-1", new RefreshTokenState.Active())
                .decide(Optional.empty(), EXPIRES.minusNanos(1), GRACE);

        assertThat(decision).isEqualTo(new RefreshDecision.Rotate());
    }

    @Test
    void decideWhenActiveExactlyAtExpiryThenExpired() {
        RefreshDecision decision = aToken("rt-1", new RefreshTokenState.Active())
                .decide(Optional.empty(), EXPIRES, GRACE);

        assertThat(decision).isEqualTo(new RefreshDecision.Expired());
    }

    @Test
    void decideWhenActiveButLongExpiredThenExpired() {
        RefreshDecision decision = aToken("rt-1", new RefreshTokenState.Active())
                .decide(Optional.empty(), EXPIRES.plus(Duration.ofDays(1)), GRACE);

        assertThat(decision).isEqualTo(new RefreshDecision.Expired());
    }

    // --- Revoked -------------------------------------------------------------------------------

    @Test
    void decideWhenRevokedThenAlreadyRevoked() {
        RefreshDecision decision = aToken("rt-1", new RefreshTokenState.Revoked(ROTATED_AT))
                .decide(Optional.empty(), ROTATED_AT.plusSeconds(1), GRACE);

        assertThat(decision).isEqualTo(new RefreshDecision.AlreadyRevoked());
    }

    @Test
    void decideWhenRevokedAndExpiredThenStillAlreadyRevoked() {
        RefreshDecision decision = aToken("rt-1", new RefreshTokenState.Revoked(ROTATED_AT))
                .decide(Optional.empty(), EXPIRES.plusSeconds(1), GRACE);

        assertThat(decision).isEqualTo(new RefreshDecision.AlreadyRevoked());
    }

    // --- Rotated: lost response retry vs reuse --------------------------------------------------

    @Test
    void decideWhenRotatedWithinGraceAndSuccessorUnusedThenRetryAfterLostResponseNamingTheSuccessor() {
        RefreshDecision decision = rotated().decide(successor(new RefreshTokenState.Active()),
                ROTATED_AT.plusSeconds(5), GRACE);

        assertThat(decision).isEqualTo(new RefreshDecision.RetryAfterLostResponse(SUCCESSOR_ID));
    }

    @Test
    void decideWhenRotatedAndPresentedAtTheVeryInstantOfRotationThenRetryAfterLostResponse() {
        RefreshDecision decision = rotated().decide(successor(new RefreshTokenState.Active()), ROTATED_AT, GRACE);

        assertThat(decision).isEqualTo(new RefreshDecision.RetryAfterLostResponse(SUCCESSOR_ID));
    }

    @Test
    void decideWhenRotatedOneNanosecondBeforeGraceEndsThenRetryAfterLostResponse() {
        RefreshDecision decision = rotated().decide(successor(new RefreshTokenState.Active()),
                ROTATED_AT.plus(GRACE).minusNanos(1), GRACE);

        assertThat(decision).isEqualTo(new RefreshDecision.RetryAfterLostResponse(SUCCESSOR_ID));
    }

    @Test
    void decideWhenRotatedExactlyAtGraceEndThenReused() {
        RefreshDecision decision = rotated().decide(successor(new RefreshTokenState.Active()),
                ROTATED_AT.plus(GRACE), GRACE);

        assertThat(decision).isEqualTo(new RefreshDecision.Reused());
    }

    @Test
    void decideWhenRotatedAfterGraceThenReused() {
        // RFC 9700 §4.14.2: presenting an invalidated refresh token means one of two parties holds a
        // stolen copy, so the server revokes the active refresh token of the chain.
        RefreshDecision decision = rotated().decide(successor(new RefreshTokenState.Active()),
                ROTATED_AT.plus(Duration.ofHours(1)), GRACE);

        assertThat(decision).isEqualTo(new RefreshDecision.Reused());
    }

    @Test
    void decideWhenRotatedWithinGraceButSuccessorAlreadyRotatedThenReused() {
        // The successor was used, so its response was not lost: the old token is being replayed.
        RefreshDecision decision = rotated().decide(successor(
                new RefreshTokenState.Rotated(ROTATED_AT.plusSeconds(2), new RefreshTokenId("rt-3"))),
                ROTATED_AT.plusSeconds(5), GRACE);

        assertThat(decision).isEqualTo(new RefreshDecision.Reused());
    }

    @Test
    void decideWhenRotatedWithinGraceButSuccessorRevokedThenReused() {
        RefreshDecision decision = rotated().decide(successor(
                new RefreshTokenState.Revoked(ROTATED_AT.plusSeconds(2))), ROTATED_AT.plusSeconds(5), GRACE);

        assertThat(decision).isEqualTo(new RefreshDecision.Reused());
    }

    @Test
    void decideWhenRotatedWithinGraceButSuccessorMissingThenReused() {
        RefreshDecision decision = rotated().decide(Optional.empty(), ROTATED_AT.plusSeconds(5), GRACE);

        assertThat(decision).isEqualTo(new RefreshDecision.Reused());
    }

    @Test
    void decideWhenRotatedWithinGraceButGivenTokenIsNotTheRecordedSuccessorThenReused() {
        Optional<IssuedRefreshToken> stranger = Optional.of(aToken("rt-9", new RefreshTokenState.Active()));

        RefreshDecision decision = rotated().decide(stranger, ROTATED_AT.plusSeconds(5), GRACE);

        assertThat(decision).isEqualTo(new RefreshDecision.Reused());
    }

    @Test
    void decideWhenRotatedAndGraceIsZeroThenAlwaysReused() {
        RefreshDecision decision = rotated().decide(successor(new RefreshTokenState.Active()), ROTATED_AT,
                Duration.ZERO);

        assertThat(decision).isEqualTo(new RefreshDecision.Reused());
    }

    @Test
    void decideWhenRotatedWithinGraceButPresentedTokenPastItsLifetimeThenReused() {
        // The code's rule: an expired token never earns a retry. Rotated just before expiry and
        // retried just after it counts as reuse, not as Expired.
        IssuedRefreshToken lateRotation = aToken("rt-1",
                new RefreshTokenState.Rotated(EXPIRES.minusSeconds(1), SUCCESSOR_ID));

        RefreshDecision decision = lateRotation.decide(successor(new RefreshTokenState.Active()),
                EXPIRES.plusSeconds(1), GRACE);

        assertThat(decision).isEqualTo(new RefreshDecision.Reused());
    }

    // --- Lifetime --------------------------------------------------------------------------------

    @Test
    void isExpiredWhenAtOrAfterExpiresAtThenTrue() {
        IssuedRefreshToken token = aToken("rt-1", new RefreshTokenState.Active());

        assertThat(token.isExpired(EXPIRES.minusNanos(1))).isFalse();
        assertThat(token.isExpired(EXPIRES)).isTrue();
    }
}
