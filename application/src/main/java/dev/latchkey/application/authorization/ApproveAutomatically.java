package dev.latchkey.application.authorization;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.Users;
import dev.latchkey.domain.authorization.RequestHandle;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.error.OAuthErrorCode;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.Username;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Test mode only ({@code --test-auto-approve USERNAME}): answers a pending authorization request as if
 * the named user had signed in and pressed Allow for their first organization. It exists so automated
 * conformance suites can run the authorization-code flow without a browser; the server refuses to
 * start with it unless bound to loopback, and says so loudly.
 */
public final class ApproveAutomatically {

    private final Users users;
    private final Memberships memberships;
    private final DecideConsent decideConsent;

    public ApproveAutomatically(Users users, Memberships memberships, DecideConsent decideConsent) {
        this.users = Objects.requireNonNull(users, "users");
        this.memberships = Objects.requireNonNull(memberships, "memberships");
        this.decideConsent = Objects.requireNonNull(decideConsent, "decideConsent");
    }

    /** The pending request and the user to approve it as. */
    public record Command(RequestHandle handle, Username username) {
        public Command {
            Objects.requireNonNull(handle, "handle");
            Objects.requireNonNull(username, "username");
        }
    }

    public DecideConsent.Result approve(Command command) {
        Optional<User> user = users.findByUsername(command.username()).filter(User::isActive);
        if (user.isEmpty()) {
            return new DecideConsent.Refused(new OAuthError(OAuthErrorCode.ACCESS_DENIED, "Test auto-approval is on"
                    + " for user " + command.username() + ", who does not exist or is disabled. Create the user,"
                    + " or restart without --test-auto-approve."));
        }
        List<Membership> memberOf = memberships.ofUser(user.get().id());
        if (memberOf.isEmpty()) {
            return new DecideConsent.Refused(new OAuthError(OAuthErrorCode.ACCESS_DENIED, "Test auto-approval is on"
                    + " for user " + command.username() + ", who belongs to no organization. Add them to one."));
        }
        return decideConsent.decide(new DecideConsent.Command(command.handle(), user.get().id(),
                DecideConsent.Decision.ALLOW, Optional.of(memberOf.get(0).orgId())));
    }
}
