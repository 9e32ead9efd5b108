package dev.latchkey.application.contract;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.anUnredeemedCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.port.AuthorizationCodes;
import dev.latchkey.domain.authorization.ApprovedRequest;
import dev.latchkey.domain.authorization.AuthorizationCode;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.authorization.IssuedCode;
import dev.latchkey.domain.secret.SecretHash;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AuthorizationCodes}: codes kept by hash, redeemed at most once (RFC 6749 §4.1.2:
 * "The client MUST NOT use the authorization code more than once"), so {@code redeem} is a compare-and-set.
 * As in {@code ExchangeAuthorizationCode}, a redemption is followed by adding its grant in the same
 * transaction.
 */
public abstract class AuthorizationCodesContract extends StorageContract {

    private AuthorizationCodes codes() {
        return storage().authorizationCodes();
    }

    @Test
    public void findWhenAddedThenReturnsItUnredeemedWithEveryField() {
        IssuedCode.Unredeemed code = aCodeOfStoredParties()
                .of(aRequestOfStoredClient().withScope("mcp:use files:read").withIgnoredScopes("unknown")
                        .withState("xyz").forResource("https://mcp.example.com/tools"))
                .approvedAt(T0.plusMillis(1))
                .issuedAt(T0.plusMillis(2))
                .expiresAt(T0.plusSeconds(60).plusMillis(3))
                .build();

        codes().add(code);

        assertThat(codes().find(code.codeHash())).contains(code);
    }

    @Test
    public void findWhenApprovedOpenIdRequestThenReturnsNonceAndSignInTime() {
        IssuedCode.Unredeemed code = aCodeOfStoredParties()
                .of(aRequestOfStoredClient().withScope("openid email mcp:use").withNonce("nonce-4f2a"))
                .signedInAt(T0.minusSeconds(90).plusMillis(5))
                .approvedAt(T0.plusMillis(1))
                .build();

        codes().add(code);

        IssuedCode found = codes().find(code.codeHash()).orElseThrow();
        assertThat(found).isEqualTo(code);
        assertThat(found.approved().request().nonce()).contains("nonce-4f2a");
        assertThat(found.approved().authTime()).contains(T0.minusSeconds(90).plusMillis(5));
    }

    @Test
    public void findWhenRedeemedThenKeepsNonceAndSignInTime() {
        IssuedCode.Unredeemed code = aCodeOfStoredParties()
                .of(aRequestOfStoredClient().withScope("openid mcp:use").withNonce("nonce-redeemed"))
                .signedInAt(T0.minusSeconds(5))
                .build();
        codes().add(code);
        IssuedCode.Redeemed redeemed = code.redeem(new GrantId("grant-of-the-openid-code"), T0.plusSeconds(5));

        redeemAndAddGrant(redeemed);

        assertThat(codes().find(code.codeHash())).contains(redeemed);
    }

    @Test
    public void findWhenNoNonceAndNoSignInTimeThenBothEmpty() {
        IssuedCode.Unredeemed code = aCodeOfStoredParties().build();

        codes().add(code);

        IssuedCode found = codes().find(code.codeHash()).orElseThrow();
        assertThat(found.approved().request().nonce()).isEmpty();
        assertThat(found.approved().authTime()).isEmpty();
    }

    @Test
    public void findWhenRequestHasNoStateAndNoRedirectGivenThenReturnsThemSo() {
        IssuedCode.Unredeemed code = aCodeOfStoredParties()
                .of(aRequestOfStoredClient().withoutState().withoutRedirectGiven())
                .build();

        codes().add(code);

        assertThat(codes().find(code.codeHash())).contains(code);
    }

    @Test
    public void findWhenUnknownThenEmpty() {
        codes().add(aCodeOfStoredParties().build());

        assertThat(codes().find(SecretHash.of("no-such-code"))).isEmpty();
    }

    @Test
    public void redeemWhenUnredeemedThenReturnsTrueAndTheCodeIsRedeemedForTheGrant() {
        IssuedCode.Unredeemed code = storedCode();
        IssuedCode.Redeemed redeemed = code.redeem(new GrantId("grant-of-the-code"), T0.plusSeconds(5));

        boolean won = redeemAndAddGrant(redeemed);

        assertThat(won).isTrue();
        assertThat(codes().find(code.codeHash())).contains(redeemed);
    }

