package dev.latchkey.adapters.sqlite;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anAuthorizationRequest;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static dev.latchkey.application.fixtures.Fixtures.anUnredeemedCode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.contract.Race;
import dev.latchkey.domain.authorization.ApprovedRequest;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.authorization.IssuedCode;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.user.User;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@link SqliteStorage}s on one data folder, as the CLI and a running server are: WAL lets both read
 * at any time, and {@code busy_timeout} makes one's write wait for the other's instead of failing.
 */
final class SqliteSharedFolderTest {

    @TempDir
    Path dataDir;

    private SqliteStorage server;
    private SqliteStorage cli;

    @BeforeEach
    void openBoth() {
        server = SqliteStorage.open(dataDir);
        cli = SqliteStorage.open(dataDir);
    }

    @AfterEach
    void closeBoth() {
        cli.close();
        server.close();
    }

    @Test
    void writeWhenTwoStoragesShareAFolderThenBothWriteAndEachSeesTheOthersWrites() {
        User user = aUser().build();
        Organization organization = anOrganization().build();

        cli.users().add(user);
        server.organizations().add(organization);

        assertThat(server.users().find(user.id())).contains(user);
        assertThat(cli.organizations().find(organization.id())).contains(organization);
    }

    @Test
    void writeWhenTheOtherStorageHoldsATransactionThenWaitsForItAndSucceeds() throws Exception {
        User user = aUser().build();
        Organization organization = anOrganization().build();
        CountDownLatch serverWrote = new CountDownLatch(1);

        CompletableFuture<Void> serverTransaction = CompletableFuture.runAsync(() ->
                server.transactions().inTransaction(() -> {
                    server.users().add(user);
                    serverWrote.countDown();
                    pause(Duration.ofMillis(300));
                    return null;
                }));
        assertThat(serverWrote.await(10, TimeUnit.SECONDS)).isTrue();
        cli.organizations().add(organization);
        serverTransaction.get(10, TimeUnit.SECONDS);

        assertThat(cli.users().find(user.id())).contains(user);
        assertThat(server.organizations().find(organization.id())).contains(organization);
    }

    @Test
    void redeemWhenThreadsOfTwoStoragesRaceForOneCodeThenExactlyOneWins() {
        Client client = aPublicClient().build();
        User user = aUser().build();
        Organization organization = anOrganization().build();
        server.clients().add(client);
        server.users().add(user);
        server.organizations().add(organization);
        IssuedCode.Unredeemed code = anUnredeemedCode().of(anAuthorizationRequest().from(client))
                .approvedBy(user.id(), organization.id()).build();
        server.authorizationCodes().add(code);
        List<SqliteStorage> processes = List.of(server, cli);

        int winners = Race.winners(16, contender -> {
            SqliteStorage storage = processes.get(contender % 2);
            IssuedCode.Redeemed redeemed = code.redeem(new GrantId("grant-of-contender-" + contender),
                    T0.plusSeconds(1));
            return storage.transactions().inTransaction(() -> {
                boolean won = storage.authorizationCodes().redeem(redeemed);
                if (won) {
                    ApprovedRequest approved = redeemed.approved();
                    storage.grants().add(aGrant().withId(redeemed.grantId()).of(approved.userId())
                            .in(approved.orgId()).to(approved.request().clientId()).build());
                }
                return won;
            });
        });

        assertThat(winners).isEqualTo(1);
        assertThat(RawSqlite.count(dataDir, "grants")).isEqualTo(1);
        assertThat(RawSqlite.query(dataDir, "SELECT grant_id FROM authorization_codes"))
                .isEqualTo(RawSqlite.query(dataDir, "SELECT id FROM grants"));
    }

    @Test
    void openWhenSeveralProcessesOpenANewFolderAtOnceThenTheSchemaIsCreatedOnce() {
        Path fresh = dataDir.resolve("fresh");
        List<SqliteStorage> opened = new CopyOnWriteArrayList<>();

        int opens = Race.winners(4, contender -> opened.add(SqliteStorage.open(fresh)));
        opened.forEach(SqliteStorage::close);

        assertThat(opens).isEqualTo(4);
        assertThat(RawSqlite.count(fresh, "schema_version")).isEqualTo(Migrations.FILES.size());
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", interrupted);
        }
    }
}
