package dev.latchkey.application.port;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The public halves of the server's signing keys, as published at the JWKS endpoint (RFC 7517). */
public interface SigningKeys {

    /** Every key a token of this server may be signed with, current first. */
    List<PublicSigningKey> published();

    /**
     * One public key as JSON Web Key members (all string-valued for the key types Latchkey uses:
     * {@code kty}, {@code crv}, {@code x}, {@code y}, {@code n}, {@code e}, {@code kid}, {@code alg},
     * {@code use}).
     */
    record PublicSigningKey(String keyId, String algorithm, Map<String, String> members) {
        public PublicSigningKey {
            Objects.requireNonNull(keyId, "keyId");
            Objects.requireNonNull(algorithm, "algorithm");
            members = Map.copyOf(members);
        }
    }
}
