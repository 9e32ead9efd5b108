package dev.latchkey.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.user.PasswordHash;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.user.Username;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The user claims each scope releases (OIDC Core §5.4), and the ID token's claims (OIDC Core §2). */
final class IdentityClaimsTest {

    private static final User ALICE = new User(new UserId("u-1"), new Username("alice"),
            new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"), false, Instant.EPOCH,
            Optional.of("alice@example.com"), Optional.of("Alice Liddell"));

    @Test
    void ofWhenOnlyOpenIdThenOnlySub() {
        IdentityClaims claims = IdentityClaims.of(ALICE, ScopeSet.parse("openid mcp:use"));

        assertThat(claims).isEqualTo(new IdentityClaims(ALICE.id(), Optional.empty(), Optional.empty(),
                Optional.empty()));
        assertThat(claims.emailVerified()).isEmpty();
    }

    @Test
    void ofWhenEmailScopeThenEmailAndEmailVerifiedFalse() {
        IdentityClaims claims = IdentityClaims.of(ALICE, ScopeSet.parse("openid email"));

        assertThat(claims.email()).contains("alice@example.com");
        assertThat(claims.emailVerified()).contains(false);
        assertThat(claims.name()).isEmpty();
        assertThat(claims.preferredUsername()).isEmpty();
    }

    @Test
    void ofWhenProfileScopeThenNameAndPreferredUsername() {
        IdentityClaims claims = IdentityClaims.of(ALICE, ScopeSet.parse("openid profile"));

        assertThat(claims.name()).contains("Alice Liddell");
        assertThat(claims.preferredUsername()).contains(new Username("alice"));
        assertThat(claims.email()).isEmpty();
    }

    @Test
    void ofWhenUserHasNoProfileThenThoseClaimsAreOmittedButPreferredUsernameStays() {
        User bare = new User(new UserId("u-2"), new Username("bob"), ALICE.passwordHash(), false, Instant.EPOCH);

        IdentityClaims claims = IdentityClaims.of(bare, ScopeSet.parse("openid profile email"));

        assertThat(claims.email()).isEmpty();
        assertThat(claims.emailVerified()).isEmpty();
        assertThat(claims.name()).isEmpty();
        assertThat(claims.preferredUsername()).contains(new Username("bob"));
    }

    @Test
    void idTokenWhenExpiryNotAfterIssueThenRefused() {
        Instant at = Instant.parse("2025-06-01T12:00:00Z");
        IdentityClaims identity = IdentityClaims.of(ALICE, ScopeSet.parse("openid"));

        assertThatIllegalArgumentException().isThrownBy(() -> new IdTokenClaims(new Issuer("https://auth.example.com"),
                identity, new ClientId("client-1"), at, at, Optional.empty(), Optional.empty()));
    }
}
