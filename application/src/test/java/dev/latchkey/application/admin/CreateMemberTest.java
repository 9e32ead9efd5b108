package dev.latchkey.application.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.CountingRandomTokens;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.fakes.PlainPasswordHasher;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.user.Username;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Owners and admins create a new user who joins their organization, in one transaction, with a password
 * of at least 8 characters (NIST SP 800-63B §5.1.1.2) stored only as its hash; only owners give the
 * owner role; anyone outside the organization gets "not found" and causes no work.
 */
final class CreateMemberTest {

    private static final String PASSWORD = "correct horse battery staple";

    private final InMemoryStorage storage = new InMemoryStorage();
    private final TwoOrganizations cast = new TwoOrganizations(storage);
    private final PlainPasswordHasher hasher = new PlainPasswordHasher();
    private final CountingRandomTokens random = new CountingRandomTokens();
    private final MutableClock clock = new MutableClock();
    private final CreateMember createMember = new CreateMember(storage.users(), storage.organizations(),
            storage.memberships(), hasher, storage.transactions(), random, clock);

    private CreateMember.Result create(User actor, OrgId organization, String username, String password, Role role) {
        return createMember.create(new CreateMember.Command(actor.id(), organization, username, new Password(password),
                role));
    }

    private CreateMember.Result createInAcme(User actor, String username, Role role) {
        return create(actor, cast.acme.id(), username, PASSWORD, role);
    }

    private static String rejection(CreateMember.Result result) {
        assertThat(result).isInstanceOf(CreateMember.Rejected.class);
        return ((CreateMember.Rejected) result).reason();
    }

    @Test
    void createWhenAdminCreatesAMemberThenTheUserExistsWithAHashedPasswordAndTheMembership() {
        Instant now = clock.advance(Duration.ofMinutes(1));

        CreateMember.Result result = createInAcme(cast.adam, "Nina", Role.MEMBER);

        assertThat(result).isInstanceOf(CreateMember.Created.class);
        Member member = ((CreateMember.Created) result).member();
        User nina = storage.users().findByUsername(new Username("nina")).orElseThrow();
        assertThat(member).isEqualTo(new Member(nina, Role.MEMBER, now));
        assertThat(nina.id()).isEqualTo(new UserId(random.lastId()));
        assertThat(nina.passwordHash()).isEqualTo(PlainPasswordHasher.hashOf(PASSWORD));
        assertThat(nina.createdAt()).isEqualTo(now);
        assertThat(nina.isActive()).isTrue();
        assertThat(storage.memberships().ofUser(nina.id()))
                .containsExactly(new Membership(nina.id(), cast.acme.id(), Role.MEMBER, now));
    }

    @Test
    void createWhenThePasswordIsShorterThanEightCharactersThenRejectedAndNothingIsHashedOrStored() {
        String reason = rejection(create(cast.olivia, cast.acme.id(), "nina", "1234567", Role.MEMBER));

        assertThat(reason).isEqualTo("Password must be at least 8 characters; choose a longer one.");
        assertThat(hasher.hashesMade()).isEmpty();
        assertThat(storage.users().findByUsername(new Username("nina"))).isEmpty();
    }

    @Test
    void createWhenTheUsernameIsInvalidThenRejectedSayingWhy() {
        assertThat(rejection(createInAcme(cast.olivia, "nina!", Role.MEMBER))).startsWith("Username 'nina!' must be");
    }

    @Test
    void createWhenTheUsernameIsTakenThenRejectedAndTheExistingUserIsUntouched() {
        String reason = rejection(createInAcme(cast.olivia, "gina", Role.MEMBER));

        assertThat(reason).startsWith("A user named gina already exists.");
        assertThat(storage.users().findByUsername(new Username("gina"))).contains(cast.gina);
        assertThat(storage.memberships().find(cast.gina.id(), cast.acme.id())).isEmpty();
    }

    @Test
    void createWhenAdminGivesTheOwnerRoleThenForbiddenAndNothingIsHashed() {
        assertThat(createInAcme(cast.adam, "nina", Role.OWNER))
                .isEqualTo(new CreateMember.Forbidden("Only an owner can make someone an owner."));
        assertThat(hasher.hashesMade()).isEmpty();
    }

    @Test
    void createWhenOwnerGivesTheOwnerRoleThenCreatedAsOwner() {
        CreateMember.Result result = createInAcme(cast.olivia, "nina", Role.OWNER);

        assertThat(result).isInstanceOf(CreateMember.Created.class);
        assertThat(((CreateMember.Created) result).member().role()).isEqualTo(Role.OWNER);
    }

    @Test
    void createWhenPlainMemberThenForbidden() {
        assertThat(createInAcme(cast.mia, "nina", Role.MEMBER)).isInstanceOf(CreateMember.Forbidden.class);
        assertThat(storage.users().findByUsername(new Username("nina"))).isEmpty();
    }

    @Test
    void createWhenTheActorIsNotInTheOrganizationThenNotFoundBeforeAnythingElseIsChecked() {
        assertThat(create(cast.gus, cast.acme.id(), "nina", PASSWORD, Role.MEMBER))
                .isEqualTo(new CreateMember.NotFound());
        assertThat(create(cast.gus, cast.acme.id(), "not valid!", "short", Role.OWNER))
                .isEqualTo(new CreateMember.NotFound());
        assertThat(hasher.hashesMade()).isEmpty();
        assertThat(storage.users().findByUsername(new Username("nina"))).isEmpty();
    }
}
