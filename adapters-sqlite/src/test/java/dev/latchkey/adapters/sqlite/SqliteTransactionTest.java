package dev.latchkey.adapters.sqlite;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aRefreshToken;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anAuthorizationRequest;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static dev.latchkey.application.fixtures.Fixtures.anUnredeemedCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.contract.Race;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.authorization.IssuedCode;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.user.User;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What SQLite transactions leave on disk, and what other connections see of them. */
final class SqliteTransactionTest {

    private static final List<String> TABLES = List.of("clients", "client_redirect_uris", "users", "organizations",
            "memberships", "protected_resources", "pending_authorizations", "grants", "authorization_codes",
            "refresh_tokens", "browser_sessions", "security_events");

    @TempDir
    Path dataDir;

    private SqliteStorage storage;

    @BeforeEach
    void open() {
        storage = SqliteStorage.open(dataDir);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void inTransactionWhenWorkThrowsThenNothingOfItIsOnDisk() {
        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            User user = aUser().build();
            Organization organization = anOrganization().build();
            Client client = aPublicClient().withRedirect("https://a.example/cb", "https://b.example/cb").build();
            storage.users().add(user);
            storage.organizations().add(organization);
            storage.memberships().put(aMembership().of(user).in(organization).build());
            storage.clients().add(client);
            Grant grant = aGrant().of(user).in(organization).to(client).build();
            storage.grants().add(grant);
            storage.refreshTokens().add(aRefreshToken().of(grant).build());
            throw new IllegalStateException("the work failed half-way");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the work failed half-way");

        for (String table : TABLES) {
            assertThat(RawSqlite.count(dataDir, table)).as(table).isZero();
        }
        try (SqliteStorage another = SqliteStorage.open(dataDir)) {
            assertThat(another.users().isEmpty()).isTrue();
            assertThat(another.clients().all()).isEmpty();
        }
    }

    @Test
    void inTransactionWhenNotCommittedYetThenOtherThreadsAndProcessesDoNotSeeTheWrites() throws Exception {
        User user = aUser().build();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch looked = new CountDownLatch(1);

        CompletableFuture<Void> transaction = CompletableFuture.runAsync(() ->
                storage.transactions().inTransaction(() -> {
                    storage.users().add(user);
                    written.countDown();
                    await(looked);
                    return null;
                }));
        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            assertThat(storage.users().find(user.id())).isEmpty();
            assertThat(storage.users().isEmpty()).isTrue();
            assertThat(RawSqlite.count(dataDir, "users")).isZero();
        } finally {
            looked.countDown();
        }
        transaction.get(10, TimeUnit.SECONDS);

        assertThat(storage.users().find(user.id())).contains(user);
    }

    @Test
    void commitWhenARedeemedCodeNamesAGrantThatWasNeverAddedThenFailsAndRollsBack() {
        IssuedCode.Unredeemed code = storedCode();

        assertThatThrownBy(() -> storage.transactions().inTransaction(() ->
                storage.authorizationCodes().redeem(code.redeem(new GrantId("never-added"), T0.plusSeconds(1)))))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("commit")
                .hasMessageContaining("FOREIGN KEY");

        assertThat(storage.authorizationCodes().find(code.codeHash())).contains(code);
        User next = aUser().build();
        storage.users().add(next);
        assertThat(RawSqlite.count(dataDir, "users")).isEqualTo(2);
    }

    @Test
    void writeWhenOutsideATransactionThenIsOnDiskAtOnce() {
        User user = aUser().build();

        storage.users().add(user);

        assertThat(RawSqlite.query(dataDir, "SELECT id FROM users")).containsExactly(user.id().value());
    }

    @Test
    void readWhenManyThreadsReadWhileOneWritesThenEveryReadSucceeds() {
        User user = aUser().build();
        storage.users().add(user);

        int readers = Race.winners(16, contender -> {
            if (contender == 0) {
                for (int i = 0; i < 20; i++) {
                    storage.organizations().add(anOrganization().build());
                }
                return true;
            }
            boolean allFound = true;
            for (int i = 0; i < 20; i++) {
                allFound &= storage.users().find(user.id()).isPresent();
            }
            return allFound;
        });

        assertThat(readers).isEqualTo(16);
        assertThat(RawSqlite.count(dataDir, "organizations")).isEqualTo(20);
    }

    private IssuedCode.Unredeemed storedCode() {
        Client client = aPublicClient().build();
        User user = aUser().build();
        Organization organization = anOrganization().build();
        storage.clients().add(client);
        storage.users().add(user);
        storage.organizations().add(organization);
        IssuedCode.Unredeemed code = anUnredeemedCode().of(anAuthorizationRequest().from(client))
                .approvedBy(user.id(), organization.id()).build();
        storage.authorizationCodes().add(code);
        return code;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the test did not release the transaction");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", interrupted);
        }
    }
}
