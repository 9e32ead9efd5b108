package dev.latchkey.application.port;

import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Who belongs to which organization, with which role. */
public interface Memberships {

    /** Adds the membership, or changes the role of an existing one. */
    void put(Membership membership);

    Optional<Membership> find(UserId userId, OrgId orgId);

    /** The user's memberships, in the order they joined. */
    List<Membership> ofUser(UserId userId);

    /** The organization's memberships, in the order members joined. */
    List<Membership> ofOrganization(OrgId orgId);

    /** Ends a membership; false when there was none. */
    boolean remove(UserId userId, OrgId orgId);
}
