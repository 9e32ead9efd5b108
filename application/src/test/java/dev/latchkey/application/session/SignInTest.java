package dev.latchkey.application.session;

import static dev.latchkey.application.fixtures.Fixtures.aBrowserSession;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.CountingRandomTokens;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.fakes.PlainPasswordHasher;
import dev.latchkey.application.fixtures.BrowserSessionBuilder;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.session.BrowserSession;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.user.PasswordHash;
import dev.latchkey.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signing in with username and password (OWASP authentication guidance: one generic message for every
 * failure, and no timing difference between unknown and known usernames) and opening a browser session
 * with idle and absolute timeouts (ADR 0005).
 */
final class SignInTest {

    private static final String PASSWORD = "correct horse battery staple";

    private final InMemoryStorage storage = new InMemoryStorage();
    private final PlainPasswordHasher hasher = new PlainPasswordHasher();
    private final CountingRandomTokens random = new CountingRandomTokens();
    private final MutableClock clock = new MutableClock();
    private final SignIn signIn = new SignIn(storage.users(), hasher, storage.browserSessions(), random,
            ServerSettings.defaults(new Issuer("https://auth.example.com")), clock);

    private final User alice = aUser().named("alice").withPasswordHash(PlainPasswordHasher.hashOf(PASSWORD)).build();

    @BeforeEach
    void storeAlice() {
        storage.users().add(alice);
    }

    private SignIn.Result signIn(String username, String password) {
        return signIn.signIn(new SignIn.Command(username, new Password(password)));
    }

    private static SignIn.SignedIn signedIn(SignIn.Result result) {
        assertThat(result).isInstanceOf(SignIn.SignedIn.class);
        return (SignIn.SignedIn) result;
    }

    private static String refusal(SignIn.Result result) {
        assertThat(result).isInstanceOf(SignIn.Refused.class);
        return ((SignIn.Refused) result).message();
    }

    @Test
    void signInWhenPasswordIsRightThenSignedInAsTheUser() {
        SignIn.SignedIn signedIn = signedIn(signIn("alice", PASSWORD));

        assertThat(signedIn.user()).isEqualTo(alice);
        assertThat(signedIn.session().userId()).isEqualTo(alice.id());
    }

    @Test
    void signInWhenUsernameTypedInAnotherCaseWithSpacesThenSignedIn() {
        assertThat(signedIn(signIn("  Alice ", PASSWORD)).user()).isEqualTo(alice);
    }

    // ADR 0005: the session is stored by the hash of its id, with a CSRF token and an absolute end.

    @Test
    void signInWhenSignedInThenSessionIsStoredByHashWithCsrfTokenAndAbsoluteExpiry() {
        Instant now = clock.advance(Duration.ofMinutes(3));

        SignIn.SignedIn signedIn = signedIn(signIn("alice", PASSWORD));

        BrowserSession stored = storage.browserSessions().find(signedIn.token().hash()).orElseThrow();
        assertThat(stored).isEqualTo(signedIn.session());
        assertThat(stored.idHash()).isEqualTo(signedIn.token().hash());
        assertThat(stored.idHash().value()).isNotEqualTo(signedIn.token().value());
        assertThat(stored.csrfToken()).isNotBlank().isNotEqualTo(signedIn.token().value());
        assertThat(random.secretsMade()).contains(signedIn.token().value(), stored.csrfToken());
        assertThat(stored.createdAt()).isEqualTo(now);
        assertThat(stored.lastSeenAt()).isEqualTo(now);
        assertThat(stored.expiresAt()).isEqualTo(now.plus(Duration.ofDays(7)));
    }

    @Test
    void signInWhenSignedInTwiceThenEachSessionHasItsOwnIdAndCsrfToken() {
        SignIn.SignedIn first = signedIn(signIn("alice", PASSWORD));
        SignIn.SignedIn second = signedIn(signIn("alice", PASSWORD));

        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(second.session().csrfToken()).isNotEqualTo(first.session().csrfToken());
    }

    // No account enumeration: unknown user, wrong password and disabled account look the same.

    @Test
    void signInWhenPasswordIsWrongThenRefusedWithTheOneMessage() {
        assertThat(refusal(signIn("alice", "wrong password"))).isEqualTo(SignIn.REFUSED);
        assertThat(random.secretsMade()).isEmpty();
    }

