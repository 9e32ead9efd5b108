package dev.latchkey.application.registration;

import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Removes dynamically registered clients that never completed a flow within a day of registering.
 * Open registration lets anyone add clients; most abandoned attempts would otherwise stay forever. A
 * removed client gets {@code invalid_client} and real MCP clients then register again.
 */
public final class ForgetUnusedClients {

    /** How long a registered client may wait for its first grant. */
    public static final Duration GRACE = Duration.ofHours(24);

    private final Clients clients;
    private final Transactions transactions;
    private final Clock clock;

    public ForgetUnusedClients(Clients clients, Transactions transactions, Clock clock) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Removes them now; returns how many. */
    public int forget() {
        return transactions.inTransaction(() -> clients.removeUnusedDynamic(clock.instant().minus(GRACE)));
    }
}
