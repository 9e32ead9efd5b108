package dev.latchkey.adapters.sqlite;

import dev.latchkey.application.contract.StorageUnderTest;
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
import java.nio.file.Path;

/** A {@link SqliteStorage} on a real file, as the port contract tests see it. */
final class SqliteStorageUnderTest implements StorageUnderTest {

    private final SqliteStorage storage;

    private SqliteStorageUnderTest(SqliteStorage storage) {
        this.storage = storage;
    }

    /** Opens the storage in {@code dataDir} with the production migrations. */
    static SqliteStorageUnderTest openIn(Path dataDir) {
        return new SqliteStorageUnderTest(SqliteStorage.open(dataDir));
    }

    @Override
    public Clients clients() {
        return storage.clients();
    }

    @Override
    public PendingAuthorizations pendingAuthorizations() {
        return storage.pendingAuthorizations();
    }

    @Override
    public AuthorizationCodes authorizationCodes() {
        return storage.authorizationCodes();
    }

    @Override
    public Grants grants() {
        return storage.grants();
    }

    @Override
    public RefreshTokens refreshTokens() {
        return storage.refreshTokens();
    }

    @Override
    public Users users() {
        return storage.users();
    }

    @Override
    public Organizations organizations() {
        return storage.organizations();
    }

    @Override
    public Memberships memberships() {
        return storage.memberships();
    }

    @Override
    public ProtectedResources protectedResources() {
        return storage.protectedResources();
    }

    @Override
    public BrowserSessions browserSessions() {
        return storage.browserSessions();
    }

    @Override
    public SecurityEvents securityEvents() {
        return storage.securityEvents();
    }

    @Override
    public ActivityLog activityLog() {
        return storage.activityLog();
    }

    @Override
    public Transactions transactions() {
        return storage.transactions();
    }

    @Override
    public void close() {
        storage.close();
    }
}
