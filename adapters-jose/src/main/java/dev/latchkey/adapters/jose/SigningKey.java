package dev.latchkey.adapters.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.latchkey.application.port.SigningKeys.PublicSigningKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One signing key pair with its ready-made signer and verifier (Nimbus signers and verifiers are
 * thread-safe, so they are built once). The key id is the RFC 7638 JWK thumbprint (SHA-256, base64url).
 *
 * @param sequence  the position in the keys folder: a newer key has a higher sequence
 * @param algorithm the one JWS algorithm this key signs with
 * @param jwk       the full key, private parameters included: never published
 */
record SigningKey(int sequence, SigningAlgorithm algorithm, JWK jwk, JWSSigner signer, JWSVerifier verifier) {

    static final int RSA_KEY_BITS = 2048;

    /** The JWK members a published key may carry (RFC 7517 §4, RFC 7518 §6.2.1 and §6.3.1): no private ones. */
    private static final List<String> PUBLIC_MEMBERS = List.of("kty", "crv", "x", "y", "n", "e", "kid", "alg", "use");

    String keyId() {
        return jwk.getKeyID();
    }

    /** The public half as JWKS members: {@code kty}, the public parameters, {@code kid}, {@code alg}, {@code use}. */
    PublicSigningKey published() {
        Map<String, Object> json = jwk.toPublicJWK().toJSONObject();
        Map<String, String> members = new LinkedHashMap<>();
        for (String name : PUBLIC_MEMBERS) {
            if (json.get(name) instanceof String value) {
                members.put(name, value);
            }
        }
        return new PublicSigningKey(keyId(), algorithm.jws().getName(), members);
    }

    /** A new key pair for {@code algorithm}: EC P-256 for ES256, RSA 2048 for RS256. */
    static SigningKey generate(int sequence, SigningAlgorithm algorithm) {
        try {
            JWK generated = switch (algorithm) {
                case ES256 -> new ECKeyGenerator(Curve.P_256).generate();
                case RS256 -> new RSAKeyGenerator(RSA_KEY_BITS).generate();
            };
            return of(sequence, algorithm, generated);
        } catch (JOSEException failed) {
            throw new IllegalStateException("could not generate a " + algorithm + " signing key", failed);
        }
    }

    /**
     * A key read from storage, checked and normalised: it must be a private key of the type the algorithm
     * needs, its {@code kid} (when present) must be its thumbprint, and its private half must produce
     * signatures its public half accepts.
     *
     * @throws IllegalArgumentException saying what is wrong with the key
     */
    static SigningKey of(int sequence, SigningAlgorithm algorithm, JWK stored) {
        if (!stored.isPrivate()) {
            throw new IllegalArgumentException("it holds no private key");
        }
        if (stored.getKeyUse() != null && !KeyUse.SIGNATURE.equals(stored.getKeyUse())) {
            throw new IllegalArgumentException("its use is not \"sig\"");
        }
        try {
            String thumbprint = stored.computeThumbprint().toString();
            if (stored.getKeyID() != null && !stored.getKeyID().equals(thumbprint)) {
                throw new IllegalArgumentException("its kid is not its RFC 7638 thumbprint " + thumbprint);
            }
            SigningKey key = switch (algorithm) {
                case ES256 -> {
                    if (!(stored instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
                        throw new IllegalArgumentException("ES256 needs an EC key on curve P-256");
                    }
                    ECKey normalised = new ECKey.Builder(ec.getCurve(), ec.getX(), ec.getY())
                            .d(ec.getD())
                            .keyID(thumbprint)
                            .algorithm(algorithm.jws())
                            .keyUse(KeyUse.SIGNATURE)
                            .build();
                    yield new SigningKey(sequence, algorithm, normalised, new ECDSASigner(normalised),
                            new ECDSAVerifier(normalised.toPublicJWK()));
                }
                case RS256 -> {
                    if (!(stored instanceof RSAKey rsa) || rsa.size() < RSA_KEY_BITS) {
                        throw new IllegalArgumentException("RS256 needs an RSA key of at least " + RSA_KEY_BITS + " bits");
                    }
                    RSAKey normalised = new RSAKey.Builder(rsa.getModulus(), rsa.getPublicExponent())
                            .privateExponent(rsa.getPrivateExponent())
                            .firstPrimeFactor(rsa.getFirstPrimeFactor())
                            .secondPrimeFactor(rsa.getSecondPrimeFactor())
                            .firstFactorCRTExponent(rsa.getFirstFactorCRTExponent())
                            .secondFactorCRTExponent(rsa.getSecondFactorCRTExponent())
                            .firstCRTCoefficient(rsa.getFirstCRTCoefficient())
                            .otherPrimes(rsa.getOtherPrimes())
                            .keyID(thumbprint)
                            .algorithm(algorithm.jws())
                            .keyUse(KeyUse.SIGNATURE)
                            .build();
                    yield new SigningKey(sequence, algorithm, normalised, new RSASSASigner(normalised),
                            new RSASSAVerifier(normalised.toPublicJWK()));
                }
            };
            key.checkPairMatches();
            return key;
        } catch (JOSEException unusable) {
            throw new IllegalArgumentException("it cannot be used to sign: " + unusable.getMessage(), unusable);
        }
    }

    /** Signs and verifies a fixed message, so a key file whose halves do not belong together fails at start. */
    private void checkPairMatches() throws JOSEException {
        JWSObject probe = new JWSObject(new JWSHeader(algorithm.jws()), new Payload("latchkey signing key check"));
        probe.sign(signer);
        if (!probe.verify(verifier)) {
            throw new IllegalArgumentException("its private and public parameters do not belong together");
        }
    }
}
