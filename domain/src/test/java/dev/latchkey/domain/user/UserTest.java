package dev.latchkey.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Usernames (case-insensitive sign-in), passwords (NIST SP 800-63B §5.1.1.2) and their hashes. */
final class UserTest {

    // --- Username --------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "alice,                   alice",
        "Alice,                   alice",
        "'  Alice@Example.COM  ', alice@example.com",
        "BOB.SMITH_2-x,           bob.smith_2-x",
        "0day,                    0day",
    })
    void parseWhenTypedThenStrippedAndLowercased(String typed, String expected) {
        assertThat(Username.parse(typed)).isEqualTo(new Username(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alice", ".alice", "_alice", "-alice", "@alice", "al ice", "al/ice", "j\u00fcrgen",
        "alice!"})
    void buildWhenNotLowercaseLettersDigitsOrDotUnderscoreHyphenAtThenRefused(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Username(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"al ice", "J\u00dcRGEN", ".Alice"})
    void parseWhenStillInvalidAfterLowercasingThenRefused(String typed) {
        assertThatIllegalArgumentException().isThrownBy(() -> Username.parse(typed));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void parseWhenMissingThenRefused(String typed) {
        assertThatIllegalArgumentException().isThrownBy(() -> Username.parse(typed)).withMessageContaining("missing");
    }

    @Test
    void buildWhen64CharactersThenAcceptedAnd65Refused() {
        assertThat(new Username("a".repeat(64))).hasToString("a".repeat(64));
        assertThatIllegalArgumentException().isThrownBy(() -> new Username("a".repeat(65)));
    }

    // --- Password --------------------------------------------------------------------------------

    @Test
    void chooseWhenSevenCharactersThenRefused() {
        // NIST SP 800-63B §5.1.1.2: "at least 8 characters in length if chosen by the subscriber".
        assertThatIllegalArgumentException().isThrownBy(() -> Password.choose("1234567"))
                .withMessageContaining("at least 8");
    }

    @Test
    void chooseWhenEightCharactersThenAccepted() {
        assertThat(Password.choose("12345678").value()).isEqualTo("12345678");
        assertThat(Password.MINIMUM_LENGTH).isEqualTo(8);
    }

    @Test
    void chooseWhenEmptyThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Password.choose(""));
    }

    @Test
    void chooseWhenLengthCountedInCodePointsThenSurrogatePairsCountOnce() {
        // NIST SP 800-63B §5.1.1.2: "each Unicode code point SHALL be counted as a single character".
        String fourEmoji = "\uD83D\uDE00".repeat(4);
        String eightEmoji = "\uD83D\uDE00".repeat(8);

        assertThat(fourEmoji).hasSize(8);
        assertThatIllegalArgumentException().isThrownBy(() -> Password.choose(fourEmoji));
        assertThat(Password.choose(eightEmoji).value()).isEqualTo(eightEmoji);
    }

    @Test
    void chooseWhenSpacesIncludedThenKeptAsTyped() {
        // NIST SP 800-63B §5.1.1.2: "All printing ASCII characters as well as the space character SHOULD be
        // acceptable in memorized secrets".
        assertThat(Password.choose("  correct horse  ").value()).isEqualTo("  correct horse  ");
    }

    @Test
    void buildWhenShortThenAcceptedBecauseSignInChecksExistingPasswords() {
        assertThat(new Password("x").value()).isEqualTo("x");
    }

    @Test
    void buildWhenLongerThanMaximumThenRefused() {
        assertThat(new Password("p".repeat(Password.MAXIMUM_LENGTH)).value()).hasSize(256);
        assertThatIllegalArgumentException().isThrownBy(() -> new Password("p".repeat(257)));
        assertThatIllegalArgumentException().isThrownBy(() -> Password.choose("p".repeat(257)));
    }

    @Test
    void buildWhenNullThenRefused() {
        assertThatNullPointerException().isThrownBy(() -> new Password(null));
    }

    @Test
    void toStringWhenPrintedThenRedacted() {
        assertThat(Password.choose("correct horse battery")).hasToString("Password[redacted]");
    }

    // --- PasswordHash and User ---------------------------------------------------------------------

    @Test
    void passwordHashWhenPhcStringThenAcceptedAndToStringShowsOnlyAPrefix() {
        String phc = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG";
        PasswordHash hash = new PasswordHash(phc);

        assertThat(hash.encoded()).isEqualTo(phc);
        assertThat(hash.toString()).isEqualTo("PasswordHash[$argon2id$v=...]").doesNotContain("RdescudvJCsgt3ub");
    }

    @Test
    void passwordHashWhenShortThenToStringShowsAllOfIt() {
        assertThat(new PasswordHash("$x")).hasToString("PasswordHash[$x...]");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"argon2id$v=19", "plaintext"})
    void passwordHashWhenNotAPhcStringThenRefused(String encoded) {
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHash(encoded));
    }

    @Test
    void isActiveWhenDisabledThenFalse() {
        PasswordHash hash = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA");

        assertThat(new User(new UserId("u1"), new Username("alice"), hash, false, Instant.EPOCH).isActive()).isTrue();
        assertThat(new User(new UserId("u1"), new Username("alice"), hash, true, Instant.EPOCH).isActive()).isFalse();
    }

    @Test
    void userIdWhenOver64CharactersThenRefused() {
        assertThat(new UserId("u".repeat(64))).hasToString("u".repeat(64));
        assertThatIllegalArgumentException().isThrownBy(() -> new UserId("u".repeat(65)));
    }
}
