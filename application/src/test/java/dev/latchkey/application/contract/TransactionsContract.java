package dev.latchkey.application.contract;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aRefreshToken;
import static dev.latchkey.application.fixtures.Fixtures.aSecurityEvent;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.port.Transactions;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.authorization.IssuedCode;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.token.IssuedRefreshToken;
import dev.latchkey.domain.token.RefreshTokenState;
import dev.latchkey.domain.user.User;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Transactions}: the work commits when it returns normally, even when what it
 * returns is a rejection, and every write it made is rolled back when it throws. A nested
 * {@code inTransaction} joins the outer transaction: it commits only with it, and when the nested work
 * throws only the nested writes are undone.
 */
public abstract class TransactionsContract extends StorageContract {

    /** Thrown by the work of these tests, so that nothing else is mistaken for the rollback's trigger. */
    private static final class WorkFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WorkFailed() {
            super("the work failed on purpose");
        }
    }

    private Transactions transactions() {
        return storage().transactions();
    }

    @Test
    public void inTransactionWhenWorkReturnsThenCommitsEveryWriteAndReturnsItsResult() {
        User user = aUser().build();
        Organization organization = anOrganization().build();

        String result = transactions().inTransaction(() -> {
            storage().users().add(user);
            storage().organizations().add(organization);
            storage().memberships().put(aMembership().of(user).in(organization).build());
            return "rejected, but committed";
        });

        assertThat(result).isEqualTo("rejected, but committed");
        assertThat(storage().users().find(user.id())).contains(user);
        assertThat(storage().organizations().find(organization.id())).contains(organization);
        assertThat(storage().memberships().find(user.id(), organization.id())).isPresent();
    }

    @Test
    public void inTransactionWhenWorkThrowsThenRollsBackEveryWriteAndRethrowsTheSameException() {
        User user = aUser().build();
        Organization organization = anOrganization().build();
        Client client = aPublicClient().withRedirect("https://a.example/cb", "https://b.example/cb").build();
        WorkFailed failure = new WorkFailed();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            storage().users().add(user);
            storage().organizations().add(organization);
            storage().memberships().put(aMembership().of(user).in(organization).build());
            storage().clients().add(client);
            storage().securityEvents().record(aSecurityEvent().build());
            throw failure;
        })).isSameAs(failure);

        assertThat(storage().users().find(user.id())).isEmpty();
        assertThat(storage().users().isEmpty()).isTrue();
        assertThat(storage().organizations().find(organization.id())).isEmpty();
        assertThat(storage().memberships().ofUser(user.id())).isEmpty();
        assertThat(storage().clients().find(client.id())).isEmpty();
        assertThat(storage().securityEvents().recent(10)).isEmpty();
    }

    @Test
    public void inTransactionWhenWorkThrowsAnErrorThenRollsBackToo() {
        User user = aUser().build();
        AssertionError failure = new AssertionError("an Error, not an exception");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            storage().users().add(user);
            throw failure;
        })).isSameAs(failure);

        assertThat(storage().users().find(user.id())).isEmpty();
    }

    @Test
    public void inTransactionWhenWorkThrowsAfterCompareAndSetsThenUndoesThem() {
        IssuedCode.Unredeemed code = aCodeOfStoredParties().build();
        storage().authorizationCodes().add(code);
        Grant grant = storedGrant();
        IssuedRefreshToken token = aRefreshToken().of(grant).build();
        IssuedRefreshToken successor = aRefreshToken().of(grant).build();
        storage().refreshTokens().add(token);
        storage().refreshTokens().add(successor);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            storage().authorizationCodes().redeem(code.redeem(grant.id(), T0.plusSeconds(1)));
            storage().refreshTokens().rotate(token.id(), successor.id(), T0.plusSeconds(1));
            storage().refreshTokens().revokeAllOfGrant(grant.id(), T0.plusSeconds(1));
            storage().grants().revoke(grant.id(), T0.plusSeconds(1));
            throw new WorkFailed();
        })).isInstanceOf(WorkFailed.class);

        assertThat(storage().authorizationCodes().find(code.codeHash())).contains(code);
        assertThat(storage().refreshTokens().find(token.id()).orElseThrow().state())
                .isEqualTo(new RefreshTokenState.Active());
        assertThat(storage().refreshTokens().find(successor.id())).contains(successor);
        assertThat(storage().grants().find(grant.id())).contains(grant);
    }

    @Test
    public void inTransactionWhenWorkReadsItsOwnWritesThenSeesThem() {
        User user = aUser().build();

        boolean seen = transactions().inTransaction(() -> {
            storage().users().add(user);
            return storage().users().find(user.id()).isPresent()
                    && storage().users().findByUsername(user.username()).isPresent()
                    && !storage().users().isEmpty();
        });

        assertThat(seen).isTrue();
    }

    @Test
    public void inTransactionWhenRedeemingBeforeAddingTheGrantThenCommitsBoth() {
        IssuedCode.Unredeemed code = aCodeOfStoredParties().build();
        storage().authorizationCodes().add(code);
        IssuedCode.Redeemed redeemed = code.redeem(new GrantId("grant-made-after-redeem"), T0.plusSeconds(1));
        Grant grant = aGrantOfStoredParties().withId(redeemed.grantId()).build();

        boolean won = transactions().inTransaction(() -> {
            boolean redeemedNow = storage().authorizationCodes().redeem(redeemed);
            storage().grants().add(grant);
            return redeemedNow;
        });

        assertThat(won).isTrue();
        assertThat(storage().authorizationCodes().find(code.codeHash())).contains(redeemed);
        assertThat(storage().grants().find(grant.id())).contains(grant);
    }

    @Test
    public void inTransactionWhenNestedThenJoinsTheOuterTransactionAndRollsBackWithIt() {
        User user = aUser().build();
        Organization organization = anOrganization().build();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            storage().users().add(user);
            transactions().inTransaction(() -> {
                storage().organizations().add(organization);
                return null;
            });
            assertThat(storage().organizations().find(organization.id())).contains(organization);
            throw new WorkFailed();
        })).isInstanceOf(WorkFailed.class);

        assertThat(storage().users().find(user.id())).isEmpty();
        assertThat(storage().organizations().find(organization.id())).isEmpty();
    }

    @Test
    public void inTransactionWhenNestedWorkReturnsThenItsWritesCommitWithTheOuterWork() {
        User user = aUser().build();
        Organization organization = anOrganization().build();

        transactions().inTransaction(() -> {
            storage().users().add(user);
            return transactions().inTransaction(() -> {
                storage().organizations().add(organization);
                return null;
            });
        });

        assertThat(storage().users().find(user.id())).contains(user);
        assertThat(storage().organizations().find(organization.id())).contains(organization);
    }

    @Test
    public void inTransactionWhenNestedWorkThrowsAndTheOuterCatchesThenOnlyTheNestedWritesAreUndone() {
        User kept = aUser().build();
        User undone = aUser().build();

        transactions().inTransaction(() -> {
            storage().users().add(kept);
            try {
                transactions().inTransaction(() -> {
                    storage().users().add(undone);
                    throw new WorkFailed();
                });
            } catch (WorkFailed expected) {
                // The outer work carries on, as a use case that handles a failure would.
            }
            return null;
        });

        assertThat(storage().users().find(kept.id())).contains(kept);
        assertThat(storage().users().find(undone.id())).isEmpty();
    }

    @Test
    public void inTransactionWhenAWriteInsideFailsThenTheFailurePropagatesAndEarlierWritesRollBack() {
        User user = aUser().named("taken").build();
        storage().users().add(user);
        Organization organization = anOrganization().build();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            storage().organizations().add(organization);
            storage().users().add(aUser().named("taken").build());
            return null;
        })).isInstanceOf(RuntimeException.class);

        assertThat(storage().organizations().find(organization.id())).isEmpty();
        assertThat(storage().users().all()).containsExactly(user);
    }
}
