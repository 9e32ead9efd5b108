package dev.latchkey.domain.authorization;

import dev.latchkey.domain.secret.SecretHash;
import java.time.Instant;
import java.util.Objects;

/**
 * An authorization code as the server remembers it: by hash, with what it stands for, in one of two
 * states. Only an {@link Unredeemed} code can be redeemed (RFC 6749 §4.1.2: "The client MUST NOT use
 * the authorization code more than once"); presenting a {@link Redeemed} one again is a replay, and
 * "the authorization server ... SHOULD revoke (when possible) all tokens previously issued based on
 * that authorization code".
 */
public sealed interface IssuedCode permits IssuedCode.Unredeemed, IssuedCode.Redeemed {

    SecretHash codeHash();

    ApprovedRequest approved();

    Instant issuedAt();

    Instant expiresAt();

    /** Whether the code's short lifetime has passed. */
    default boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt());
    }

    /** A code not yet exchanged. */
    record Unredeemed(SecretHash codeHash, ApprovedRequest approved, Instant issuedAt,
            Instant expiresAt) implements IssuedCode {

        public Unredeemed {
            Objects.requireNonNull(codeHash, "codeHash");
            Objects.requireNonNull(approved, "approved");
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        /** The state after a successful exchange that created {@code grantId}. */
        public Redeemed redeem(GrantId grantId, Instant at) {
            return new Redeemed(codeHash, approved, issuedAt, expiresAt, grantId, at);
        }
    }

    /** A code already exchanged for tokens of {@code grantId}. */
    record Redeemed(SecretHash codeHash, ApprovedRequest approved, Instant issuedAt,
            Instant expiresAt, GrantId grantId, Instant redeemedAt) implements IssuedCode {

        public Redeemed {
            Objects.requireNonNull(codeHash, "codeHash");
            Objects.requireNonNull(approved, "approved");
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(grantId, "grantId");
            Objects.requireNonNull(redeemedAt, "redeemedAt");
        }
    }
}
