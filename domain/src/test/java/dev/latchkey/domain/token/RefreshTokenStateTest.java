package dev.latchkey.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The states of a refresh token and the decisions about it are complete values. */
final class RefreshTokenStateTest {

    @Test
    void rotatedWhenSuccessorOrTimeMissingThenRefused() {
        assertThatNullPointerException().isThrownBy(() -> new RefreshTokenState.Rotated(null, new RefreshTokenId("x")));
        assertThatNullPointerException().isThrownBy(() -> new RefreshTokenState.Rotated(Instant.EPOCH, null));
        assertThatNullPointerException().isThrownBy(() -> new RefreshTokenState.Revoked(null));
    }

    @Test
    void retryAfterLostResponseWhenSuccessorMissingThenRefused() {
        assertThatNullPointerException().isThrownBy(() -> new RefreshDecision.RetryAfterLostResponse(null));
    }

    @Test
    void refreshTokenIdWhenOver64CharactersThenRefused() {
        assertThat(new RefreshTokenId("r".repeat(64))).hasToString("r".repeat(64));
        assertThatIllegalArgumentException().isThrownBy(() -> new RefreshTokenId("r".repeat(65)));
    }
}
