package dev.latchkey.domain.authorization;

import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an authorization code stands for: a request the user approved, in the organization they
 * picked.
 *
 * @param request    the validated request
 * @param userId     who approved it
 * @param orgId      the organization they picked
 * @param approvedAt when they pressed Allow
 * @param authTime   when they signed in, if known: the ID token's {@code auth_time} (OIDC Core §2, "Time
 *                   when the End-User authentication occurred"); empty when no sign-in happened, as
 *                   with test auto-approval
 */
public record ApprovedRequest(AuthorizationRequest request, UserId userId, OrgId orgId, Instant approvedAt,
        Optional<Instant> authTime) {

    public ApprovedRequest {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(approvedAt, "approvedAt");
        Objects.requireNonNull(authTime, "authTime");
    }

    /** An approval whose sign-in time is not known. */
    public ApprovedRequest(AuthorizationRequest request, UserId userId, OrgId orgId, Instant approvedAt) {
        this(request, userId, orgId, approvedAt, Optional.empty());
    }
}
