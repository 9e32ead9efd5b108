package dev.latchkey.application.port;

import dev.latchkey.domain.authorization.IssuedCode;
import dev.latchkey.domain.secret.SecretHash;
import java.time.Instant;
import java.util.Optional;

/** Issued authorization codes, by the hash of the code. */
public interface AuthorizationCodes {

    void add(IssuedCode.Unredeemed code);

    Optional<IssuedCode> find(SecretHash codeHash);

    /**
     * Records the redemption only if the code is still unredeemed: an atomic compare-and-set, so that of
     * two concurrent exchanges of one code exactly one wins.
     *
     * @return whether this call redeemed the code
     */
    boolean redeem(IssuedCode.Redeemed redeemed);

    /** Removes codes that expired before {@code cutoff} and were never redeemed; returns how many. */
    int removeExpiredUnredeemed(Instant cutoff);
}
