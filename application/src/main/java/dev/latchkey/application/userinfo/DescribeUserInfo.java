package dev.latchkey.application.userinfo;

import dev.latchkey.application.port.AccessTokenVerifier;
import dev.latchkey.application.port.Grants;
import dev.latchkey.application.port.Users;
import dev.latchkey.domain.authorization.GrantId;
import dev.latchkey.domain.identity.IdentityClaims;
import dev.latchkey.domain.scope.Scope;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.token.AccessTokenClaims;
import dev.latchkey.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers the UserInfo endpoint (OIDC Core §5.3): "The UserInfo Endpoint is an OAuth 2.0 Protected
 * Resource that returns Claims about the authenticated End-User." The access token must be
 * <ol>
 *   <li>sent (RFC 6750 §2.1; the adapter reads the Authorization header only);</li>
 *   <li>a token of this server with a valid signature, issued by this issuer;</li>
 *   <li>unexpired and not from the future;</li>
 *   <li>issued for a user through a grant that is still live: not revoked, user not disabled and still a
 *       member of the grant's organization (the same rule as the gateway);</li>
 *   <li>granted the {@code openid} scope (OIDC Core §5.3: the token was "obtained through an OpenID
 *       Connect Authentication Request").</li>
 * </ol>
 * The answer holds {@code sub} and the claims the token's scopes release (OIDC Core §5.4), read from the
 * user's current profile. The token's audience is not checked: Latchkey's access tokens name the MCP
 * resource as {@code aud}, and the UserInfo endpoint belongs to the issuer that signed them.
 */
public final class DescribeUserInfo {

    /** The scope every UserInfo request needs. */
    public static final ScopeSet REQUIRED_SCOPES = ScopeSet.of(Scope.OPENID);

    /** Tolerated clock difference for {@code iat} in the future. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final AccessTokenVerifier verifier;
    private final Grants grants;
    private final Users users;
    private final Clock clock;

    public DescribeUserInfo(AccessTokenVerifier verifier, Grants grants, Users users, Clock clock) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.grants = Objects.requireNonNull(grants, "grants");
        this.users = Objects.requireNonNull(users, "users");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A UserInfo request; {@code bearerToken} is the token of {@code Authorization: Bearer}, if one was sent. */
    public record Command(Optional<String> bearerToken) {
        public Command {
            Objects.requireNonNull(bearerToken, "bearerToken");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Described, NoToken, InvalidToken, InsufficientScope {}

    /** The claims to return (OIDC Core §5.3.2). */
    public record Described(IdentityClaims claims) implements Result {
        public Described {
            Objects.requireNonNull(claims, "claims");
        }
    }

    /** No credentials: 401 with a bare challenge (RFC 6750 §3.1: no error code). */
    public record NoToken() implements Result {}

    /** The token cannot be used: 401 {@code invalid_token} (RFC 6750 §3.1). */
    public record InvalidToken(String description) implements Result {
        public InvalidToken {
            Objects.requireNonNull(description, "description");
        }
    }

    /** The token lacks {@code openid}: 403 {@code insufficient_scope} (RFC 6750 §3.1). */
    public record InsufficientScope(ScopeSet requiredScopes, String description) implements Result {
        public InsufficientScope {
            Objects.requireNonNull(requiredScopes, "requiredScopes");
            Objects.requireNonNull(description, "description");
        }
    }

    public Result describe(Command command) {
        if (command.bearerToken().isEmpty()) {
            return new NoToken();
        }
        AccessTokenClaims claims;
        switch (verifier.verify(command.bearerToken().get())) {
            case AccessTokenVerifier.Invalid invalid -> {
                return new InvalidToken("The access token is not valid here (" + invalid.reason() + "). Sign in"
                        + " again to get a new one.");
            }
            case AccessTokenVerifier.Valid valid -> claims = valid.claims();
        }
        Instant now = clock.instant();
        if (claims.isExpired(now)) {
            return new InvalidToken("The access token has expired. Refresh it, or sign in again.");
        }
        if (claims.issuedAt().isAfter(now.plus(CLOCK_SKEW))) {
            return new InvalidToken("The access token is not valid yet: it was issued in the future. Check the"
                    + " clocks.");
        }
        Optional<GrantId> grantId = claims.grantId();
        if (grantId.isEmpty()) {
            return new InvalidToken("The access token was issued to a client on its own (client_credentials), not"
                    + " for a user, so there is no user to describe.");
        }
        Optional<Grants.LiveGrant> live = grants.findLive(grantId.get())
                .filter(candidate -> candidate.grant().userId().equals(claims.subject())
                        && candidate.grant().clientId().equals(claims.clientId()));
        Optional<User> user = live.flatMap(found -> users.find(found.grant().userId())).filter(User::isActive);
        if (user.isEmpty()) {
            return new InvalidToken("Access was revoked, or the user was disabled or left the organization. Connect"
                    + " again to grant access anew.");
        }
        if (!claims.scope().containsAll(REQUIRED_SCOPES)) {
            return new InsufficientScope(REQUIRED_SCOPES, "The access token was not granted the openid scope, so"
                    + " it cannot be used at the UserInfo endpoint. Authorize again with scope=openid (and profile"
                    + " or email for those claims).");
        }
        return new Described(IdentityClaims.of(user.get(), claims.scope()));
    }
}
