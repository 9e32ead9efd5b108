package dev.latchkey.application.grant;

import dev.latchkey.application.port.Grants;
import dev.latchkey.application.port.RefreshTokens;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.revocation.EndGrant;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Revokes a grant ({@code grants revoke GRANT_ID}): its refresh tokens are invalidated and its access
 * tokens are refused on their next call (seed "Revoking access").
 */
public final class RevokeGrant {

    private final Grants grants;
    private final Transactions transactions;
    private final EndGrant endGrant;
    private final Clock clock;

    public RevokeGrant(Grants grants, RefreshTokens refreshTokens, Transactions transactions, Clock clock) {
        this.grants = Objects.requireNonNull(grants, "grants");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.endGrant = new EndGrant(grants, refreshTokens);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The grant to revoke. */
    public record Command(GrantId grantId) {
        public Command {
            Objects.requireNonNull(grantId, "grantId");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Revoked, Rejected {}

    /** Revoked; {@code wasActive} is false when it had been revoked before. */
    public record Revoked(Grant grant, boolean wasActive) implements Result {}

    public record Rejected(String reason) implements Result {}

    public Result revoke(Command command) {
        return transactions.inTransaction(() -> {
            Optional<Grant> grant = grants.find(command.grantId());
            if (grant.isEmpty()) {
                return new Rejected("There is no grant " + command.grantId() + "; see grants list.");
            }
            return new Revoked(grant.get(), endGrant.end(command.grantId(), clock.instant()));
        });
    }
}