    @Test
    void signInWhenUsernameIsUnknownThenRefusedWithTheOneMessage() {
        assertThat(refusal(signIn("mallory", PASSWORD))).isEqualTo(SignIn.REFUSED);
    }

    @Test
    void signInWhenUserIsDisabledThenRefusedWithTheOneMessageEvenWithTheRightPassword() {
        storage.users().add(aUser().named("bob").withPasswordHash(PlainPasswordHasher.hashOf(PASSWORD)).disabled()
                .build());

        assertThat(refusal(signIn("bob", PASSWORD))).isEqualTo(SignIn.REFUSED);
        assertThat(random.secretsMade()).isEmpty();
    }

    @Test
    void signInWhenUsernameIsMalformedThenRefusedWithTheOneMessage() {
        assertThat(refusal(signIn("not a username!", PASSWORD))).isEqualTo(SignIn.REFUSED);
        assertThat(refusal(signIn("   ", PASSWORD))).isEqualTo(SignIn.REFUSED);
    }

    @Test
    void signInWhenUsernameIsUnknownThenThePasswordIsStillVerifiedAgainstADecoyHash() {
        signIn("mallory", PASSWORD);

        assertThat(hasher.verifications()).hasSize(1);
        PasswordHash decoy = hasher.verifications().getFirst().hash();
        assertThat(hasher.hashesMade()).containsExactly(decoy);
        assertThat(decoy).isNotEqualTo(alice.passwordHash());
        assertThat(hasher.verifications().getFirst().matched()).isFalse();
    }

    @Test
    void signInWhenUsernameIsMalformedThenThePasswordIsStillVerifiedAgainstADecoyHash() {
        signIn("NOT VALID", PASSWORD);

        assertThat(hasher.verifications()).hasSize(1);
    }

    @Test
    void signInWhenUnknownUsernamesRepeatThenTheDecoyHashIsMadeOnce() {
        signIn("mallory", PASSWORD);
        signIn("trudy", PASSWORD);

        assertThat(hasher.hashesMade()).hasSize(1);
        assertThat(hasher.verifications()).hasSize(2)
                .allSatisfy(verification -> assertThat(verification.hash()).isEqualTo(hasher.hashesMade().getFirst()));
    }

    @Test
    void signInWhenUserIsKnownThenTheirHashIsVerifiedOnce() {
        signIn("alice", "wrong password");

        assertThat(hasher.verifications()).singleElement()
                .satisfies(verification -> assertThat(verification.hash()).isEqualTo(alice.passwordHash()));
        assertThat(hasher.hashesMade()).isEmpty();
    }

    // Throttling (NIST SP 800-63B §5.2.2): a growing delay past a few failures, per username and per
    // address; while throttled the password is not checked and the answer is the same for every username.

    private static final String ADDRESS = "203.0.113.7";

    private SignIn.Result signInFrom(String address, String username, String password) {
        return signIn.signIn(new SignIn.Command(username, new Password(password), address));
    }

    private static SignIn.Throttled throttled(SignIn.Result result) {
        assertThat(result).isInstanceOf(SignIn.Throttled.class);
        return (SignIn.Throttled) result;
    }

    private void failFourTimes(String username) {
        for (int i = 0; i < 4; i++) {
            assertThat(refusal(signInFrom(ADDRESS, username, "wrong password"))).isEqualTo(SignIn.REFUSED);
        }
    }

