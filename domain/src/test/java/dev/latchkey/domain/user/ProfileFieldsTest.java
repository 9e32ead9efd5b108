package dev.latchkey.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A user's optional email address (a plausible RFC 5322 §3.4.1 addr-spec, at most 254 characters) and
 * display name (at most 100 characters, no control characters), released as OIDC Core §5.1 claims.
 */
final class ProfileFieldsTest {

    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA");

    private static User aUser(Optional<String> email, Optional<String> displayName) {
        return new User(new UserId("u1"), new Username("alice"), HASH, false, Instant.EPOCH, email, displayName);
    }

    // --- email -----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"alice@example.com", "Alice.Smith+mcp@mail.example.co.uk", "a@b", "o'brien@example.ie",
        "x_y-z!#$%&*/=?^`{|}~@sub-domain.example", "1@2.3"})
    void emailWhenPlausibleAddrSpecThenAccepted(String email) {
        assertThat(ProfileFields.email(email)).isEqualTo(email);
        assertThat(aUser(Optional.of(email), Optional.empty()).email()).contains(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "@example.com", "alice@", "alice@@example.com", "al ice@example.com",
        ".alice@example.com", "alice.@example.com", "al..ice@example.com", "alice@-example.com",
        "alice@example-.com", "alice@example..com", "alice@example.com.", "\"alice\"@example.com",
        "alice@[192.0.2.1]", "j\u00fcrgen@example.com", "alice@example.com\n", "Alice <alice@example.com>"})
    void emailWhenNotAPlausibleAddrSpecThenRefused(String email) {
        assertThatIllegalArgumentException().isThrownBy(() -> ProfileFields.email(email));
        assertThatIllegalArgumentException().isThrownBy(() -> aUser(Optional.of(email), Optional.empty()));
    }

    @Test
    void emailWhen254CharactersThenAcceptedAnd255Refused() {
        String domain = "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + ".";
        String at254 = "a".repeat(64) + "@" + domain + "g".repeat(254 - 65 - domain.length());
        assertThat(at254).hasSize(254);
        assertThat(ProfileFields.email(at254)).isEqualTo(at254);

        String at255 = "a".repeat(64) + "@" + domain + "g".repeat(255 - 65 - domain.length());
        assertThatIllegalArgumentException().isThrownBy(() -> ProfileFields.email(at255))
                .withMessageContaining("254");
    }

    @Test
    void emailWhenLocalPartLongerThan64ThenRefused() {
        assertThat(ProfileFields.email("a".repeat(64) + "@example.com")).startsWith("a");
        assertThatIllegalArgumentException().isThrownBy(() -> ProfileFields.email("a".repeat(65) + "@example.com"))
                .withMessageContaining("64");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emailWhenBlankThenRefusedAsMissing(String email) {
        assertThatIllegalArgumentException().isThrownBy(() -> ProfileFields.email(email))
                .withMessageContaining("missing");
    }

    // --- display name ----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"Alice", "Alice Smith", "J\u00fcrgen M\u00fcller-L\u00fcdenscheid", "\u5f20\u4f1f",
        "O'Brien, Dr.", "\uD83D\uDE80 Rocket"})
    void displayNameWhenPrintableThenAccepted(String name) {
        assertThat(ProfileFields.displayName(name)).isEqualTo(name);
        assertThat(aUser(Optional.empty(), Optional.of(name)).displayName()).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alice\nSmith", "Alice\tSmith", "Alice\u0000", "\u001b[31mAlice", "Alice\u0085",
        "Alice\u2028Smith", " Alice", "Alice ", "", "  "})
    void displayNameWhenControlCharactersOrSurroundingSpacesThenRefused(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> ProfileFields.displayName(name));
        assertThatIllegalArgumentException().isThrownBy(() -> aUser(Optional.empty(), Optional.of(name)));
    }

    @Test
    void displayNameWhen100CharactersThenAcceptedAnd101Refused() {
        assertThat(ProfileFields.displayName("a".repeat(100))).hasSize(100);
        assertThatIllegalArgumentException().isThrownBy(() -> ProfileFields.displayName("a".repeat(101)))
                .withMessageContaining("100");
    }

    @Test
    void displayNameWhenLengthCountedThenCodePointsNotUtf16Units() {
        String hundredRockets = "\uD83D\uDE80".repeat(100);

        assertThat(ProfileFields.displayName(hundredRockets)).isEqualTo(hundredRockets);
    }

    // --- User ------------------------------------------------------------------------------------

    @Test
    void buildWhenFiveArgumentsThenNoEmailAndNoDisplayName() {
        User user = new User(new UserId("u1"), new Username("alice"), HASH, false, Instant.EPOCH);

        assertThat(user.email()).isEmpty();
        assertThat(user.displayName()).isEmpty();
        assertThat(user).isEqualTo(aUser(Optional.empty(), Optional.empty()));
    }

    @Test
    void buildWhenProfileFieldsNullThenRefused() {
        assertThatNullPointerException().isThrownBy(() -> aUser(null, Optional.empty()));
        assertThatNullPointerException().isThrownBy(() -> aUser(Optional.empty(), null));
    }

    @Test
    void withMethodsWhenCalledThenChangeOneThingAndKeepTheProfile() {
        User user = aUser(Optional.of("alice@example.com"), Optional.of("Alice"));
        PasswordHash other = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$b3RoZXI$b3RoZXI");

        assertThat(user.withDisabled(true).disabled()).isTrue();
        assertThat(user.withDisabled(true).email()).contains("alice@example.com");
        assertThat(user.withPasswordHash(other).passwordHash()).isEqualTo(other);
        assertThat(user.withPasswordHash(other).displayName()).contains("Alice");
        assertThat(user.withProfile(Optional.empty(), Optional.of("Al"))).isEqualTo(
                aUser(Optional.empty(), Optional.of("Al")));
    }
}
