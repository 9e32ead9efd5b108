package dev.latchkey.domain.token;

import java.util.Objects;

/** What presenting a refresh token means; see {@link IssuedRefreshToken#decide}. */
public sealed interface RefreshDecision permits RefreshDecision.Rotate, RefreshDecision.RetryAfterLostResponse,
        RefreshDecision.Reused, RefreshDecision.Expired, RefreshDecision.AlreadyRevoked {

    /** Exchange it: mark it rotated and issue a successor. */
    record Rotate() implements RefreshDecision {}

    /** A retry within the grace window: invalidate {@code unusedSuccessor} and issue a new successor. */
    record RetryAfterLostResponse(RefreshTokenId unusedSuccessor) implements RefreshDecision {
        public RetryAfterLostResponse {
            Objects.requireNonNull(unusedSuccessor, "unusedSuccessor");
        }
    }

    /** Reuse of a rotated token: revoke the whole grant and record a security event. */
    record Reused() implements RefreshDecision {}

    /** Past its lifetime. */
    record Expired() implements RefreshDecision {}

    /** Revoked before. */
    record AlreadyRevoked() implements RefreshDecision {}
}