    @Test
    public void redeemWhenAlreadyRedeemedThenReturnsFalseAndKeepsTheFirstRedemption() {
        IssuedCode.Unredeemed code = storedCode();
        IssuedCode.Redeemed first = code.redeem(new GrantId("first-grant"), T0.plusSeconds(5));
        redeemAndAddGrant(first);

        boolean wonAgain = redeemAndAddGrant(code.redeem(new GrantId("second-grant"), T0.plusSeconds(6)));

        assertThat(wonAgain).isFalse();
        assertThat(codes().find(code.codeHash())).contains(first);
        assertThat(storage().grants().find(new GrantId("second-grant"))).isEmpty();
    }

    @Test
    public void redeemWhenUnknownThenReturnsFalseAndStoresNothing() {
        IssuedCode.Unredeemed neverAdded = anUnredeemedCode().build();

        boolean won = codes().redeem(neverAdded.redeem(new GrantId("grant-of-nothing"), T0));

        assertThat(won).isFalse();
        assertThat(codes().find(neverAdded.codeHash())).isEmpty();
    }

    @Test
    public void redeemWhenManyThreadsRaceThenExactlyOneWins() {
        IssuedCode.Unredeemed code = storedCode();

        int winners = Race.winners(16, contender ->
                redeemAndAddGrant(code.redeem(new GrantId("raced-grant-" + contender), T0.plusSeconds(1))));

        assertThat(winners).isEqualTo(1);
        IssuedCode.Redeemed redeemed = (IssuedCode.Redeemed) codes().find(code.codeHash()).orElseThrow();
        assertThat(storage().grants().find(redeemed.grantId())).isPresent();
    }

    @Test
    public void removeExpiredUnredeemedWhenSomeExpiredThenRemovesOnlyExpiredUnredeemedOnesAndCountsThem() {
        Instant cutoff = T0.plus(Duration.ofMinutes(10));
        IssuedCode.Unredeemed expiredEarlier = storedCodeExpiringAt(cutoff.minusSeconds(60));
        IssuedCode.Unredeemed expiringAtCutoff = storedCodeExpiringAt(cutoff);
        IssuedCode.Unredeemed live = storedCodeExpiringAt(cutoff.plusMillis(1));
        IssuedCode.Unredeemed redeemedThenExpired = storedCodeExpiringAt(cutoff.minusSeconds(60));
        IssuedCode.Redeemed redeemed = redeemedThenExpired.redeem(new GrantId("kept-for-replay-detection"), T0);
        redeemAndAddGrant(redeemed);

        int removed = codes().removeExpiredUnredeemed(cutoff);

        assertThat(removed).isEqualTo(2);
        assertThat(codes().find(expiredEarlier.codeHash())).isEmpty();
        assertThat(codes().find(expiringAtCutoff.codeHash())).isEmpty();
        assertThat(codes().find(live.codeHash())).contains(live);
        assertThat(codes().find(redeemed.codeHash())).contains(redeemed);
    }

    @Test
    public void addWhenHashIsTakenThenFailsAndKeepsTheFirstCode() {
        AuthorizationCode same = new AuthorizationCode("the-same-code-0123456789");
        IssuedCode.Unredeemed first = aCodeOfStoredParties().withCode(same).build();
        codes().add(first);

        assertThatThrownBy(() -> codes().add(aCodeOfStoredParties().withCode(same).expiresAt(T0.plusSeconds(600))
                .build())).isInstanceOf(RuntimeException.class);

        assertThat(codes().find(same.hash())).contains(first);
    }

    private IssuedCode.Unredeemed storedCode() {
        IssuedCode.Unredeemed code = aCodeOfStoredParties().build();
        codes().add(code);
        return code;
    }

    private IssuedCode.Unredeemed storedCodeExpiringAt(Instant expiresAt) {
        IssuedCode.Unredeemed code = aCodeOfStoredParties().issuedAt(T0).expiresAt(expiresAt).build();
        codes().add(code);
        return code;
    }

    /**
     * Redeems the code and, when this call won, adds the grant it created, in one transaction and in that
     * order, as {@code ExchangeAuthorizationCode} does.
     */
    private boolean redeemAndAddGrant(IssuedCode.Redeemed redeemed) {
        return storage().transactions().inTransaction(() -> {
            boolean won = codes().redeem(redeemed);
            if (won) {
                storage().grants().add(grantCreatedBy(redeemed));
            }
            return won;
        });
    }

    private static Grant grantCreatedBy(IssuedCode.Redeemed redeemed) {
        ApprovedRequest approved = redeemed.approved();
        return aGrant().withId(redeemed.grantId()).of(approved.userId()).in(approved.orgId())
                .to(approved.request().clientId()).forResource(approved.request().resource().value())
                .withScope(approved.request().scope().asString()).createdAt(redeemed.redeemedAt())
                .lastUsedAt(redeemed.redeemedAt()).build();
    }
}
