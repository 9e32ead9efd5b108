package dev.latchkey.domain.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OpenID Connect additions to a request: the {@code nonce} passed through to the ID token (OIDC Core
 * §3.1.2.1) and the sign-in time kept with the approval for {@code auth_time} (OIDC Core §2).
 */
final class NonceTest {

    private static AuthorizationRequest withNonce(Optional<String> nonce) {
        AuthorizationRequest plain = AuthorizationLifecycleTest.aRequest();
        return new AuthorizationRequest(plain.clientId(), plain.redirectUri(), plain.redirectUriGiven(),
                plain.scope(), plain.ignoredScopes(), plain.state(), plain.codeChallenge(), plain.resource(), nonce);
    }

    @Test
    void buildWhenEightArgumentsThenNoNonce() {
        assertThat(AuthorizationLifecycleTest.aRequest().nonce()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"n-0S6_WzA2Mj", "a", "with spaces and ~!@#$%^&*()"})
    void buildWhenNoncePrintableAsciiThenKeptUnmodified(String nonce) {
        assertThat(withNonce(Optional.of(nonce)).nonce()).contains(nonce);
    }

    @Test
    void buildWhenNonce512CharactersThenKeptAnd513Refused() {
        assertThat(withNonce(Optional.of("n".repeat(512))).nonce()).contains("n".repeat(512));
        assertThatIllegalArgumentException().isThrownBy(() -> withNonce(Optional.of("n".repeat(513))))
                .withMessageContaining("512");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "line\nbreak", "caf\u00e9"})
    void buildWhenNonceEmptyOrNotPrintableAsciiThenRefused(String nonce) {
        assertThatIllegalArgumentException().isThrownBy(() -> withNonce(Optional.of(nonce)));
    }

    @Test
    void approveWhenSignInTimeKnownThenKeptAsAuthTime() {
        Instant signedIn = Instant.parse("2025-06-01T11:58:00Z");
        Instant approved = Instant.parse("2025-06-01T12:00:00Z");

        ApprovedRequest approval = new ApprovedRequest(AuthorizationLifecycleTest.aRequest(), new UserId("u"),
                new OrgId("o"), approved, Optional.of(signedIn));

        assertThat(approval.authTime()).contains(signedIn);
        assertThat(AuthorizationLifecycleTest.anApproval().authTime()).isEmpty();
    }
}
