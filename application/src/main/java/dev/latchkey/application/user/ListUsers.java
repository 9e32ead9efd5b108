package dev.latchkey.application.user;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.Organizations;
import dev.latchkey.application.port.Users;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Lists every user with the organizations they belong to ({@code users list}). */
public final class ListUsers {

    private final Users users;
    private final Memberships memberships;
    private final Organizations organizations;

    public ListUsers(Users users, Memberships memberships, Organizations organizations) {
        this.users = Objects.requireNonNull(users, "users");
        this.memberships = Objects.requireNonNull(memberships, "memberships");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
    }

    /** A membership as listed: organization and role. */
    public record MemberOf(Organization organization, Role role) {}

    /** A user and their memberships. */
    public record Listed(User user, List<MemberOf> memberships) {}

    public List<Listed> list() {
        List<Listed> listed = new ArrayList<>();
        for (User user : users.all()) {
            List<MemberOf> memberOf = new ArrayList<>();
            for (Membership membership : memberships.ofUser(user.id())) {
                organizations.find(membership.orgId())
                        .ifPresent(organization -> memberOf.add(new MemberOf(organization, membership.role())));
            }
            listed.add(new Listed(user, memberOf));
        }
        return listed;
    }
}
