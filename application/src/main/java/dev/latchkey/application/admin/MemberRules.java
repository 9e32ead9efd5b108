package dev.latchkey.application.admin;

import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.UserId;
import java.util.Arrays;
import java.util.List;

/**
 * The rules for managing members, in one place so the use cases and the member list (which shows what
 * its reader may do) cannot disagree:
 *
 * <ul>
 *   <li>only owners grant, change or remove the owner role;</li>
 *   <li>nobody changes their own role;</li>
 *   <li>an organization always keeps at least one owner;</li>
 *   <li>removing yourself is allowed, unless you are the last owner.</li>
 * </ul>
 *
 * The actor is already known to be an owner or admin of the organization.
 */
final class MemberRules {

    private MemberRules() {}

    /** The answer of a rule. */
    sealed interface Verdict permits Allowed, Forbidden, Refused {}

    /** The actor may do it. */
    record Allowed() implements Verdict {}

    /** The actor's role does not allow it (another role could). */
    record Forbidden(String reason) implements Verdict {}

    /** Nobody may do it in the organization as it is now. */
    record Refused(String reason) implements Verdict {}

    /** The roles an actor with {@code actorRole} may give: owners all, admins admin and member. */
    static List<Role> grantable(Role actorRole) {
        return Arrays.stream(Role.values()).filter(role -> role != Role.OWNER || actorRole == Role.OWNER).toList();
    }

    /** Whether {@code actorRole} may add someone with {@code role}. */
    static Verdict add(Role actorRole, Role role) {
        return role == Role.OWNER && actorRole != Role.OWNER
                ? new Forbidden("Only an owner can make someone an owner.")
                : new Allowed();
    }

    /** Whether the actor may give {@code member} (now {@code current}) the role {@code wanted}. */
    static Verdict changeRole(UserId actor, Role actorRole, UserId member, Role current, Role wanted, long owners) {
        if (actor.equals(member)) {
            return new Refused("You cannot change your own role; another owner"
                    + (current == Role.OWNER ? "" : " or admin") + " can.");
        }
        if (actorRole != Role.OWNER && current == Role.OWNER) {
            return new Forbidden("Only an owner can change an owner's role.");
        }
        if (actorRole != Role.OWNER && wanted == Role.OWNER) {
            return new Forbidden("Only an owner can make someone an owner.");
        }
        if (current == Role.OWNER && wanted != Role.OWNER && owners <= 1) {
            return lastOwner();
        }
        return new Allowed();
    }

    /** Whether the actor may remove {@code member} (role {@code current}) from the organization. */
    static Verdict remove(Role actorRole, Role current, long owners) {
        if (actorRole != Role.OWNER && current == Role.OWNER) {
            return new Forbidden("Only an owner can remove an owner.");
        }
        if (current == Role.OWNER && owners <= 1) {
            return lastOwner();
        }
        return new Allowed();
    }

    private static Refused lastOwner() {
        return new Refused("An organization always keeps at least one owner, and this is the last one."
                + " Make someone else an owner first.");
    }
}
