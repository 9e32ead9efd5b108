package dev.latchkey.domain.identity;

import dev.latchkey.domain.scope.Scope;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.user.Username;
import java.util.Objects;
import java.util.Optional;

/**
 * The claims about a user that a client may learn, as the ID token and the UserInfo endpoint carry
 * them (OIDC Core §5.1, §5.3.2). Which ones are present is decided by the granted scopes (OIDC Core
 * §5.4): {@code sub} always; {@code email} and {@code email_verified} with {@code email};
 * {@code name} and {@code preferred_username} with {@code profile}. A claim the user has no value for
 * is left out: OIDC Core §5.3.2 "If a Claim is not returned, that Claim Name SHOULD be omitted".
 *
 * @param subject           {@code sub}: the user's stable id, never reassigned (OIDC Core §2)
 * @param email             {@code email}, when the {@code email} scope was granted and the user has one
 * @param name              {@code name} (the display name), when {@code profile} was granted and the user
 *                          has one
 * @param preferredUsername {@code preferred_username} (the sign-in name), when {@code profile} was
 *                          granted
 */
public record IdentityClaims(UserId subject, Optional<String> email, Optional<String> name,
        Optional<Username> preferredUsername) {

    public IdentityClaims {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(preferredUsername, "preferredUsername");
    }

    /** The claims of {@code user} that {@code scope} releases. */
    public static IdentityClaims of(User user, ScopeSet scope) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(scope, "scope");
        boolean email = scope.contains(Scope.EMAIL);
        boolean profile = scope.contains(Scope.PROFILE);
        return new IdentityClaims(user.id(),
                email ? user.email() : Optional.empty(),
                profile ? user.displayName() : Optional.empty(),
                profile ? Optional.of(user.username()) : Optional.empty());
    }

    /**
     * {@code email_verified}, sent whenever {@code email} is: always false. Latchkey does not verify
     * email addresses (an administrator or the user types them, and no mail is ever sent), so a client
     * must not treat the address as proof of anything (OIDC Core §5.1: true only when "the End-User's
     * e-mail address has been verified").
     */
    public Optional<Boolean> emailVerified() {
        return email.map(present -> false);
    }
}
