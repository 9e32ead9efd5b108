package dev.latchkey.domain.client;

import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.resource.ResourceName;
import java.util.Objects;
import java.util.Set;

/**
 * The organization a client registered in Settings belongs to, and the resources it may be used for.
 * Users can authorize it only in that organization; with the {@code client_credentials} grant it acts
 * for itself in that organization (RFC 6749 §4.4), on those resources only.
 */
public record ClientOwner(OrgId organization, Set<ResourceName> allowedResources) {

    public ClientOwner {
        Objects.requireNonNull(organization, "organization");
        allowedResources = Set.copyOf(allowedResources);
    }

    public boolean allows(ResourceName resource) {
        return allowedResources.contains(resource);
    }
}
