package dev.latchkey.application.settings;

import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.user.Username;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings every use case reads.
 *
 * @param issuer                 this server's issuer identifier
 * @param accessTokenLifetime    1 hour: short enough that a leaked token does little harm
 * @param refreshTokenLifetime   30 days per token; rotation starts a new period
 * @param codeLifetime           60 seconds (RFC 6749 §4.1.2 recommends at most 10 minutes)
 * @param refreshRetryGrace      how long after a rotation the previous token may be presented again
 *                               as a lost-response retry (about 30 seconds)
 * @param pendingRequestLifetime how long a user has to sign in and decide
 * @param sessionIdleTimeout     a browser session ends after this long without activity
 * @param sessionLifetime        a browser session ends after this long whatever the activity
 * @param defaultResource        the resource used when a request names none and several exist
 * @param autoApproveAs          test mode only: approve every authorization request as this user, in
 *                               their first organization, without sign-in or consent
 */
public record ServerSettings(
        Issuer issuer,
        Duration accessTokenLifetime,
        Duration refreshTokenLifetime,
        Duration codeLifetime,
        Duration refreshRetryGrace,
        Duration pendingRequestLifetime,
        Duration sessionIdleTimeout,
        Duration sessionLifetime,
        Optional<ResourceUri> defaultResource,
        Optional<Username> autoApproveAs) {

    public ServerSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
        Objects.requireNonNull(refreshTokenLifetime, "refreshTokenLifetime");
        Objects.requireNonNull(codeLifetime, "codeLifetime");
        Objects.requireNonNull(refreshRetryGrace, "refreshRetryGrace");
        Objects.requireNonNull(pendingRequestLifetime, "pendingRequestLifetime");
        Objects.requireNonNull(sessionIdleTimeout, "sessionIdleTimeout");
        Objects.requireNonNull(sessionLifetime, "sessionLifetime");
        Objects.requireNonNull(defaultResource, "defaultResource");
        Objects.requireNonNull(autoApproveAs, "autoApproveAs");
        if (accessTokenLifetime.isNegative() || accessTokenLifetime.isZero()) {
            throw new IllegalArgumentException("the access token lifetime must be positive");
        }
    }

    /** The documented defaults for {@code issuer}. */
    public static ServerSettings defaults(Issuer issuer) {
        return new ServerSettings(issuer, Duration.ofHours(1), Duration.ofDays(30), Duration.ofSeconds(60),
                Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(8), Duration.ofDays(7),
                Optional.empty(), Optional.empty());
    }

    public ServerSettings withDefaultResource(Optional<ResourceUri> resource) {
        return new ServerSettings(issuer, accessTokenLifetime, refreshTokenLifetime, codeLifetime,
                refreshRetryGrace, pendingRequestLifetime, sessionIdleTimeout, sessionLifetime, resource,
                autoApproveAs);
    }

    public ServerSettings withAccessTokenLifetime(Duration lifetime) {
        return new ServerSettings(issuer, lifetime, refreshTokenLifetime, codeLifetime, refreshRetryGrace,
                pendingRequestLifetime, sessionIdleTimeout, sessionLifetime, defaultResource, autoApproveAs);
    }

    public ServerSettings withAutoApproveAs(Optional<Username> user) {
        return new ServerSettings(issuer, accessTokenLifetime, refreshTokenLifetime, codeLifetime,
                refreshRetryGrace, pendingRequestLifetime, sessionIdleTimeout, sessionLifetime, defaultResource, user);
    }
}
