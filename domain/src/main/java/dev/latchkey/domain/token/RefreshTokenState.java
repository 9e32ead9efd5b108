package dev.latchkey.domain.token;

import java.time.Instant;
import java.util.Objects;

/**
 * The life of a refresh token: {@link Active} until used once, then {@link Rotated} into a successor,
 * or {@link Revoked} with its grant.
 */
public sealed interface RefreshTokenState
        permits RefreshTokenState.Active, RefreshTokenState.Rotated, RefreshTokenState.Revoked {

    /** Not used yet; the one token of its chain that may be exchanged. */
    record Active() implements RefreshTokenState {}

    /** Exchanged at {@code at}; {@code successor} replaced it. */
    record Rotated(Instant at, RefreshTokenId successor) implements RefreshTokenState {
        public Rotated {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(successor, "successor");
        }
    }

    /** Ended at {@code at}, by revocation or because it was superseded after a lost response. */
    record Revoked(Instant at) implements RefreshTokenState {
        public Revoked {
            Objects.requireNonNull(at, "at");
        }
    }
}
