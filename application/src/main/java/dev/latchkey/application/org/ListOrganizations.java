package dev.latchkey.application.org;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.Organizations;
import dev.latchkey.domain.org.Organization;
import java.util.List;
import java.util.Objects;

/** Lists every organization with its number of members ({@code orgs list}). */
public final class ListOrganizations {

    private final Organizations organizations;
    private final Memberships memberships;

    public ListOrganizations(Organizations organizations, Memberships memberships) {
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.memberships = Objects.requireNonNull(memberships, "memberships");
    }

    /** An organization and how many members it has. */
    public record Listed(Organization organization, int members) {}

    public List<Listed> list() {
        return organizations.all().stream()
                .map(organization -> new Listed(organization, memberships.ofOrganization(organization.id()).size()))
                .toList();
    }
}
