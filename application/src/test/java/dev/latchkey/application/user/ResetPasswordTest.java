package dev.latchkey.application.user;

import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.PlainPasswordHasher;
import dev.latchkey.domain.user.Password;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Setting a user's password ({@code users set-password USERNAME}): only the hash of the new one is kept. */
final class ResetPasswordTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final PlainPasswordHasher hasher = new PlainPasswordHasher();
    private final ResetPassword resetPassword = new ResetPassword(storage.users(), hasher, storage.transactions());

    private final User alice = aUser().named("alice").withPasswordHash(PlainPasswordHasher.hashOf("old password 1"))
            .build();
    private final User bob = aUser().named("bob").withPasswordHash(PlainPasswordHasher.hashOf("bobs password 1"))
            .build();

    @BeforeEach
    void storeUsers() {
        storage.users().add(alice);
        storage.users().add(bob);
    }

    private ResetPassword.Result reset(String username, String password) {
        return resetPassword.reset(new ResetPassword.Command(new Username(username), new Password(password)));
    }

    @Test
    void resetWhenTheUserExistsThenTheNewPasswordVerifiesAndTheOldDoesNot() {
        ResetPassword.Result result = reset("alice", "correct horse battery staple");

        assertThat(result).isEqualTo(new ResetPassword.Reset(alice));
        User changed = storage.users().find(alice.id()).orElseThrow();
        assertThat(changed.passwordHash()).isEqualTo(PlainPasswordHasher.hashOf("correct horse battery staple"));
        assertThat(hasher.verify(new Password("old password 1"), changed.passwordHash())).isFalse();
        assertThat(changed).isEqualTo(new User(alice.id(), alice.username(), changed.passwordHash(), alice.disabled(),
                alice.createdAt()));
    }

    @Test
    void resetWhenTheUserExistsThenOtherUsersKeepTheirPasswords() {
        reset("alice", "correct horse battery staple");

        assertThat(storage.users().find(bob.id())).contains(bob);
    }

    @Test
    void resetWhenTheUserIsUnknownThenRejectedNamingThemAndNothingChanges() {
        ResetPassword.Result result = reset("nobody", "correct horse battery staple");

        assertThat(result).isInstanceOfSatisfying(ResetPassword.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("nobody").contains("users list"));
        assertThat(storage.users().all()).containsExactly(alice, bob);
    }
}
