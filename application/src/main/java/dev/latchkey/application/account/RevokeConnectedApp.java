package dev.latchkey.application.account;

import dev.latchkey.application.port.Grants;
import dev.latchkey.application.port.RefreshTokens;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.revocation.EndGrant;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.user.UserId;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * A user revokes access they gave an application: the grant ends at once, its refresh tokens are
 * invalidated and the next call with one of its access tokens is refused (RFC 7009 §2.1: revoking a
 * grant's token ends the grant; seed "Revoking access"). A grant of another user is {@link NotFound}.
 */
public final class RevokeConnectedApp {

    private final Grants grants;
    private final EndGrant endGrant;
    private final Transactions transactions;
    private final Clock clock;

    public RevokeConnectedApp(Grants grants, RefreshTokens refreshTokens, Transactions transactions, Clock clock) {
        this.grants = Objects.requireNonNull(grants, "grants");
        this.endGrant = new EndGrant(grants, refreshTokens);
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Who revokes ({@code user}, the signed-in user) which of their grants. */
    public record Command(UserId user, GrantId grantId) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(grantId, "grantId");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Revoked, NotFound {}

    /** The grant is revoked; {@code wasActive} is false when it had been revoked before. */
    public record Revoked(GrantId grantId, boolean wasActive) implements Result {}

    /** No such grant, or it belongs to someone else. */
    public record NotFound() implements Result {}

    public Result revoke(Command command) {
        return transactions.inTransaction(() -> {
            Optional<Grant> grant = grants.find(command.grantId()).filter(found -> found.userId().equals(command.user()));
            if (grant.isEmpty()) {
                return new NotFound();
            }
            return new Revoked(command.grantId(), endGrant.end(command.grantId(), clock.instant()));
        });
    }
}
