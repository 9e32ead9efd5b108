package dev.latchkey.application.contract;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aRefreshToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.fixtures.RefreshTokenBuilder;
import dev.latchkey.application.port.RefreshTokens;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.token.IssuedRefreshToken;
import dev.latchkey.domain.token.RefreshToken;
import dev.latchkey.domain.token.RefreshTokenId;
import dev.latchkey.domain.token.RefreshTokenState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RefreshTokens}: tokens kept by hash with their rotation chain, whose state changes
 * are compare-and-set operations so that a token is exchanged at most once (OAuth 2.1 §4.3.1, RFC 9700
 * §4.14.2 rotation with reuse detection).
 */
public abstract class RefreshTokensContract extends StorageContract {

    private Grant grant;

    @BeforeEach
    public final void storeAGrant() {
        grant = storedGrant();
    }

    private RefreshTokens tokens() {
        return storage().refreshTokens();
    }

    @Test
    public void findByHashWhenAddedThenReturnsEveryField() {
        IssuedRefreshToken token = aRefreshToken().of(grant).withId("r-1").issuedAt(T0.plusMillis(1))
                .expiresAt(T0.plus(Duration.ofDays(30)).plusMillis(2)).build();

        tokens().add(token);

        assertThat(tokens().findByHash(token.hash())).contains(token);
        assertThat(tokens().find(token.id())).contains(token);
    }

    @Test
    public void findWhenAddedRotatedThenReturnsTheRotatedState() {
        IssuedRefreshToken successor = stored(aRefreshToken().of(grant));
        IssuedRefreshToken token = aRefreshToken().of(grant).rotated(T0.plusMillis(5), successor.id()).build();

        tokens().add(token);

        assertThat(tokens().find(token.id())).contains(token);
    }

    @Test
    public void findWhenAddedRevokedThenReturnsTheRevokedState() {
        IssuedRefreshToken token = aRefreshToken().of(grant).revoked(T0.plusMillis(6)).build();

        tokens().add(token);

        assertThat(tokens().findByHash(token.hash())).contains(token);
    }

    @Test
    public void findWhenUnknownThenEmpty() {
        stored(aRefreshToken().of(grant));

        assertThat(tokens().find(new RefreshTokenId("no-such-token"))).isEmpty();
        assertThat(tokens().findByHash(SecretHash.of("no-such-token"))).isEmpty();
    }

    @Test
    public void addWhenHashIsTakenThenFailsAndKeepsTheFirstToken() {
        RefreshToken same = new RefreshToken("the-same-refresh-token-0123");
        IssuedRefreshToken first = stored(aRefreshToken().of(grant).withToken(same));

        assertThatThrownBy(() -> tokens().add(aRefreshToken().of(grant).withToken(same).build()))
                .isInstanceOf(RuntimeException.class);

        assertThat(tokens().findByHash(same.hash())).contains(first);
    }

    @Test
    public void addWhenIdIsTakenThenFailsAndKeepsTheFirstToken() {
        IssuedRefreshToken first = stored(aRefreshToken().of(grant).withId("same-id"));
        IssuedRefreshToken second = aRefreshToken().of(grant).withId("same-id").build();

        assertThatThrownBy(() -> tokens().add(second)).isInstanceOf(RuntimeException.class);

        assertThat(tokens().find(first.id())).contains(first);
        assertThat(tokens().findByHash(second.hash())).isEmpty();
    }

    @Test
    public void rotateWhenActiveThenReturnsTrueAndPointsAtTheSuccessor() {
        IssuedRefreshToken token = stored(aRefreshToken().of(grant));
        IssuedRefreshToken successor = stored(aRefreshToken().of(grant));

        boolean rotated = tokens().rotate(token.id(), successor.id(), T0.plusSeconds(10));

        assertThat(rotated).isTrue();
        assertThat(tokens().find(token.id()).orElseThrow().state())
                .isEqualTo(new RefreshTokenState.Rotated(T0.plusSeconds(10), successor.id()));
        assertThat(tokens().find(successor.id())).contains(successor);
    }

