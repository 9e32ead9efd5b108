package dev.latchkey.application.authorization;

import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.PendingAuthorizations;
import dev.latchkey.domain.authorization.AuthorizationRequest;
import dev.latchkey.domain.authorization.PendingAuthorization;
import dev.latchkey.domain.authorization.RequestHandle;
import dev.latchkey.domain.client.Client;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a pending authorization request that has not expired, with its client, so the sign-in page
 * can say which application the user is signing in for.
 */
public final class FindPendingAuthorization {

    private final PendingAuthorizations pending;
    private final Clients clients;
    private final Clock clock;

    public FindPendingAuthorization(PendingAuthorizations pending, Clients clients, Clock clock) {
        this.pending = Objects.requireNonNull(pending, "pending");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The request's handle. */
    public record Command(RequestHandle handle) {
        public Command {
            Objects.requireNonNull(handle, "handle");
        }
    }

    /** A live pending request and the client that sent it. */
    public record Found(Client client, AuthorizationRequest request) {}

    public Optional<Found> find(Command command) {
        return pending.find(command.handle().hash())
                .filter(request -> !request.isExpired(clock.instant()))
                .map(PendingAuthorization::request)
                .flatMap(request -> clients.find(request.clientId()).map(client -> new Found(client, request)));
    }
}
