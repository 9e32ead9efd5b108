package dev.latchkey.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * RFC 9068 §2.2 access token claims: {@code exp} after {@code iat}; a role and a grant together (a user's
 * token) or neither (a client_credentials token, RFC 6749 §4.4, whose {@code sub} is the client).
 */
final class AccessTokenClaimsTest {

    private static final Instant IAT = Instant.parse("2025-06-01T12:00:00Z");

    private static AccessTokenClaims claims(Instant issuedAt, Instant expiresAt) {
        return claims(Optional.of(Role.MEMBER), Optional.of(new GrantId("grant-1")), issuedAt, expiresAt);
    }

    private static AccessTokenClaims claims(Optional<Role> role, Optional<GrantId> grant, Instant issuedAt,
            Instant expiresAt) {
        return new AccessTokenClaims(new Issuer("https://auth.example.com"), new UserId("user-1"),
                ResourceUri.parse("https://mcp.example.com/mcp"), new ClientId("client-1"), ScopeSet.parse("mcp:use"),
                new OrgId("org-1"), role, grant, "jti-1", issuedAt, expiresAt);
    }

    @Test
    void buildWhenExpiresAfterIssuedThenAccepted() {
        assertThat(claims(IAT, IAT.plusSeconds(300)).expiresAt()).isEqualTo(IAT.plusSeconds(300));
    }

    @Test
    void buildWhenExpiresAtIssuedThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> claims(IAT, IAT));
    }

    @Test
    void buildWhenExpiresBeforeIssuedThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> claims(IAT, IAT.minusSeconds(1)));
    }

    @Test
    void isExpiredWhenAtOrAfterExpThenTrue() {
        // RFC 7519 §4.1.4: the token "MUST NOT be accepted for processing" on or after exp.
        AccessTokenClaims claims = claims(IAT, IAT.plusSeconds(300));

        assertThat(claims.isExpired(IAT.plusSeconds(299))).isFalse();
        assertThat(claims.isExpired(IAT.plusSeconds(300))).isTrue();
    }

    @Test
    void buildWhenRoleAndGrantArePresentThenActsForAUser() {
        AccessTokenClaims claims = claims(IAT, IAT.plusSeconds(300));

        assertThat(claims.isClientCredentials()).isFalse();
        assertThat(claims.orgRole()).contains(Role.MEMBER);
        assertThat(claims.grantId()).contains(new GrantId("grant-1"));
    }

    @Test
    void buildWhenNeitherRoleNorGrantThenAClientCredentialsToken() {
        AccessTokenClaims claims = claims(Optional.empty(), Optional.empty(), IAT, IAT.plusSeconds(300));

        assertThat(claims.isClientCredentials()).isTrue();
    }

    @Test
    void buildWhenOnlyTheRoleIsPresentThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                claims(Optional.of(Role.MEMBER), Optional.empty(), IAT, IAT.plusSeconds(300)));
    }

    @Test
    void buildWhenOnlyTheGrantIsPresentThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                claims(Optional.empty(), Optional.of(new GrantId("grant-1")), IAT, IAT.plusSeconds(300)));
    }
}
