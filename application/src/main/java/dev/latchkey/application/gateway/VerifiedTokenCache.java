package dev.latchkey.application.gateway;

import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.token.AccessTokenClaims;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Claims of access tokens whose signature was already verified, by the SHA-256 of the token, until the
 * token expires. Verifying an ES256 signature costs about half a millisecond of CPU; an MCP session
 * sends many calls with the same token, so each is verified once.
 *
 * <p>Bounded: past {@code capacity} entries, expired ones are dropped first, then arbitrary ones. Only
 * the signature and form are cached; expiry, audience, scope and the grant are checked on every call.
 */
final class VerifiedTokenCache {

    private final int capacity;
    private final Map<SecretHash, AccessTokenClaims> verified = new ConcurrentHashMap<>();

    VerifiedTokenCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    Optional<AccessTokenClaims> find(SecretHash tokenHash) {
        return Optional.ofNullable(verified.get(tokenHash));
    }

    void put(SecretHash tokenHash, AccessTokenClaims claims, Instant now) {
        if (verified.size() >= capacity) {
            evict(now);
        }
        verified.put(tokenHash, claims);
    }

    int size() {
        return verified.size();
    }

    private void evict(Instant now) {
        verified.values().removeIf(claims -> claims.isExpired(now));
        Iterator<SecretHash> keys = verified.keySet().iterator();
        int target = capacity - Math.max(1, capacity / 10);
        while (verified.size() > target && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}