    @Test
    void signInWhenFourFailuresForTheUsernameThenTheNextAttemptIsThrottledForOneSecond() {
        failFourTimes("alice");

        SignIn.Throttled throttled = throttled(signInFrom(ADDRESS, "alice", "wrong password"));

        assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttled.message()).isEqualTo("Too many sign-in attempts failed. Wait 1 second, then try again."
                + " If you forgot your password, ask an administrator of this server.");
    }

    @Test
    void signInWhenThrottledThenThePasswordIsNotCheckedEvenWhenItIsRight() {
        failFourTimes("alice");
        int verificationsBefore = hasher.verifications().size();

        throttled(signInFrom(ADDRESS, "alice", PASSWORD));

        assertThat(hasher.verifications()).hasSize(verificationsBefore);
        assertThat(random.secretsMade()).as("no session was opened").isEmpty();
    }

    @Test
    void signInWhenThrottledThenAnUnknownUsernameGetsExactlyTheSameAnswerAsAKnownOne() {
        failFourTimes("alice");
        failFourTimes("mallory");

        SignIn.Throttled known = throttled(signInFrom(ADDRESS, "alice", PASSWORD));
        SignIn.Throttled unknown = throttled(signInFrom(ADDRESS, "mallory", PASSWORD));

        assertThat(unknown).isEqualTo(known);
    }

    @Test
    void signInWhenUnknownUsernameFailsThenItIsThrottledAfterAsManyFailuresAsAKnownOne() {
        for (int i = 0; i < 4; i++) {
            assertThat(signInFrom(ADDRESS, "mallory", PASSWORD)).isInstanceOf(SignIn.Refused.class);
        }

        throttled(signInFrom(ADDRESS, "mallory", PASSWORD));
    }

    @Test
    void signInWhenTheWaitIsOverThenThePasswordIsCheckedAgain() {
        failFourTimes("alice");
        clock.advance(Duration.ofSeconds(1));

        assertThat(signedIn(signInFrom(ADDRESS, "alice", PASSWORD)).user()).isEqualTo(alice);
    }

    @Test
    void signInWhenSignedInThenTheUsernamesFailuresAreForgotten() {
        for (int i = 0; i < 3; i++) {
            refusal(signInFrom(ADDRESS, "alice", "wrong password"));
        }
        signedIn(signInFrom(ADDRESS, "alice", PASSWORD));

        for (int i = 0; i < 4; i++) {
            assertThat(signInFrom(ADDRESS, "alice", "wrong password")).as("failure %d", i + 1)
                    .isInstanceOf(SignIn.Refused.class);
        }
    }

    @Test
    void signInWhenManyUsernamesFailFromOneAddressThenEveryUsernameFromItIsThrottled() {
        for (int i = 0; i < 21; i++) {
            refusal(signInFrom(ADDRESS, "user" + i, PASSWORD));
        }

        throttled(signInFrom(ADDRESS, "alice", PASSWORD));
        assertThat(signedIn(signInFrom("198.51.100.1", "alice", PASSWORD)).user()).isEqualTo(alice);
    }

    @Test
    void signInWhenNoAddressIsGivenThenTheUsernameIsStillThrottled() {
        for (int i = 0; i < 4; i++) {
            refusal(signIn("alice", "wrong password"));
        }

        throttled(signIn("alice", PASSWORD));
    }

    @Test
    void signInWhenSeveralSignInFormsShareAThrottleThenFailuresOnOneCountOnTheOther() {
        SignInThrottle shared = new SignInThrottle(clock);
        ServerSettings settings = ServerSettings.defaults(new Issuer("https://auth.example.com"));
        SignIn oauthForm = new SignIn(storage.users(), hasher, storage.browserSessions(), random, settings, clock,
                shared);
        SignIn accountForm = new SignIn(storage.users(), hasher, storage.browserSessions(), random, settings, clock,
                shared);
        for (int i = 0; i < 4; i++) {
            oauthForm.signIn(new SignIn.Command("alice", new Password("wrong password"), ADDRESS));
        }

        throttled(accountForm.signIn(new SignIn.Command("alice", new Password(PASSWORD), ADDRESS)));
    }

    @Test
    void throttledWhenTheWaitHasAFractionOfASecondThenItIsRoundedUpToWholeSeconds() {
        assertThat(SignIn.throttled(Duration.ofMillis(200)).retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignIn.throttled(Duration.ofMillis(1001)).retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignIn.throttled(Duration.ofSeconds(2)).message()).contains("Wait 2 seconds,");
    }

    @Test
    void throttledWhenTheWaitIsLongThenTheMessageAlsoSaysItInMinutes() {
        assertThat(SignIn.throttled(Duration.ofMinutes(15)).message())
                .contains("Wait 900 seconds (about 15 minutes), then try again.");
    }

    @Test
    void signInWhenOtherSessionsHaveExpiredThenTheyAreRemoved() {
        BrowserSessionBuilder old = aBrowserSession().of(alice).createdAt(clock.instant())
                .lastSeenAt(clock.instant()).expiresAt(clock.instant().plus(Duration.ofDays(7)));
        storage.browserSessions().add(old.build());
        clock.advance(Duration.ofHours(9));

        signedIn(signIn("alice", PASSWORD));

        assertThat(storage.browserSessions().find(old.token().hash())).isEmpty();
    }
}
