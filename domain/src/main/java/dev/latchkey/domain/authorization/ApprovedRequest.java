package dev.latchkey.domain.authorization;

import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * What an authorization code stands for: a request the user approved, in the organization they
 * picked.
 *
 * @param request    the validated request
 * @param userId     who approved it
 * @param orgId      the organization they picked
 * @param approvedAt when (the {@code auth_time} of the grant)
 */
public record ApprovedRequest(AuthorizationRequest request, UserId userId, OrgId orgId, Instant approvedAt) {

    public ApprovedRequest {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(approvedAt, "approvedAt");
    }
}
