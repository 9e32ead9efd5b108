package dev.latchkey.application.fakes;

import dev.latchkey.application.port.IdTokenIssuer;
import dev.latchkey.domain.identity.IdTokenClaims;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link IdTokenIssuer} without cryptography: the n-th ID token is {@code fake-header.id-token-n.fake-signature},
 * and the fake remembers the claims of each so tests can read what a use case put in it. Thread-safe.
 */
public final class FakeIdTokens implements IdTokenIssuer {

    private final Map<String, IdTokenClaims> signed = new LinkedHashMap<>();

    @Override
    public synchronized String issue(IdTokenClaims claims) {
        Objects.requireNonNull(claims, "claims");
        String token = "fake-header.id-token-" + (signed.size() + 1) + ".fake-signature";
        signed.put(token, claims);
        return token;
    }

    /** The claims of {@code token}, if this fake issued it. */
    public synchronized Optional<IdTokenClaims> claimsOf(String token) {
        return Optional.ofNullable(signed.get(token));
    }

    /** Every claim set issued so far, oldest first. */
    public synchronized List<IdTokenClaims> issued() {
        return List.copyOf(new ArrayList<>(signed.values()));
    }
}
