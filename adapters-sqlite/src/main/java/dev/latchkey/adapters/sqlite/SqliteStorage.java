package dev.latchkey.adapters.sqlite;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Every storage port on one SQLite database, {@value #FILE_NAME} in the data folder.
 *
 * <p>The file is in WAL mode with {@code busy_timeout}, so several processes (the CLI and a running
 * server) can use the same folder at once: readers never block, and a writer waits for another process's
 * write to finish instead of failing. Within a process, one writer connection serializes writes and
 * transactions; see {@link Transactions} for what a transaction guarantees. The {@link #activityLog()}
 * is written in batches by a background thread, so that recording a forwarded call never waits for the
 * write lock; {@link #close()} writes what it still holds. Failures surface as {@link StorageException}.
 */
public final class SqliteStorage implements AutoCloseable {

    /** The database file's name inside the data folder. */
    public static final String FILE_NAME = "latchkey.db";

    private final Database database;
    private final Clients clients;
    private final PendingAuthorizations pendingAuthorizations;
    private final AuthorizationCodes authorizationCodes;
    private final Grants grants;
    private final RefreshTokens refreshTokens;
    private final Users users;
    private final Organizations organizations;
    private final Memberships memberships;
    private final ProtectedResources protectedResources;
    private final BrowserSessions browserSessions;
    private final SecurityEvents securityEvents;
    private final SqliteActivityLog activityLog;
    private final Transactions transactions;

    private SqliteStorage(Database database, SqliteActivityLog.Buffering buffering) {
        this.database = database;
        this.clients = new SqliteClients(database);
        this.pendingAuthorizations = new SqlitePendingAuthorizations(database);
        this.authorizationCodes = new SqliteAuthorizationCodes(database);
        this.grants = new SqliteGrants(database);
        this.refreshTokens = new SqliteRefreshTokens(database);
        this.users = new SqliteUsers(database);
        this.organizations = new SqliteOrganizations(database);
        this.memberships = new SqliteMemberships(database);
        this.protectedResources = new SqliteProtectedResources(database);
        this.browserSessions = new SqliteBrowserSessions(database);
        this.securityEvents = new SqliteSecurityEvents(database);
        this.transactions = new SqliteTransactions(database);
        this.activityLog = SqliteActivityLog.start(database, buffering);
    }

    /**
     * Opens (creating if needed) the data folder and its database, and brings the schema up to date.
     *
     * @throws StorageException when the folder or file cannot be used, or was written by a newer Latchkey
     */
    public static SqliteStorage open(Path dataDir) {
        return open(dataDir, SqliteActivityLog.Buffering.DEFAULT);
    }

    /** {@link #open(Path)} with the activity log buffered as {@code buffering} says, for tests. */
    static SqliteStorage open(Path dataDir, SqliteActivityLog.Buffering buffering) {
        Objects.requireNonNull(dataDir, "dataDir");
        try {
            Files.createDirectories(dataDir);
        } catch (IOException failure) {
            throw new StorageException("Could not create the data folder " + dataDir.toAbsolutePath() + ": "
                    + failure.getMessage(), failure);
        }
        Database database = Database.open(dataDir.resolve(FILE_NAME));
        try {
            Migrations.apply(database, dataDir);
        } catch (RuntimeException failure) {
            try {
                database.close();
            } catch (RuntimeException closing) {
                failure.addSuppressed(closing);
            }
            throw failure;
        }
        return new SqliteStorage(database, buffering);
    }

    public Clients clients() {
        return clients;
    }

    public PendingAuthorizations pendingAuthorizations() {
        return pendingAuthorizations;
    }

    public AuthorizationCodes authorizationCodes() {
        return authorizationCodes;
    }

    public Grants grants() {
        return grants;
    }

    public RefreshTokens refreshTokens() {
        return refreshTokens;
    }

    public Users users() {
        return users;
    }

    public Organizations organizations() {
        return organizations;
    }

    public Memberships memberships() {
        return memberships;
    }

    public ProtectedResources protectedResources() {
        return protectedResources;
    }

    public BrowserSessions browserSessions() {
        return browserSessions;
    }

    public SecurityEvents securityEvents() {
        return securityEvents;
    }

    /** The activity log; see the class comment for how it is written. */
    public ActivityLog activityLog() {
        return activityLog;
    }

    public Transactions transactions() {
        return transactions;
    }

    /**
     * Writes the calls the activity log still buffers, stops its writer and closes the connections, after a
     * running transaction ends. Closing twice does nothing.
     */
    @Override
    public void close() {
        try {
            activityLog.close();
        } finally {
            database.close();
        }
    }
}
