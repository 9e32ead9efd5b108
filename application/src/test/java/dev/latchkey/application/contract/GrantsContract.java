package dev.latchkey.application.contract;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.fixtures.GrantBuilder;
import dev.latchkey.application.port.Grants;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.Username;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Grants}: consents that revocation ends (RFC 7009 §2.1), revoked at most once,
 * listed per user, per organization and overall newest first, and found "live" only while the grant is not revoked, its user
 * is not disabled and is still a member of the grant's organization.
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

    @Test
    public void ofOrganizationWhenSeveralThenNewestFirstIncludingRevokedAndOnlyThatOrganizations() {
        Organization acme = stored(anOrganization());
        Client client = stored(aPublicClient());
        Grant oldest = stored(aGrant().of(stored(aUser())).in(acme).to(client).createdAt(T0));
        Grant newestRevoked = stored(aGrant().of(stored(aUser())).in(acme).to(stored(aPublicClient()))
                .createdAt(T0.plusSeconds(2)).revokedAt(T0.plusSeconds(3)));
        Grant middle = stored(aGrant().of(stored(aUser())).in(acme).to(client).createdAt(T0.plusSeconds(1)));
        stored(aGrant().of(stored(aUser())).in(stored(anOrganization())).to(client).createdAt(T0.plusSeconds(10)));

        assertThat(grants().ofOrganization(acme.id())).containsExactly(newestRevoked, middle, oldest);
    }

    @Test
    public void ofOrganizationWhenCreatedAtTheSameInstantThenLatestAddedFirst() {
        Organization acme = stored(anOrganization());
        Client client = stored(aPublicClient());
        Grant first = stored(aGrant().of(stored(aUser())).in(acme).to(client).withId("b-grant").createdAt(T0));
        Grant second = stored(aGrant().of(stored(aUser())).in(acme).to(client).withId("a-grant").createdAt(T0));
        Grant third = stored(aGrant().of(stored(aUser())).in(acme).to(client).withId("c-grant").createdAt(T0));

        assertThat(grants().ofOrganization(acme.id())).containsExactly(third, second, first);
    }

    @Test
    public void ofOrganizationWhenNoGrantThenEmpty() {
        Organization acme = stored(anOrganization());
        storedGrant();

        assertThat(grants().ofOrganization(acme.id())).isEmpty();
        assertThat(grants().ofOrganization(new OrgId("no-such-organization"))).isEmpty();
    }

    @Test
    public void recentWhenSeveralUsersThenNewestFirstIncludingRevokedAndLimited() {
        Grant oldest = stored(grantOf(stored(aUser())).createdAt(T0));
        Grant newestRevoked = stored(grantOf(stored(aUser())).createdAt(T0.plusSeconds(3)).revokedAt(T0.plusSeconds(4)));
        Grant second = stored(grantOf(stored(aUser())).createdAt(T0.plusSeconds(1)));
        Grant third = stored(grantOf(stored(aUser())).createdAt(T0.plusSeconds(2)));

        assertThat(grants().recent(10)).containsExactly(newestRevoked, third, second, oldest);
        assertThat(grants().recent(2)).containsExactly(newestRevoked, third);
    }

    @Test
    public void recentWhenCreatedAtTheSameInstantThenLatestAddedFirst() {
        User user = stored(aUser());
        Grant first = stored(grantOf(user).withId("b-grant").createdAt(T0));
        Grant second = stored(grantOf(stored(aUser())).withId("a-grant").createdAt(T0));
        Grant third = stored(grantOf(user).withId("c-grant").createdAt(T0));

        assertThat(grants().recent(3)).containsExactly(third, second, first);
    }

    @Test
    public void recentWhenNoGrantOrLimitZeroThenEmpty() {
        assertThat(grants().recent(5)).isEmpty();

        storedGrant();

        assertThat(grants().recent(0)).isEmpty();
    }

    @Test
    public void recentWhenLimitIsNegativeThenRefusesIt() {
        storedGrant();

        assertThatIllegalArgumentException().isThrownBy(() -> grants().recent(-1));
    }

    // findLive: what the gateway asks on every call; present only while the grant, its user and the
    // user's membership of the grant's organization all still stand.

    @Test
    public void findLiveWhenActiveAndTheUserIsAnEnabledMemberThenTheGrantWithUsernameAndRole() {
        User user = stored(aUser().named("alice"));
        Organization organization = stored(anOrganization());
        storage().memberships().put(aMembership().of(user).in(organization).as(Role.ADMIN).build());
        Grant grant = stored(aGrant().of(user).in(organization).to(stored(aPublicClient())));

        assertThat(grants().findLive(grant.id())).contains(new Grants.LiveGrant(grant, new Username("alice"),
                Role.ADMIN));
    }

    @Test
    public void findLiveWhenTheRoleChangedAfterTheGrantThenTheCurrentRole() {
        Live live = liveGrant();
        storage().memberships().put(aMembership().of(live.user()).in(live.organization()).as(Role.OWNER).build());

        assertThat(grants().findLive(live.grant().id()).map(Grants.LiveGrant::role)).contains(Role.OWNER);
    }

    @Test
    public void findLiveWhenTheGrantWasUsedSinceThenTheGrantAsItIsNow() {
        Live live = liveGrant();
        grants().recordUse(live.grant().id(), T0.plusSeconds(30));

        assertThat(grants().findLive(live.grant().id()).map(Grants.LiveGrant::grant))
                .contains(grants().find(live.grant().id()).orElseThrow());
    }

    @Test
    public void findLiveWhenTheGrantIsRevokedThenEmpty() {
        Live live = liveGrant();

        grants().revoke(live.grant().id(), T0.plusSeconds(1));

        assertThat(grants().findLive(live.grant().id())).isEmpty();
    }

    @Test
    public void findLiveWhenTheUserIsDisabledThenEmptyAndWhenEnabledAgainThenPresent() {
        Live live = liveGrant();

        storage().users().setDisabled(live.user().id(), true);

        assertThat(grants().findLive(live.grant().id())).isEmpty();

        storage().users().setDisabled(live.user().id(), false);

        assertThat(grants().findLive(live.grant().id())).isPresent();
    }

    @Test
    public void findLiveWhenTheMembershipWasRemovedThenEmpty() {
        Live live = liveGrant();

        storage().memberships().remove(live.user().id(), live.organization().id());

        assertThat(grants().findLive(live.grant().id())).isEmpty();
    }

    @Test
    public void findLiveWhenTheUserIsAMemberOfAnotherOrganizationOnlyThenEmpty() {
        User user = stored(aUser());
        Organization granted = stored(anOrganization());
        storage().memberships().put(aMembership().of(user).in(stored(anOrganization())).build());
        Grant grant = stored(aGrant().of(user).in(granted).to(stored(aPublicClient())));

        assertThat(grants().findLive(grant.id())).isEmpty();
    }

    @Test
    public void findLiveWhenUnknownThenEmpty() {
        liveGrant();

        assertThat(grants().findLive(new GrantId("no-such-grant"))).isEmpty();
    }

    /** A stored grant whose user is an enabled member of the grant's organization. */
    private record Live(User user, Organization organization, Grant grant) {}

    private Live liveGrant() {
        User user = stored(aUser());
        Organization organization = stored(anOrganization());
        storage().memberships().put(aMembership().of(user).in(organization).build());
        Grant grant = stored(aGrant().of(user).in(organization).to(stored(aPublicClient())));
        return new Live(user, organization, grant);
    }

    private GrantBuilder grantOf(User user) {
        Organization organization = stored(anOrganization());
        Client client = stored(aPublicClient());
        return aGrant().of(user).in(organization).to(client);
    }
}
