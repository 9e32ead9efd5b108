package dev.latchkey.application.admin;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.Organizations;
import dev.latchkey.application.port.PasswordHasher;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.port.Users;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.user.PasswordHash;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.user.Username;
import dev.latchkey.domain.validation.Parsed;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An owner or admin creates a new user with a password and makes them a member of their organization,
 * in one transaction. The password must meet {@link Password#choose} (NIST SP 800-63B §5.1.1.2: at least
 * {@value Password#MINIMUM_LENGTH} characters) and is stored only as its hash. Only owners give the owner
 * role ({@link MemberRules}). Anyone who is not a member of the organization gets {@link NotFound}.
 */
public final class CreateMember {

    private final OrganizationAccess access;
    private final Users users;
    private final Memberships memberships;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final RandomTokens random;
    private final Clock clock;

    public CreateMember(Users users, Organizations organizations, Memberships memberships, PasswordHasher hasher,
            Transactions transactions, RandomTokens random, Clock clock) {
        this.access = new OrganizationAccess(users, organizations, memberships);
        this.users = Objects.requireNonNull(users, "users");
        this.memberships = Objects.requireNonNull(memberships, "memberships");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Who creates ({@code actor}), in which organization, the new user's name as typed, their first
     * password, and their role.
     */
    public record Command(UserId actor, OrgId organization, String username, Password password, Role role) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(role, "role");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Created, Rejected, Forbidden, NotFound {}

    /** The new user, now {@code member} of {@code organization}; they can sign in. */
    public record Created(Organization organization, Member member) implements Result {}

    /** Not done: the name or password cannot be used, or the name is taken; {@code reason} says why. */
    public record Rejected(String reason) implements Result {}

    /** The actor's role does not allow it (a plain member, or an admin giving the owner role). */
    public record Forbidden(String reason) implements Result {}

    /** No such organization, or the actor is not a member of it. */
    public record NotFound() implements Result {}

    public Result create(Command command) {
        // Who may do it is checked first, so an outsider learns nothing from the other answers.
        Optional<Result> refused = refusal(access.of(command.actor(), command.organization()), command.role());
        if (refused.isPresent()) {
            return refused.get();
        }
        Parsed<Username> username = Parsed.of(command.username(), Username::parse);
        if (username instanceof Parsed.Invalid<Username> invalid) {
            return new Rejected(sentence(invalid.reason()));
        }
        Parsed<Password> password = Parsed.attempt(() -> Password.choose(command.password().value()));
        if (password instanceof Parsed.Invalid<Password> invalid) {
            return new Rejected(sentence(invalid.reason()));
        }
        // Hash before the transaction: Argon2id is deliberately slow and must not hold the write lock.
        PasswordHash hash = hasher.hash(password.orElseThrow());
        return transactions.inTransaction(() -> {
            // Checked again, in the transaction: the actor's role may have changed while the password was hashed.
            OrganizationAccess.Standing standing = access.of(command.actor(), command.organization());
            Optional<Result> nowRefused = refusal(standing, command.role());
            if (nowRefused.isPresent() || !(standing instanceof OrganizationAccess.Administrator administrator)) {
                return nowRefused.orElseGet(NotFound::new);
            }
            Organization organization = administrator.organization();
            if (users.findByUsername(username.orElseThrow()).isPresent()) {
                return new Rejected("A user named " + username.orElseThrow() + " already exists. Pick another name,"
                        + " or add the existing user to " + organization.name() + " instead.");
            }
            Instant now = clock.instant();
            User user = new User(new UserId(random.id()), username.orElseThrow(), hash, false, now);
            users.add(user);
            Membership membership = new Membership(user.id(), organization.id(), command.role(), now);
            memberships.put(membership);
            return new Created(organization, new Member(user, membership.role(), membership.since()));
        });
    }

    /** {@link NotFound} or {@link Forbidden} when the actor may not give {@code role} here; empty when they may. */
    private static Optional<Result> refusal(OrganizationAccess.Standing standing, Role role) {
        return switch (standing) {
            case OrganizationAccess.Outsider outsider -> Optional.of(new NotFound());
            case OrganizationAccess.PlainMember member ->
                    Optional.of(new Forbidden(OrganizationAccess.notAllowed(member.organization())));
            case OrganizationAccess.Administrator administrator ->
                    MemberRules.add(administrator.membership().role(), role) instanceof MemberRules.Forbidden no
                            ? Optional.of(new Forbidden(no.reason()))
                            : Optional.empty();
        };
    }

    private static String sentence(String reason) {
        String sentence = reason.endsWith(".") ? reason : reason + ".";
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
