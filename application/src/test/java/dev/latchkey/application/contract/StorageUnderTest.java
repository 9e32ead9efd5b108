package dev.latchkey.application.contract;

import dev.latchkey.application.port.ActivityLog;
import dev.latchkey.application.port.AuthorizationCodes;
import dev.latchkey.application.port.BrowserSessions;
import dev.latchkey.application.port.Clients;
import dev.latchkey.application.port.Grants;
import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.Organizations;
import dev.latchkey.application.port.PendingAuthorizations;
import dev.latchkey.application.port.ProtectedResources;
import dev.latchkey.application.port.RefreshTokens;
import dev.latchkey.application.port.SecurityEvents;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.port.Users;

/**
 * Every storage port of one storage, as a contract test sees it: the port under test plus the others, so a
 * test can store the rows its subject refers to (a grant needs a user, an organization and a client), and
 * {@link Transactions} over all of them.
 */
public interface StorageUnderTest extends AutoCloseable {

    Clients clients();

    PendingAuthorizations pendingAuthorizations();

    AuthorizationCodes authorizationCodes();

    Grants grants();

    RefreshTokens refreshTokens();

    Users users();

    Organizations organizations();

    Memberships memberships();

    ProtectedResources protectedResources();

    BrowserSessions browserSessions();

    SecurityEvents securityEvents();

    ActivityLog activityLog();

    Transactions transactions();

    /** Releases files and connections; nothing to do for storage held in memory. */
    @Override
    default void close() {}
}
