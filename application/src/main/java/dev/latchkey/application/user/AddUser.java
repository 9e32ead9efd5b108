package dev.latchkey.application.user;

import dev.latchkey.application.port.Memberships;
import dev.latchkey.application.port.Organizations;
import dev.latchkey.application.port.PasswordHasher;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.application.port.Users;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.user.PasswordHash;
import dev.latchkey.domain.user.ProfileFields;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.user.Username;
import dev.latchkey.domain.validation.Parsed;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates a user with a password, the organization if it does not exist yet, and the membership, all in
 * one transaction ({@code users add USERNAME --org ORG --role ROLE}).
 */
public final class AddUser {

    private final Users users;
    private final Organizations organizations;
    private final Memberships memberships;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final RandomTokens random;
    private final Clock clock;

    public AddUser(Users users, Organizations organizations, Memberships memberships, PasswordHasher hasher,
            Transactions transactions, RandomTokens random, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.memberships = Objects.requireNonNull(memberships, "memberships");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The new user, their password, and the organization they join. Without a role they become the
     * owner of an organization this command creates, and a member of an existing one. The email address
     * and display name are optional (released as the OpenID Connect claims {@code email} and
     * {@code name}); they are stripped, and a blank one counts as not given.
     */
    public record Command(Username username, Password password, OrgName organization, Optional<Role> role,
            Optional<String> email, Optional<String> displayName) {
        public Command {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(displayName, "displayName");
        }

        /** A user without email address or display name. */
        public Command(Username username, Password password, OrgName organization, Optional<Role> role) {
            this(username, password, organization, role, Optional.empty(), Optional.empty());
        }
    }

    /** The outcome. */
    public sealed interface Result permits Added, Rejected {}

    /** Added with {@code role}; {@code organizationCreated} tells whether the organization is new. */
    public record Added(User user, Organization organization, Role role, boolean organizationCreated)
            implements Result {}

    /** Refused; {@code reason} says what to do instead. */
    public record Rejected(String reason) implements Result {}

    public Result add(Command command) {
        Optional<String> email = command.email().map(String::strip).filter(value -> !value.isEmpty());
        Optional<String> displayName = command.displayName().map(String::strip).filter(value -> !value.isEmpty());
        if (email.isPresent() && Parsed.of(email.get(), ProfileFields::email) instanceof Parsed.Invalid<String> bad) {
            return new Rejected("The email address is not valid: " + bad.reason() + ".");
        }
        if (displayName.isPresent()
                && Parsed.of(displayName.get(), ProfileFields::displayName) instanceof Parsed.Invalid<String> bad) {
            return new Rejected("The display name is not valid: " + bad.reason() + ".");
        }
        // Hash before the transaction: Argon2id is deliberately slow and must not hold the write lock.
        PasswordHash hash = hasher.hash(command.password());
        return transactions.inTransaction(() -> {
            if (users.findByUsername(command.username()).isPresent()) {
                return new Rejected("A user named " + command.username() + " already exists. Pick another name,"
                        + " or add the existing user to an organization with: orgs join " + command.username()
                        + " ORG --role ROLE");
            }
            Instant now = clock.instant();
            Optional<Organization> existing = organizations.findByName(command.organization());
            Organization organization = existing.orElseGet(() -> {
                Organization created = new Organization(new OrgId(random.id()), command.organization(), now);
                organizations.add(created);
                return created;
            });
            User user = new User(new UserId(random.id()), command.username(), hash, false, now, email, displayName);
            users.add(user);
            Role role = command.role().orElse(existing.isEmpty() ? Role.OWNER : Role.MEMBER);
            memberships.put(new Membership(user.id(), organization.id(), role, now));
            return new Added(user, organization, role, existing.isEmpty());
        });
    }
}
