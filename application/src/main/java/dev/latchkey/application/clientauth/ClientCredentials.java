package dev.latchkey.application.clientauth;

import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.ClientSecret;
import java.util.Objects;

/**
 * What a request presented to identify its client (RFC 6749 §2.3.1, §3.2.1). The HTTP adapter reads
 * these from the {@code Authorization: Basic} header or the form body; sending both is refused there.
 */
public sealed interface ClientCredentials
        permits ClientCredentials.None, ClientCredentials.IdOnly, ClientCredentials.Basic, ClientCredentials.Post {

    /** Nothing identifies the client. */
    record None() implements ClientCredentials {}

    /** A public client's {@code client_id} alone. */
    record IdOnly(ClientId clientId) implements ClientCredentials {
        public IdOnly {
            Objects.requireNonNull(clientId, "clientId");
        }
    }

    /** {@code client_secret_basic}: the id and secret in an HTTP Basic header. */
    record Basic(ClientId clientId, ClientSecret secret) implements ClientCredentials {
        public Basic {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(secret, "secret");
        }
    }

    /** {@code client_secret_post}: the id and secret in the form body. */
    record Post(ClientId clientId, ClientSecret secret) implements ClientCredentials {
        public Post {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(secret, "secret");
        }
    }
}
