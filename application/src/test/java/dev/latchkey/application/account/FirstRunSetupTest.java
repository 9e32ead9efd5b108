package dev.latchkey.application.account;

import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.CountingRandomTokens;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.fakes.PlainPasswordHasher;
import dev.latchkey.application.user.AddUser;
import dev.latchkey.domain.org.Membership;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.user.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The first run: while no user exists, a one-time set-up link (a 256-bit random token, kept only as its
 * hash, working once and for one hour) creates the first user as owner of their organization, in one
 * transaction; once any user exists, also one made on the command line, the link is refused.
 */
final class FirstRunSetupTest {

    private static final String PASSWORD = "correct horse battery staple";

    private final InMemoryStorage storage = new InMemoryStorage();
    private final PlainPasswordHasher hasher = new PlainPasswordHasher();
    private final CountingRandomTokens random = new CountingRandomTokens();
    private final MutableClock clock = new MutableClock();
    private final AddUser addUser = new AddUser(storage.users(), storage.organizations(), storage.memberships(),
            hasher, storage.transactions(), random, clock);
    private final FirstRunSetup setup = new FirstRunSetup(storage.users(), storage.transactions(), addUser, random,
            clock);

    private String offeredToken() {
        return setup.offer().orElseThrow().token().value();
    }

    private FirstRunSetup.Result complete(String token, String username, String password, String organization) {
        return setup.complete(new FirstRunSetup.Command(token, username, new Password(password), organization));
    }

    private FirstRunSetup.Result complete(String token) {
        return complete(token, "alice", PASSWORD, "acme");
    }

    private static FirstRunSetup.Completed completed(FirstRunSetup.Result result) {
        assertThat(result).isInstanceOf(FirstRunSetup.Completed.class);
        return (FirstRunSetup.Completed) result;
    }

    private static FirstRunSetup.Refused refused(FirstRunSetup.Result result, FirstRunSetup.Reason reason) {
        assertThat(result).isInstanceOf(FirstRunSetup.Refused.class);
        FirstRunSetup.Refused refused = (FirstRunSetup.Refused) result;
        assertThat(refused.reason()).isEqualTo(reason);
        return refused;
    }

    // offer

    @Test
    void offerWhenNoUserExistsThenANewRandomTokenThatWorksForOneHour() {
        Instant now = clock.instant();

        FirstRunSetup.SetupLink link = setup.offer().orElseThrow();

        assertThat(link.token().value()).isEqualTo(random.lastSecret());
        assertThat(link.expiresAt()).isEqualTo(now.plus(Duration.ofHours(1)));
        assertThat(link.token()).hasToString("SetupToken[redacted]");
    }

    @Test
    void offerWhenAUserExistsThenNoLinkIsOffered() {
        storage.users().add(aUser().build());

        assertThat(setup.offer()).isEmpty();
        assertThat(random.secretsMade()).isEmpty();
    }

    @Test
    void offerWhenCalledAgainThenANewTokenReplacesTheOldOne() {
        String first = offeredToken();
        String second = offeredToken();

        assertThat(second).isNotEqualTo(first);
        refused(complete(first), FirstRunSetup.Reason.LINK_NOT_VALID);
        completed(complete(second));
    }

    // complete: the first owner and organization

    @Test
    void completeWhenTheTokenWorksThenTheFirstUserOwnsTheNewOrganization() {
        String token = offeredToken();
        Instant now = clock.advance(Duration.ofMinutes(5));

        FirstRunSetup.Completed completed = completed(complete(token, "  Alice ", PASSWORD, "Acme"));

        assertThat(completed.user().username()).isEqualTo(new Username("alice"));
        assertThat(completed.user().passwordHash()).isEqualTo(PlainPasswordHasher.hashOf(PASSWORD));
        assertThat(completed.user().isActive()).isTrue();
        assertThat(completed.organization().name()).isEqualTo(new OrgName("acme"));
        assertThat(storage.users().all()).containsExactly(completed.user());
        assertThat(storage.organizations().all()).containsExactly(completed.organization());
        assertThat(storage.memberships().find(completed.user().id(), completed.organization().id()))
                .contains(new Membership(completed.user().id(), completed.organization().id(), Role.OWNER, now));
    }

    @Test
    void completeWhenTheOrganizationWasMadeOnTheCommandLineThenTheFirstUserOwnsIt() {
        Organization acme = anOrganization().named("acme").build();
        storage.organizations().add(acme);

        FirstRunSetup.Completed completed = completed(complete(offeredToken(), "alice", PASSWORD, "acme"));

        assertThat(completed.organization()).isEqualTo(acme);
        assertThat(storage.memberships().find(completed.user().id(), acme.id()).orElseThrow().role())
                .isEqualTo(Role.OWNER);
    }

    // Single use, one hour, and only the offered token.

    @Test
    void completeWhenTheTokenIsUsedAgainThenRefusedAsNotValid() {
        String token = offeredToken();
        completed(complete(token));

        FirstRunSetup.Refused again = refused(complete(token, "mallory", PASSWORD, "evil"),
                FirstRunSetup.Reason.LINK_NOT_VALID);

        assertThat(again.message()).isEqualTo(FirstRunSetup.LINK_NOT_VALID);
        assertThat(storage.users().findByUsername(new Username("mallory"))).isEmpty();
    }

    @Test
    void completeWhenUsedThenNoNewLinkIsOffered() {
        completed(complete(offeredToken()));

        assertThat(setup.offer()).isEmpty();
    }

    @Test
    void completeWhenJustUnderAnHourHasPassedThenItWorks() {
        String token = offeredToken();
        clock.advance(Duration.ofHours(1).minusMillis(1));

        completed(complete(token));
    }

