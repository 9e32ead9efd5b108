package dev.latchkey.application.authorization;

import dev.latchkey.application.port.AuthorizationCodes;
import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.PendingAuthorizations;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.port.Users;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.authorization.ApprovedRequest;
import dev.latchkey.domain.authorization.AuthorizationCode;
import dev.latchkey.domain.authorization.AuthorizationRequest;
import dev.latchkey.domain.authorization.AuthorizationResponse;
import dev.latchkey.domain.authorization.IssuedCode;
import dev.latchkey.domain.authorization.PendingAuthorization;
import dev.latchkey.domain.authorization.RequestHandle;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.error.OAuthErrorCode;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Records the user's answer on the consent page. Allow issues a single-use authorization code for the
 * organization they picked (RFC 6749 §4.1.2); Deny answers {@code access_denied}. Either way the
 * pending request is consumed, so a second submission of the same page does nothing.
 */
public final class DecideConsent {

    private final PendingAuthorizations pending;
    private final Clients clients;
    private final AuthorizationCodes codes;
    private final Users users;
    private final Memberships memberships;
    private final Transactions transactions;
    private final RandomTokens random;
    private final ServerSettings settings;
    private final Clock clock;

    public DecideConsent(PendingAuthorizations pending, AuthorizationCodes codes, Users users,
            Memberships memberships, Clients clients, Transactions transactions, RandomTokens random,
            ServerSettings settings, Clock clock) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.pending = Objects.requireNonNull(pending, "pending");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.users = Objects.requireNonNull(users, "users");
        this.memberships = Objects.requireNonNull(memberships, "memberships");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.random = Objects.requireNonNull(random, "random");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The user's answer. */
    public enum Decision { ALLOW, DENY }

    /**
     * @param handle       the pending request the page was about
     * @param userId       the signed-in user (the CSRF token was checked by the adapter)
     * @param decision     allow or deny
     * @param organization the organization picked (required to allow)
     * @param signedInAt   when the user signed in (their browser session's start), if known: the ID
     *                     token's {@code auth_time} (OIDC Core §2)
     */
    public record Command(RequestHandle handle, UserId userId, Decision decision, Optional<OrgId> organization,
            Optional<Instant> signedInAt) {
        public Command {
            Objects.requireNonNull(handle, "handle");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(signedInAt, "signedInAt");
        }

        /** An answer whose sign-in time is not known. */
        public Command(RequestHandle handle, UserId userId, Decision decision, Optional<OrgId> organization) {
            this(handle, userId, decision, organization, Optional.empty());
        }
    }

    /** The outcome. */
    public sealed interface Result permits Redirect, Refused {}

    /** Send the browser back to the client with this response (a code, or access_denied). */
    public record Redirect(AuthorizationResponse response) implements Result {}

    /** Nothing to redirect: show this error to the user. */
    public record Refused(OAuthError error) implements Result {}

    public Result decide(Command command) {
        return transactions.inTransaction(() -> decideInTransaction(command));
    }

    private Result decideInTransaction(Command command) {
        Instant now = clock.instant();
        Optional<PendingAuthorization> found = pending.find(command.handle().hash())
                .filter(request -> !request.isExpired(now));
        if (found.isEmpty()) {
            return new Refused(DescribeConsent.expired());
        }
        AuthorizationRequest request = found.get().request();

        if (command.decision() == Decision.DENY) {
            if (!pending.remove(found.get().handleHash())) {
                return new Refused(DescribeConsent.expired());
            }
            return new Redirect(AuthorizationResponse.error(request.redirectUri(),
                    new OAuthError(OAuthErrorCode.ACCESS_DENIED, "The user denied access."), request.state(),
                    settings.issuer()));
        }

        if (command.organization().isEmpty()) {
            return new Refused(OAuthError.invalidRequest("No organization was picked. Go back, choose the"
                    + " organization to grant access to, and press Allow again."));
        }
        Optional<User> user = users.find(command.userId()).filter(User::isActive);
        // A client registered for an organization can only be granted access in that organization; the
        // consent page offers only it, and a hand-made form must not get around that.
        boolean foreignOrganization = clients.find(request.clientId()).flatMap(Client::owner)
                .map(owner -> !owner.organization().equals(command.organization().get())).orElse(false);
        if (foreignOrganization) {
            return new Refused(new OAuthError(OAuthErrorCode.ACCESS_DENIED, "This application belongs to another"
                    + " organization than the one picked, and can only be granted access in its own. Go back and"
                    + " pick that organization."));
        }
        if (user.isEmpty() || memberships.find(command.userId(), command.organization().get()).isEmpty()) {
            return new Refused(new OAuthError(OAuthErrorCode.ACCESS_DENIED, "You are not a member of the"
                    + " organization you picked. Go back and choose one of your organizations."));
        }
        if (!pending.remove(found.get().handleHash())) {
            return new Refused(DescribeConsent.expired());
        }
        AuthorizationCode code = new AuthorizationCode(random.secret());
        ApprovedRequest approved = new ApprovedRequest(request, command.userId(), command.organization().get(), now,
                command.signedInAt());
        codes.add(new IssuedCode.Unredeemed(code.hash(), approved, now, now.plus(settings.codeLifetime())));
        return new Redirect(AuthorizationResponse.success(request.redirectUri(), code, request.state(),
                settings.issuer()));
    }
}
