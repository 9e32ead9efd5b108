package dev.latchkey.application.fakes;

import dev.latchkey.application.port.AccessTokenIssuer;
import dev.latchkey.application.port.AccessTokenVerifier;
import dev.latchkey.application.port.SigningKeys;
import dev.latchkey.domain.token.AccessTokenClaims;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The access-token ports without cryptography, like the JOSE adapter that fills all three roles: the n-th
 * token issued is {@code fake-header.access-token-n.fake-signature} (three dot-separated parts, as a JWS
 * compact serialization has), and verifying a token returns the claims it was issued with, or
 * {@link AccessTokenVerifier.Invalid} for any string this fake did not issue. Like the real verifier it does
 * not look at {@code exp}. Thread-safe; remembers every claim set it "signed" so tests can read the claims a
 * use case put in a token, and counts the calls of {@link #verify}.
 */
public final class FakeAccessTokens implements AccessTokenIssuer, AccessTokenVerifier, SigningKeys {

    /** The one key {@link #published()} lists. */
    public static final PublicSigningKey KEY = new PublicSigningKey("fake-key-1", "ES256", Map.of(
            "kty", "EC", "crv", "P-256", "kid", "fake-key-1", "alg", "ES256", "use", "sig",
            "x", "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", "y", "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"));

    private final Map<String, AccessTokenClaims> signed = new LinkedHashMap<>();
    private int verifications;

    @Override
    public synchronized String issue(AccessTokenClaims claims) {
        Objects.requireNonNull(claims, "claims");
        String token = "fake-header.access-token-" + (signed.size() + 1) + ".fake-signature";
        signed.put(token, claims);
        return token;
    }

    @Override
    public synchronized AccessTokenCheck verify(String token) {
        verifications++;
        AccessTokenClaims claims = signed.get(token);
        return claims == null ? new Invalid("not a token of this server") : new Valid(claims);
    }

    @Override
    public List<PublicSigningKey> published() {
        return List.of(KEY);
    }

    /** How many times {@link #verify} was called, for tests of a cache in front of it. */
    public synchronized int verifications() {
        return verifications;
    }

    /** The claims of {@code token}, if this fake issued it. */
    public synchronized Optional<AccessTokenClaims> claimsOf(String token) {
        return Optional.ofNullable(signed.get(token));
    }

    /** Every claim set issued so far, oldest first. */
    public synchronized List<AccessTokenClaims> issued() {
        return List.copyOf(new ArrayList<>(signed.values()));
    }

    /** The claims of the latest token issued. */
    public synchronized AccessTokenClaims lastIssued() {
        if (signed.isEmpty()) {
            throw new IllegalStateException("no access token was issued yet");
        }
        return new ArrayList<>(signed.values()).getLast();
    }
}
