package dev.latchkey.application.account;

import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Changing one's email address and display name, the values of the OpenID Connect claims {@code email}
 * and {@code name} (OIDC Core §5.1): stripped, blank clears, invalid refused with nothing changed.
 */
final class UpdateProfileTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final UpdateProfile updateProfile = new UpdateProfile(storage.users(), storage.transactions());
    private final User alice = aUser().named("alice").withEmail("old@example.com").withDisplayName("Old Name").build();

    @BeforeEach
    void storeAlice() {
        storage.users().add(alice);
    }

    private UpdateProfile.Result update(Optional<String> email, Optional<String> displayName) {
        return updateProfile.update(new UpdateProfile.Command(alice.id(), email, displayName));
    }

    private User storedAlice() {
        return storage.users().find(alice.id()).orElseThrow();
    }

    @Test
    void updateWhenBothValidThenStoredStrippedAndReturned() {
        UpdateProfile.Result result = update(Optional.of("  alice@example.com "), Optional.of(" Alice Liddell  "));

        User expected = alice.withProfile(Optional.of("alice@example.com"), Optional.of("Alice Liddell"));
        assertThat(result).isEqualTo(new UpdateProfile.Updated(expected));
        assertThat(storedAlice()).isEqualTo(expected);
    }

    @Test
    void updateWhenValuesEmptyOrBlankThenFieldsCleared() {
        UpdateProfile.Result result = update(Optional.of("   "), Optional.empty());

        assertThat(result).isInstanceOf(UpdateProfile.Updated.class);
        assertThat(storedAlice().email()).isEmpty();
        assertThat(storedAlice().displayName()).isEmpty();
        assertThat(storedAlice().username()).isEqualTo(alice.username());
    }

    @Test
    void updateWhenEmailInvalidThenRejectedAndNothingChanged() {
        UpdateProfile.Result result = update(Optional.of("alice@"), Optional.of("New Name"));

        assertThat(result).isInstanceOfSatisfying(UpdateProfile.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("not an email address"));
        assertThat(storedAlice()).isEqualTo(alice);
    }

    @Test
    void updateWhenEmailLongerThan254ThenRejected() {
        String tooLong = "a".repeat(60) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + "."
                + "e".repeat(11);

        assertThat(tooLong).hasSize(255);
        assertThat(update(Optional.of(tooLong), Optional.empty())).isInstanceOfSatisfying(UpdateProfile.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("254"));
        assertThat(storedAlice()).isEqualTo(alice);
    }

    @Test
    void updateWhenDisplayNameHasALineBreakOrIsTooLongThenRejected() {
        assertThat(update(Optional.empty(), Optional.of("Alice\nLiddell"))).isInstanceOfSatisfying(
                UpdateProfile.Rejected.class, rejected -> assertThat(rejected.reason()).contains("control character"));
        assertThat(update(Optional.empty(), Optional.of("a".repeat(101)))).isInstanceOfSatisfying(
                UpdateProfile.Rejected.class, rejected -> assertThat(rejected.reason()).contains("100"));
        assertThat(storedAlice()).isEqualTo(alice);
    }

    @Test
    void updateWhenUserUnknownThenRejected() {
        UpdateProfile.Result result = updateProfile.update(new UpdateProfile.Command(new UserId("no-such-user"),
                Optional.of("x@example.com"), Optional.empty()));

        assertThat(result).isInstanceOf(UpdateProfile.Rejected.class);
        assertThat(storedAlice()).isEqualTo(alice);
    }
}
