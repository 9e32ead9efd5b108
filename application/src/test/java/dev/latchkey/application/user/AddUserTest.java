package dev.latchkey.application.user;

import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.latchkey.application.fakes.CountingRandomTokens;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.fakes.PlainPasswordHasher;
import dev.latchkey.application.port.Users;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.user.PasswordHash;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.user.Username;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Creating a user ({@code users add USERNAME --org ORG [--role ROLE]}): the password stored only as a hash,
 * the organization created when missing (its first user owns it), the membership, all in one transaction.
 */
final class AddUserTest {

    private static final Password PASSWORD = Password.choose("correct horse battery staple");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final PlainPasswordHasher hasher = new PlainPasswordHasher();
    private final CountingRandomTokens random = new CountingRandomTokens();
    private final MutableClock clock = new MutableClock();

    private AddUser addUser(Users users) {
        return new AddUser(users, storage.organizations(), storage.memberships(), hasher, storage.transactions(),
                random, clock);
    }

    private AddUser.Result add(String username, String organization, Optional<Role> role) {
        return addUser(storage.users()).add(new AddUser.Command(new Username(username), PASSWORD,
                new OrgName(organization), role));
    }

    private static AddUser.Added added(AddUser.Result result) {
        assertThat(result).isInstanceOf(AddUser.Added.class);
        return (AddUser.Added) result;
    }

    private Membership membershipOf(User user, Organization organization) {
        return storage.memberships().find(user.id(), organization.id()).orElseThrow();
    }

    @Test
    void addWhenOrganizationIsMissingThenItIsCreatedAndTheUserOwnsIt() {
        Instant now = clock.instant();

        AddUser.Added added = added(add("alice", "acme", Optional.empty()));

        assertThat(added.organizationCreated()).isTrue();
        assertThat(added.role()).isEqualTo(Role.OWNER);
        assertThat(storage.organizations().findByName(new OrgName("acme"))).contains(added.organization());
        assertThat(added.organization().createdAt()).isEqualTo(now);
        assertThat(membershipOf(added.user(), added.organization()))
                .isEqualTo(new Membership(added.user().id(), added.organization().id(), Role.OWNER, now));
    }

    @Test
    void addWhenOrganizationExistsThenTheUserJoinsItAsMemberByDefault() {
        Organization acme = anOrganization().named("acme").build();
        storage.organizations().add(acme);

        AddUser.Added added = added(add("bob", "acme", Optional.empty()));

        assertThat(added.organizationCreated()).isFalse();
        assertThat(added.organization()).isEqualTo(acme);
        assertThat(added.role()).isEqualTo(Role.MEMBER);
        assertThat(membershipOf(added.user(), acme).role()).isEqualTo(Role.MEMBER);
        assertThat(storage.organizations().all()).containsExactly(acme);
    }

