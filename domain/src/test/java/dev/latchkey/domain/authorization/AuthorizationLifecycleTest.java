package dev.latchkey.domain.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.secret.SecretHash;
import dev.latchkey.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Codes, pending requests and grants: single-use codes (RFC 6749 §4.1.2), short lifetimes, and grants
 * that revocation ends.
 */
final class AuthorizationLifecycleTest {

    private static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");
    private static final Instant EXPIRES = T0.plus(Duration.ofMinutes(1));

    static AuthorizationRequest aRequest() {
        return new AuthorizationRequest(new ClientId("client-1"),
                new RedirectUri("http://127.0.0.1:33418/"), true, ScopeSet.parse("mcp:use"), ScopeSet.empty(),
                Optional.of("xyz"), CodeChallenge.s256(new CodeVerifier(CodeVerifierTest.RFC_7636_VERIFIER)),
                ResourceUri.parse("https://mcp.example.com/mcp"));
    }

    static ApprovedRequest anApproval() {
        return new ApprovedRequest(aRequest(), new UserId("user-1"), new OrgId("org-1"), T0);
    }

    private static IssuedCode.Unredeemed anUnredeemedCode() {
        return new IssuedCode.Unredeemed(SecretHash.of("code-in-the-clear-0001"), anApproval(), T0, EXPIRES);
    }

    @Test
    void isExpiredWhenBeforeExpiryThenFalse() {
        assertThat(anUnredeemedCode().isExpired(EXPIRES.minusNanos(1))).isFalse();
    }

    @Test
    void isExpiredWhenExactlyAtExpiryThenTrue() {
        assertThat(anUnredeemedCode().isExpired(EXPIRES)).isTrue();
    }

    @Test
    void redeemWhenUnredeemedThenRedeemedKeepsEverythingAndRecordsGrant() {
        IssuedCode.Unredeemed code = anUnredeemedCode();
        Instant at = T0.plusSeconds(5);

        IssuedCode.Redeemed redeemed = code.redeem(new GrantId("grant-1"), at);

        assertThat(redeemed.codeHash()).isEqualTo(code.codeHash());
        assertThat(redeemed.approved()).isEqualTo(code.approved());
        assertThat(redeemed.issuedAt()).isEqualTo(T0);
        assertThat(redeemed.expiresAt()).isEqualTo(EXPIRES);
        assertThat(redeemed.grantId()).isEqualTo(new GrantId("grant-1"));
        assertThat(redeemed.redeemedAt()).isEqualTo(at);
    }

    @Test
    void redeemedWhenBuiltWithoutGrantThenRefused() {
        assertThatNullPointerException().isThrownBy(() -> new IssuedCode.Redeemed(
                SecretHash.of("code-in-the-clear-0001"), anApproval(), T0, EXPIRES, null, T0));
    }

    @Test
    void pendingIsExpiredWhenExactlyAtExpiryThenTrue() {
        PendingAuthorization pending = new PendingAuthorization(SecretHash.of("handle-in-the-clear-01"),
                aRequest(), T0, EXPIRES);

        assertThat(pending.isExpired(EXPIRES.minusNanos(1))).isFalse();
        assertThat(pending.isExpired(EXPIRES)).isTrue();
    }

    @Test
    void grantIsActiveWhenNotRevokedThenTrue() {
        assertThat(aGrant(Optional.empty()).isActive()).isTrue();
    }

    @Test
    void grantIsActiveWhenRevokedThenFalse() {
        assertThat(aGrant(Optional.of(T0.plusSeconds(60))).isActive()).isFalse();
    }

    @Test
    void grantIdWhenOver64CharactersThenRefused() {
        assertThat(new GrantId("g".repeat(64)).toString()).hasSize(64);
        assertThatIllegalArgumentException().isThrownBy(() -> new GrantId("g".repeat(65)));
    }

    @Test
    void requestWhenAnyPartMissingThenRefused() {
        AuthorizationRequest valid = aRequest();

        assertThatNullPointerException().isThrownBy(() -> new AuthorizationRequest(valid.clientId(),
                valid.redirectUri(), true, valid.scope(), valid.ignoredScopes(), valid.state(), null,
                valid.resource()));
        assertThatNullPointerException().isThrownBy(() -> new AuthorizationRequest(valid.clientId(),
                valid.redirectUri(), true, valid.scope(), valid.ignoredScopes(), valid.state(),
                valid.codeChallenge(), null));
    }

    private static Grant aGrant(Optional<Instant> revokedAt) {
        return new Grant(new GrantId("grant-1"), new UserId("user-1"), new OrgId("org-1"), new ClientId("client-1"),
                ResourceUri.parse("https://mcp.example.com/mcp"), ScopeSet.parse("mcp:use"), T0, revokedAt,
                Optional.empty());
    }
}