    @Test
    void completeWhenAnHourHasPassedThenRefusedAsNotValidAndNothingIsCreated() {
        String token = offeredToken();
        clock.advance(Duration.ofHours(1));

        refused(complete(token), FirstRunSetup.Reason.LINK_NOT_VALID);

        assertThat(storage.users().isEmpty()).isTrue();
        assertThat(storage.organizations().all()).isEmpty();
    }

    @Test
    void completeWhenNoLinkWasOfferedThenRefusedAsNotValid() {
        refused(complete("secret-000000000000000000000000000000000001"), FirstRunSetup.Reason.LINK_NOT_VALID);

        assertThat(storage.users().isEmpty()).isTrue();
    }

    @Test
    void completeWhenTheTokenIsWrongThenRefusedAsNotValidAndTheRightOneStillWorks() {
        String token = offeredToken();
        String oneCharacterOff = token.substring(0, token.length() - 1) + (token.endsWith("x") ? "y" : "x");

        refused(complete(oneCharacterOff), FirstRunSetup.Reason.LINK_NOT_VALID);
        refused(complete(""), FirstRunSetup.Reason.LINK_NOT_VALID);

        completed(complete(token));
    }

    // A user made another way (the command line) ends the first run.

    @Test
    void completeWhenAUserWasAddedOnTheCommandLineThenRefusedAsAlreadySetUpAndTheLinkIsDead() {
        String token = offeredToken();
        storage.users().add(aUser().named("admin").build());

        FirstRunSetup.Refused refused = refused(complete(token), FirstRunSetup.Reason.ALREADY_SET_UP);

        assertThat(refused.message()).isEqualTo(FirstRunSetup.ALREADY_SET_UP);
        assertThat(storage.users().all()).hasSize(1);
        assertThat(storage.organizations().all()).isEmpty();
        assertThat(setup.offer()).isEmpty();
    }

    // Invalid input: said what to change, and the link keeps working.

    @Test
    void completeWhenThePasswordIsTooShortThenRefusedAsInvalidInputAndTheLinkStillWorks() {
        String token = offeredToken();

        FirstRunSetup.Refused refused = refused(complete(token, "alice", "short", "acme"),
                FirstRunSetup.Reason.INVALID_INPUT);

        assertThat(refused.message()).isEqualTo("Password must be at least 8 characters; choose a longer one.");
        assertThat(storage.users().isEmpty()).isTrue();
        completed(complete(token));
    }

    @Test
    void completeWhenTheUsernameIsInvalidThenRefusedAsInvalidInputSayingWhy() {
        String token = offeredToken();

        assertThat(refused(complete(token, "not a name!", PASSWORD, "acme"), FirstRunSetup.Reason.INVALID_INPUT)
                .message()).startsWith("Username 'not a name!' must be");
        assertThat(refused(complete(token, " ", PASSWORD, "acme"), FirstRunSetup.Reason.INVALID_INPUT).message())
                .isEqualTo("Username is missing.");
        assertThat(storage.users().isEmpty()).isTrue();
    }

    @Test
    void completeWhenTheOrganizationNameIsInvalidThenRefusedAsInvalidInputSayingWhy() {
        String token = offeredToken();

        assertThat(refused(complete(token, "alice", PASSWORD, "acme corp"), FirstRunSetup.Reason.INVALID_INPUT)
                .message()).startsWith("Organization name 'acme corp' must be");
        assertThat(storage.users().isEmpty()).isTrue();
    }

    @Test
    void completeWhenTheTokenIsWrongThenTheInputIsNotJudged() {
        offeredToken();

        refused(complete("wrong-token-wrong-token-wrong-token", "not a name!", "short", "acme corp"),
                FirstRunSetup.Reason.LINK_NOT_VALID);
    }

    @Test
    void completeWhenTwoPeopleUseTheLinkAtOnceThenExactlyOneBecomesTheOwner() throws InterruptedException {
        String token = offeredToken();
        List<FirstRunSetup.Result> results = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> people = List.of("alice", "bob", "carol", "dave").stream().map(name -> Thread.ofVirtual().start(() -> {
            try {
                start.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
            results.add(complete(token, name, PASSWORD, name + "-org"));
        })).toList();
        start.countDown();
        for (Thread person : people) {
            person.join();
        }

        assertThat(results).hasSize(4).filteredOn(FirstRunSetup.Completed.class::isInstance).hasSize(1);
        assertThat(storage.users().all()).hasSize(1);
        assertThat(storage.organizations().all()).hasSize(1);
    }

    // works

    @Test
    void worksWhenTheOfferedTokenIsAskedAboutThenTrueAndItStillCompletes() {
        String token = offeredToken();

        assertThat(setup.works(token)).isTrue();
        assertThat(setup.works(token)).isTrue();
        completed(complete(token));
    }

    @Test
    void worksWhenTheTokenIsWrongExpiredOrUsedThenFalse() {
        String token = offeredToken();
        assertThat(setup.works("not-the-offered-token")).isFalse();

        completed(complete(token));
        assertThat(setup.works(token)).isFalse();

        FirstRunSetup fresh = new FirstRunSetup(new InMemoryStorage().users(), storage.transactions(), addUser, random,
                clock);
        String expiring = fresh.offer().orElseThrow().token().value();
        clock.advance(FirstRunSetup.LINK_LIFETIME);
        assertThat(fresh.works(expiring)).isFalse();
    }

    @Test
    void commandToStringWhenPrintedThenTheTokenAndPasswordAreLeftOut() {
        FirstRunSetup.Command command = new FirstRunSetup.Command("secret-token-value-123456", "alice",
                new Password(PASSWORD), "acme");

        assertThat(command.toString()).doesNotContain("secret-token-value-123456").doesNotContain(PASSWORD)
                .contains("alice", "acme");
    }
}