    @Test
    void addWhenRoleIsGivenThenItIsUsedForANewOrganization() {
        AddUser.Added added = added(add("carol", "acme", Optional.of(Role.ADMIN)));

        assertThat(added.role()).isEqualTo(Role.ADMIN);
        assertThat(membershipOf(added.user(), added.organization()).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void addWhenRoleIsGivenThenItIsUsedForAnExistingOrganization() {
        storage.organizations().add(anOrganization().named("acme").build());

        assertThat(added(add("dave", "acme", Optional.of(Role.OWNER))).role()).isEqualTo(Role.OWNER);
    }

    @Test
    void addWhenAddedThenTheUserIsStoredEnabledWithOnlyTheHashOfThePassword() {
        AddUser.Added added = added(add("alice", "acme", Optional.empty()));

        User stored = storage.users().findByUsername(new Username("alice")).orElseThrow();
        assertThat(stored).isEqualTo(added.user());
        assertThat(stored.isActive()).isTrue();
        assertThat(stored.createdAt()).isEqualTo(clock.instant());
        assertThat(hasher.hashesMade()).containsExactly(stored.passwordHash());
        assertThat(hasher.verify(PASSWORD, stored.passwordHash())).isTrue();
        assertThat(random.idsMade()).contains(stored.id().value());
    }

    @Test
    void addWhenUsernameIsTakenThenRejectedAndNothingIsWritten() {
        storage.users().add(aUser().named("alice").build());

        AddUser.Result result = add("alice", "newco", Optional.empty());

        assertThat(result).isInstanceOfSatisfying(AddUser.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("alice").contains("orgs join"));
        assertThat(storage.organizations().findByName(new OrgName("newco"))).isEmpty();
        assertThat(storage.users().all()).hasSize(1);
    }

    // The optional profile, released as the OpenID Connect claims email and name (OIDC Core §5.1).

    @Test
    void addWhenEmailAndDisplayNameGivenThenStoredStripped() {
        AddUser.Added added = added(addUser(storage.users()).add(new AddUser.Command(new Username("alice"), PASSWORD,
                new OrgName("acme"), Optional.empty(), Optional.of(" alice@example.com "),
                Optional.of("  Alice Liddell "))));

        User stored = storage.users().find(added.user().id()).orElseThrow();
        assertThat(stored.email()).contains("alice@example.com");
        assertThat(stored.displayName()).contains("Alice Liddell");
        assertThat(added.user()).isEqualTo(stored);
    }

    @Test
    void addWhenEmailOrDisplayNameBlankThenNotGiven() {
        AddUser.Added added = added(addUser(storage.users()).add(new AddUser.Command(new Username("alice"), PASSWORD,
                new OrgName("acme"), Optional.empty(), Optional.of("  "), Optional.of(""))));

        assertThat(added.user().email()).isEmpty();
        assertThat(added.user().displayName()).isEmpty();
    }

    @Test
    void addWhenEmailNotAnAddressThenRejectedAndNothingStored() {
        AddUser.Result result = addUser(storage.users()).add(new AddUser.Command(new Username("alice"), PASSWORD,
                new OrgName("acme"), Optional.empty(), Optional.of("alice at example.com"), Optional.empty()));

        assertThat(result).isInstanceOfSatisfying(AddUser.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("email address"));
        assertThat(storage.users().isEmpty()).isTrue();
        assertThat(storage.organizations().all()).isEmpty();
    }

    @Test
    void addWhenDisplayNameHasAControlCharacterThenRejected() {
        AddUser.Result result = addUser(storage.users()).add(new AddUser.Command(new Username("alice"), PASSWORD,
                new OrgName("acme"), Optional.empty(), Optional.empty(), Optional.of("Alice\u0007")));

        assertThat(result).isInstanceOfSatisfying(AddUser.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("display name"));
        assertThat(storage.users().isEmpty()).isTrue();
    }

    @Test
    void addWhenStoringTheUserFailsThenTheNewOrganizationIsRolledBack() {
        Users failing = new FailingUsers(storage.users());

        assertThatIllegalStateException().isThrownBy(() -> addUser(failing).add(new AddUser.Command(
                new Username("alice"), PASSWORD, new OrgName("acme"), Optional.empty())));

        assertThat(storage.organizations().all()).isEmpty();
        assertThat(storage.users().all()).isEmpty();
    }

    /** {@link Users} whose {@code add} fails, as a storage error would, after the organization was written. */
    private record FailingUsers(Users delegate) implements Users {
        @Override
        public void add(User user) {
            throw new IllegalStateException("disk full");
        }

        @Override
        public Optional<User> find(UserId id) {
            return delegate.find(id);
        }

        @Override
        public Optional<User> findByUsername(Username username) {
            return delegate.findByUsername(username);
        }

        @Override
        public List<User> all() {
            return delegate.all();
        }

        @Override
        public boolean isEmpty() {
            return delegate.isEmpty();
        }

        @Override
        public boolean setDisabled(UserId id, boolean disabled) {
            return delegate.setDisabled(id, disabled);
        }

        @Override
        public boolean setPasswordHash(UserId id, PasswordHash hash) {
            return delegate.setPasswordHash(id, hash);
        }

        @Override
        public boolean setProfile(UserId id, Optional<String> email, Optional<String> displayName) {
            return delegate.setProfile(id, email, displayName);
        }
    }
}
