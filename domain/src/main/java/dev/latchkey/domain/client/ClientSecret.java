package dev.latchkey.domain.client;

import dev.latchkey.domain.secret.Secret;

/**
 * A confidential client's secret (RFC 6749 §2.3.1). Shown once at registration, stored only as its
 * SHA-256 hash, compared in constant time.
 */
public record ClientSecret(String value) implements Secret {

    public ClientSecret {
        Secret.checkShape(value, "client_secret");
    }

    @Override
    public String toString() {
        return "ClientSecret[redacted]";
    }
}
