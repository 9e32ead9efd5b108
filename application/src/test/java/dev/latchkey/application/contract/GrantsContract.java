package dev.latchkey.application.contract;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.fixtures.GrantBuilder;
import dev.latchkey.application.port.Grants;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.user.User;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Grants}: consents that revocation ends (RFC 7009 §2.1), revoked at most once, and
 * listed per user newest first.
 */
public abstract class GrantsContract extends StorageContract {

    private Grants grants() {
        return storage().grants();
    }

    @Test
    public void findWhenEveryFieldIsSetThenReturnsTheGrantUnchanged() {
        Grant grant = aGrantOfStoredParties().withId("g-1").forResource("https://files.example.com/mcp")
                .withScope("mcp:use files:read offline_access").createdAt(T0.plusMillis(1))
                .revokedAt(T0.plusSeconds(30).plusMillis(2)).lastUsedAt(T0.plusSeconds(20).plusMillis(3)).build();

        grants().add(grant);

        assertThat(grants().find(grant.id())).contains(grant);
        assertThat(grants().find(grant.id()).orElseThrow().scope().asString())
                .isEqualTo("mcp:use files:read offline_access");
    }

    @Test
    public void findWhenNeitherRevokedNorUsedThenReturnsThemEmpty() {
        Grant grant = aGrantOfStoredParties().build();

        grants().add(grant);

        Grant found = grants().find(grant.id()).orElseThrow();
        assertThat(found).isEqualTo(grant);
        assertThat(found.revokedAt()).isEmpty();
        assertThat(found.lastUsedAt()).isEmpty();
        assertThat(found.isActive()).isTrue();
    }

    @Test
    public void findWhenUnknownThenEmpty() {
        storedGrant();

        assertThat(grants().find(new GrantId("no-such-grant"))).isEmpty();
    }

    @Test
    public void addWhenIdIsTakenThenFailsAndKeepsTheFirstGrant() {
        Grant first = stored(aGrantOfStoredParties().withId("same-id"));

        assertThatThrownBy(() -> grants().add(aGrantOfStoredParties().withId("same-id").withScope("other").build()))
                .isInstanceOf(RuntimeException.class);

        assertThat(grants().find(first.id())).contains(first);
    }

    @Test
    public void revokeWhenActiveThenReturnsTrueAndRecordsWhenLeavingTheRestAlone() {
        Grant grant = stored(aGrantOfStoredParties().lastUsedAt(T0.plusSeconds(1)));

        boolean revoked = grants().revoke(grant.id(), T0.plusSeconds(5));

        assertThat(revoked).isTrue();
        assertThat(grants().find(grant.id())).contains(new Grant(grant.id(), grant.userId(), grant.orgId(),
                grant.clientId(), grant.resource(), grant.scope(), grant.createdAt(), Optional.of(T0.plusSeconds(5)),
                Optional.of(T0.plusSeconds(1))));
    }

    @Test
    public void revokeWhenAlreadyRevokedThenReturnsFalseAndKeepsTheFirstTime() {
        Grant grant = storedGrant();
        grants().revoke(grant.id(), T0.plusSeconds(5));

        boolean revokedAgain = grants().revoke(grant.id(), T0.plusSeconds(9));

        assertThat(revokedAgain).isFalse();
        assertThat(grants().find(grant.id()).orElseThrow().revokedAt()).contains(T0.plusSeconds(5));
    }

    @Test
    public void revokeWhenUnknownThenReturnsFalse() {
        assertThat(grants().revoke(new GrantId("no-such-grant"), T0)).isFalse();
    }

    @Test
    public void revokeWhenManyThreadsRaceThenExactlyOneRevokes() {
        Grant grant = storedGrant();

        int winners = Race.winners(16, contender -> grants().revoke(grant.id(), T0.plusSeconds(contender)));

        assertThat(winners).isEqualTo(1);
        assertThat(grants().find(grant.id()).orElseThrow().isActive()).isFalse();
    }

    @Test
    public void recordUseWhenGrantExistsThenSetsLastUsedAtOnly() {
        Grant grant = stored(aGrantOfStoredParties().lastUsedAt(T0));

        grants().recordUse(grant.id(), T0.plus(Duration.ofHours(1)));

        Grant found = grants().find(grant.id()).orElseThrow();
        assertThat(found.lastUsedAt()).contains(T0.plus(Duration.ofHours(1)));
        assertThat(found.revokedAt()).isEmpty();
        assertThat(found.createdAt()).isEqualTo(grant.createdAt());
    }

    @Test
    public void recordUseWhenNeverUsedBeforeThenSetsLastUsedAt() {
        Grant grant = storedGrant();

        grants().recordUse(grant.id(), T0.plusSeconds(42));

        assertThat(grants().find(grant.id()).orElseThrow().lastUsedAt()).contains(T0.plusSeconds(42));
    }

    @Test
    public void recordUseWhenUnknownThenChangesNothing() {
        Grant grant = storedGrant();

        grants().recordUse(new GrantId("no-such-grant"), T0.plusSeconds(42));

        assertThat(grants().find(new GrantId("no-such-grant"))).isEmpty();
        assertThat(grants().find(grant.id())).contains(grant);
    }

    @Test
    public void ofUserWhenSeveralThenNewestFirstIncludingRevokedAndOnlyTheirs() {
        User user = stored(aUser());
        Grant oldest = stored(grantOf(user).createdAt(T0));
        Grant newestRevoked = stored(grantOf(user).createdAt(T0.plusSeconds(2)).revokedAt(T0.plusSeconds(3)));
        Grant middle = stored(grantOf(user).createdAt(T0.plusSeconds(1)));
        stored(grantOf(stored(aUser())).createdAt(T0.plusSeconds(10)));

        assertThat(grants().ofUser(user.id())).containsExactly(newestRevoked, middle, oldest);
    }

    @Test
    public void ofUserWhenCreatedAtTheSameInstantThenLatestAddedFirst() {
        User user = stored(aUser());
        Grant first = stored(grantOf(user).withId("b-grant").createdAt(T0));
        Grant second = stored(grantOf(user).withId("a-grant").createdAt(T0));
        Grant third = stored(grantOf(user).withId("c-grant").createdAt(T0));

        assertThat(grants().ofUser(user.id())).containsExactly(third, second, first);
    }

    @Test
    public void ofUserWhenNoGrantThenEmpty() {
        User user = stored(aUser());
        storedGrant();

        assertThat(grants().ofUser(user.id())).isEmpty();
    }

    private GrantBuilder grantOf(User user) {
        Organization organization = stored(anOrganization());
        Client client = stored(aPublicClient());
        return aGrant().of(user).in(organization).to(client);
    }
}
