package dev.latchkey.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import dev.latchkey.adapters.sqlite.SqliteStorage;
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
import dev.latchkey.bootstrap.LatchkeyConfig;
import javax.inject.Named;
import javax.inject.Singleton;

/** The SQLite adapter fills every storage port. */
@Module
public final class SqliteModule {

    private SqliteModule() {}

    @Provides
    @Singleton
    static SqliteStorage storage(LatchkeyConfig config) {
        return SqliteStorage.open(config.dataDir());
    }

    @Provides
    static Transactions transactions(SqliteStorage storage) {
        return storage.transactions();
    }

    /** The stored clients; the application wraps them to resolve metadata document clients. */
    @Provides
    @Named("stored")
    static Clients storedClients(SqliteStorage storage) {
        return storage.clients();
    }

    @Provides
    static PendingAuthorizations pendingAuthorizations(SqliteStorage storage) {
        return storage.pendingAuthorizations();
    }

    @Provides
    static AuthorizationCodes authorizationCodes(SqliteStorage storage) {
        return storage.authorizationCodes();
    }

    @Provides
    static Grants grants(SqliteStorage storage) {
        return storage.grants();
    }

    @Provides
    static RefreshTokens refreshTokens(SqliteStorage storage) {
        return storage.refreshTokens();
    }

    @Provides
    static Users users(SqliteStorage storage) {
        return storage.users();
    }

    @Provides
    static Organizations organizations(SqliteStorage storage) {
        return storage.organizations();
    }

    @Provides
    static Memberships memberships(SqliteStorage storage) {
        return storage.memberships();
    }

    @Provides
    static ProtectedResources protectedResources(SqliteStorage storage) {
        return storage.protectedResources();
    }

    @Provides
    static BrowserSessions browserSessions(SqliteStorage storage) {
        return storage.browserSessions();
    }

    @Provides
    static SecurityEvents securityEvents(SqliteStorage storage) {
        return storage.securityEvents();
    }

    @Provides
    static ActivityLog activityLog(SqliteStorage storage) {
        return storage.activityLog();
    }
}
