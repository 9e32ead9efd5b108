package dev.latchkey.application.registration;

import dev.latchkey.application.client.ClientMetadataRules;
import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.ClientMetadata;
import dev.latchkey.domain.client.ClientSecret;
import dev.latchkey.domain.client.RegistrationSource;
import dev.latchkey.domain.error.OAuthError;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Registers a client dynamically (RFC 7591 §3). Registration is open: anyone may register, and the
 * consent page marks such clients as unverified. The metadata follows {@link ClientMetadataRules}:
 * missing members get defaults ({@code token_endpoint_auth_method} {@code client_secret_basic} as
 * RFC 7591 §2 says, grant types {@code authorization_code} and {@code refresh_token}, response type
 * {@code code}); grant types Latchkey does not offer are dropped, not fatal.
 */
public final class RegisterClient {

    private final Clients clients;
    private final RandomTokens random;
    private final Clock clock;

    public RegisterClient(Clients clients, RandomTokens random, Clock clock) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The registration request's members, typed but not yet validated. */
    public record Command(ClientMetadata metadata) {
        public Command {
            Objects.requireNonNull(metadata, "metadata");
        }
    }

    /** The outcome of a registration. */
    public sealed interface Result permits Registered, Rejected {}

    /** Registered; {@code secret} is present for confidential clients and is shown this once only. */
    public record Registered(Client client, Optional<ClientSecret> secret) implements Result {}

    /** Refused with {@code invalid_redirect_uri} or {@code invalid_client_metadata}. */
    public record Rejected(OAuthError error) implements Result {}

    public Result register(Command command) {
        ClientMetadataRules.Accepted accepted;
        switch (ClientMetadataRules.check(command.metadata(), new ClientMetadataRules.Registration())) {
            case ClientMetadataRules.Invalid invalid -> {
                return new Rejected(invalid.error());
            }
            case ClientMetadataRules.Valid valid -> accepted = valid.accepted();
        }
        Optional<ClientSecret> secret = accepted.authMethod().usesSecret()
                ? Optional.of(new ClientSecret(random.secret()))
                : Optional.empty();
        Client client = new Client(
                new ClientId(random.id()),
                accepted.profile(),
                accepted.redirectUris(),
                accepted.authMethod(),
                accepted.grantTypes(),
                accepted.scope(),
                secret.map(ClientSecret::hash),
                RegistrationSource.DYNAMIC,
                clock.instant());
        clients.add(client);
        return new Registered(client, secret);
    }
}
