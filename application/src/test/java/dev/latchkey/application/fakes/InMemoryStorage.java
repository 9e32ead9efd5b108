package dev.latchkey.application.fakes;

import dev.latchkey.application.contract.StorageUnderTest;
import java.util.List;

/**
 * One in-memory fake of every storage port, sharing one lock, with {@link #transactions()} that roll all of
 * them back when the work throws. The usual starting point of a use-case test:
 *
 * <pre>{@code
 * InMemoryStorage storage = new InMemoryStorage();
 * RegisterClient register = new RegisterClient(storage.clients(), new CountingRandomTokens(), new MutableClock());
 * }</pre>
 *
 * <p>The fakes keep the ports' promises (checked by the same contract tests as the SQLite adapter) except
 * that they do not check references between rows: a grant for an unknown user is accepted (and is never
 * live, since {@code findLive} needs its user and membership). Removing clients does cascade, as SQLite
 * does: their pending authorizations and codes go with them, and (removing one client) its grants and their
 * refresh tokens.
 */
public final class InMemoryStorage implements StorageUnderTest {

    private final InMemoryClients clients;
    private final InMemoryPendingAuthorizations pendingAuthorizations;
    private final InMemoryAuthorizationCodes authorizationCodes;
    private final InMemoryGrants grants;
    private final InMemoryRefreshTokens refreshTokens;
    private final InMemoryUsers users;
    private final InMemoryOrganizations organizations;
    private final InMemoryMemberships memberships;
    private final InMemoryProtectedResources protectedResources;
    private final InMemoryBrowserSessions browserSessions;
    private final InMemorySecurityEvents securityEvents;
    private final InMemoryActivityLog activityLog = new InMemoryActivityLog();
    private final InMemoryTransactions transactions;

    public InMemoryStorage() {
        FakeLock lock = new FakeLock();
        this.pendingAuthorizations = new InMemoryPendingAuthorizations(lock);
        this.authorizationCodes = new InMemoryAuthorizationCodes(lock);
        this.users = new InMemoryUsers(lock);
        this.memberships = new InMemoryMemberships(lock);
        this.grants = new InMemoryGrants(lock, users, memberships);
        this.refreshTokens = new InMemoryRefreshTokens(lock);
        this.clients = new InMemoryClients(lock, grants, pendingAuthorizations, authorizationCodes, refreshTokens);
        this.organizations = new InMemoryOrganizations(lock);
        this.protectedResources = new InMemoryProtectedResources(lock);
        this.browserSessions = new InMemoryBrowserSessions(lock);
        this.securityEvents = new InMemorySecurityEvents(lock);
        this.transactions = new InMemoryTransactions(lock, List.of(clients::snapshot, pendingAuthorizations::snapshot,
                authorizationCodes::snapshot, grants::snapshot, refreshTokens::snapshot, users::snapshot,
                organizations::snapshot, memberships::snapshot, protectedResources::snapshot,
                browserSessions::snapshot, securityEvents::snapshot));
    }

    @Override
    public InMemoryClients clients() {
        return clients;
    }

    @Override
    public InMemoryPendingAuthorizations pendingAuthorizations() {
        return pendingAuthorizations;
    }

    @Override
    public InMemoryAuthorizationCodes authorizationCodes() {
        return authorizationCodes;
    }

    @Override
    public InMemoryGrants grants() {
        return grants;
    }

    @Override
    public InMemoryRefreshTokens refreshTokens() {
        return refreshTokens;
    }

    @Override
    public InMemoryUsers users() {
        return users;
    }

    @Override
    public InMemoryOrganizations organizations() {
        return organizations;
    }

    @Override
    public InMemoryMemberships memberships() {
        return memberships;
    }

    @Override
    public InMemoryProtectedResources protectedResources() {
        return protectedResources;
    }

    @Override
    public InMemoryBrowserSessions browserSessions() {
        return browserSessions;
    }

    @Override
    public InMemorySecurityEvents securityEvents() {
        return securityEvents;
    }

    /** Not rolled back by {@link #transactions()}: the SQLite adapter writes the log outside them too. */
    @Override
    public InMemoryActivityLog activityLog() {
        return activityLog;
    }

    @Override
    public InMemoryTransactions transactions() {
        return transactions;
    }
}
