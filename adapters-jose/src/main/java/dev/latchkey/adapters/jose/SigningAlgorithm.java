package dev.latchkey.adapters.jose;

import com.nimbusds.jose.JWSAlgorithm;

/**
 * The JWS algorithm (RFC 7518 §3.1) Latchkey signs access tokens with. {@link #ES256} (ECDSA on P-256 with
 * SHA-256) is the default: small keys and signatures, fast signing. {@link #RS256} is there because RFC 9068
 * §4 requires resource servers to support it, so some accept nothing else.
 */
public enum SigningAlgorithm {
    /** ECDSA using P-256 and SHA-256 (RFC 7518 §3.4); keys are EC P-256. */
    ES256(JWSAlgorithm.ES256),
    /** RSASSA-PKCS1-v1_5 using SHA-256 (RFC 7518 §3.3); keys are RSA, 2048 bits. */
    RS256(JWSAlgorithm.RS256);

    private final JWSAlgorithm jws;

    SigningAlgorithm(JWSAlgorithm jws) {
        this.jws = jws;
    }

    /** The algorithm used when configuration names none: {@link #ES256}. */
    public static SigningAlgorithm defaultAlgorithm() {
        return ES256;
    }

    JWSAlgorithm jws() {
        return jws;
    }
}