    @Test
    public void rotateWhenAlreadyRotatedThenReturnsFalseAndKeepsTheFirstSuccessor() {
        IssuedRefreshToken token = stored(aRefreshToken().of(grant));
        IssuedRefreshToken first = stored(aRefreshToken().of(grant));
        IssuedRefreshToken second = stored(aRefreshToken().of(grant));
        tokens().rotate(token.id(), first.id(), T0.plusSeconds(10));

        boolean rotatedAgain = tokens().rotate(token.id(), second.id(), T0.plusSeconds(11));

        assertThat(rotatedAgain).isFalse();
        assertThat(tokens().find(token.id()).orElseThrow().state())
                .isEqualTo(new RefreshTokenState.Rotated(T0.plusSeconds(10), first.id()));
    }

    @Test
    public void rotateWhenRevokedThenReturnsFalseAndStaysRevoked() {
        IssuedRefreshToken token = stored(aRefreshToken().of(grant).revoked(T0.plusSeconds(1)));
        IssuedRefreshToken successor = stored(aRefreshToken().of(grant));

        assertThat(tokens().rotate(token.id(), successor.id(), T0.plusSeconds(10))).isFalse();

        assertThat(tokens().find(token.id())).contains(token);
    }

    @Test
    public void rotateWhenUnknownThenReturnsFalse() {
        IssuedRefreshToken successor = stored(aRefreshToken().of(grant));

        assertThat(tokens().rotate(new RefreshTokenId("no-such-token"), successor.id(), T0)).isFalse();
    }

    @Test
    public void rotateWhenManyThreadsRaceThenExactlyOneWins() {
        IssuedRefreshToken token = stored(aRefreshToken().of(grant));
        List<IssuedRefreshToken> successors = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            successors.add(stored(aRefreshToken().of(grant)));
        }

        int winners = Race.winners(16, contender ->
                tokens().rotate(token.id(), successors.get(contender).id(), T0.plusSeconds(1)));

        assertThat(winners).isEqualTo(1);
        assertThat(tokens().find(token.id()).orElseThrow().state()).isInstanceOf(RefreshTokenState.Rotated.class);
    }

    @Test
    public void replaceSuccessorWhenPointingAtTheExpectedOneThenReturnsTrueAndRepointsKeepingTheRotationTime() {
        IssuedRefreshToken token = stored(aRefreshToken().of(grant));
        IssuedRefreshToken lost = stored(aRefreshToken().of(grant));
        IssuedRefreshToken retry = stored(aRefreshToken().of(grant));
        tokens().rotate(token.id(), lost.id(), T0.plusSeconds(10));

        boolean repointed = tokens().replaceSuccessor(token.id(), lost.id(), retry.id());

        assertThat(repointed).isTrue();
        assertThat(tokens().find(token.id()).orElseThrow().state())
                .isEqualTo(new RefreshTokenState.Rotated(T0.plusSeconds(10), retry.id()));
    }

    @Test
    public void replaceSuccessorWhenPointingElsewhereThenReturnsFalseAndChangesNothing() {
        IssuedRefreshToken token = stored(aRefreshToken().of(grant));
        IssuedRefreshToken actual = stored(aRefreshToken().of(grant));
        IssuedRefreshToken other = stored(aRefreshToken().of(grant));
        IssuedRefreshToken retry = stored(aRefreshToken().of(grant));
        tokens().rotate(token.id(), actual.id(), T0.plusSeconds(10));

        assertThat(tokens().replaceSuccessor(token.id(), other.id(), retry.id())).isFalse();

        assertThat(tokens().find(token.id()).orElseThrow().state())
                .isEqualTo(new RefreshTokenState.Rotated(T0.plusSeconds(10), actual.id()));
    }

    @Test
    public void replaceSuccessorWhenStillActiveThenReturnsFalseAndStaysActive() {
        IssuedRefreshToken token = stored(aRefreshToken().of(grant));
        IssuedRefreshToken expected = stored(aRefreshToken().of(grant));
        IssuedRefreshToken retry = stored(aRefreshToken().of(grant));

        assertThat(tokens().replaceSuccessor(token.id(), expected.id(), retry.id())).isFalse();

        assertThat(tokens().find(token.id())).contains(token);
    }

    @Test
    public void replaceSuccessorWhenTwoRetriesRaceThenExactlyOneWins() {
        IssuedRefreshToken token = stored(aRefreshToken().of(grant));
        IssuedRefreshToken lost = stored(aRefreshToken().of(grant));
        tokens().rotate(token.id(), lost.id(), T0.plusSeconds(10));
        List<IssuedRefreshToken> retries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            retries.add(stored(aRefreshToken().of(grant)));
        }

        int winners = Race.winners(8, contender ->
                tokens().replaceSuccessor(token.id(), lost.id(), retries.get(contender).id()));

        assertThat(winners).isEqualTo(1);
    }

    @Test
    public void revokeWhenActiveThenReturnsTrueAndRecordsWhen() {
        IssuedRefreshToken token = stored(aRefreshToken().of(grant));

        boolean revoked = tokens().revoke(token.id(), T0.plusSeconds(7));

        assertThat(revoked).isTrue();
        assertThat(tokens().find(token.id()).orElseThrow().state())
                .isEqualTo(new RefreshTokenState.Revoked(T0.plusSeconds(7)));
    }

    @Test
    public void revokeWhenAlreadyRevokedThenReturnsFalseAndKeepsTheFirstTime() {
        IssuedRefreshToken token = stored(aRefreshToken().of(grant));
        tokens().revoke(token.id(), T0.plusSeconds(7));

        assertThat(tokens().revoke(token.id(), T0.plusSeconds(8))).isFalse();

        assertThat(tokens().find(token.id()).orElseThrow().state())
                .isEqualTo(new RefreshTokenState.Revoked(T0.plusSeconds(7)));
    }

    @Test
    public void revokeWhenRotatedThenReturnsFalseAndStaysRotated() {
        IssuedRefreshToken successor = stored(aRefreshToken().of(grant));
        IssuedRefreshToken token = stored(aRefreshToken().of(grant).rotated(T0.plusSeconds(3), successor.id()));

        assertThat(tokens().revoke(token.id(), T0.plusSeconds(7))).isFalse();

        assertThat(tokens().find(token.id())).contains(token);
    }

    @Test
    public void revokeWhenUnknownThenReturnsFalse() {
        assertThat(tokens().revoke(new RefreshTokenId("no-such-token"), T0)).isFalse();
    }

    @Test
    public void revokeAllOfGrantWhenSeveralActiveThenRevokesOnlyThemAndCountsThem() {
        IssuedRefreshToken successor = stored(aRefreshToken().of(grant));
        IssuedRefreshToken active = stored(aRefreshToken().of(grant));
        IssuedRefreshToken rotated = stored(aRefreshToken().of(grant).rotated(T0.plusSeconds(1), successor.id()));
        IssuedRefreshToken revokedBefore = stored(aRefreshToken().of(grant).revoked(T0.plusSeconds(2)));
        IssuedRefreshToken ofOtherGrant = stored(aRefreshToken().of(storedGrant()));

        int revoked = tokens().revokeAllOfGrant(grant.id(), T0.plusSeconds(30));

        assertThat(revoked).isEqualTo(2);
        RefreshTokenState revokedNow = new RefreshTokenState.Revoked(T0.plusSeconds(30));
        assertThat(tokens().find(successor.id()).orElseThrow().state()).isEqualTo(revokedNow);
        assertThat(tokens().find(active.id()).orElseThrow().state()).isEqualTo(revokedNow);
        assertThat(tokens().find(rotated.id())).contains(rotated);
        assertThat(tokens().find(revokedBefore.id())).contains(revokedBefore);
        assertThat(tokens().find(ofOtherGrant.id())).contains(ofOtherGrant);
    }

    @Test
    public void revokeAllOfGrantWhenNoActiveTokenThenReturnsZero() {
        stored(aRefreshToken().of(grant).revoked(T0));

        assertThat(tokens().revokeAllOfGrant(grant.id(), T0.plusSeconds(1))).isZero();
        assertThat(tokens().revokeAllOfGrant(new GrantId("no-such-grant"), T0.plusSeconds(1))).isZero();
    }

    private IssuedRefreshToken stored(RefreshTokenBuilder token) {
        IssuedRefreshToken built = token.build();
        tokens().add(built);
        return built;
    }
}
