package dev.latchkey.application.contract;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.port.Users;
import dev.latchkey.domain.user.PasswordHash;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.user.Username;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Users}: the people who can sign in, unique by id and by username; disabling,
 * a new password hash and a new profile (email address and display name) change those fields only.
 */
public abstract class UsersContract extends StorageContract {

    private Users users() {
        return storage().users();
    }

    @Test
    public void findWhenAddedThenReturnsEveryField() {
        User user = aUser().withId("u-1").named("alice@example.com")
                .withPasswordHash(new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$YWxpY2VzYWx0$YWxpY2VoYXNo"))
                .createdAt(T0.plusMillis(7))
                .build();

        users().add(user);

        assertThat(users().find(user.id())).contains(user);
    }

    @Test
    public void findWhenUserIsDisabledThenSaysSo() {
        User user = aUser().disabled().build();

        users().add(user);

        assertThat(users().find(user.id()).orElseThrow().disabled()).isTrue();
        assertThat(users().find(user.id())).contains(user);
    }

    @Test
    public void findByUsernameWhenAddedThenReturnsTheUser() {
        User bob = aUser().named("bob").build();
        users().add(aUser().named("alice").build());
        users().add(bob);

        assertThat(users().findByUsername(new Username("bob"))).contains(bob);
    }

    @Test
    public void findWhenUnknownThenEmpty() {
        users().add(aUser().build());

        assertThat(users().find(new UserId("no-such-user"))).isEmpty();
        assertThat(users().findByUsername(new Username("nobody"))).isEmpty();
    }

    @Test
    public void addWhenUsernameIsTakenThenFailsAndKeepsTheFirstUser() {
        User first = aUser().named("carol").build();
        users().add(first);

        assertThatThrownBy(() -> users().add(aUser().named("carol").build())).isInstanceOf(RuntimeException.class);

        assertThat(users().findByUsername(new Username("carol"))).contains(first);
        assertThat(users().all()).containsExactly(first);
    }

    @Test
    public void addWhenIdIsTakenThenFailsAndKeepsTheFirstUser() {
        User first = aUser().withId("same-id").named("dave").build();
        users().add(first);

        assertThatThrownBy(() -> users().add(aUser().withId("same-id").named("erin").build()))
                .isInstanceOf(RuntimeException.class);

        assertThat(users().find(first.id())).contains(first);
        assertThat(users().findByUsername(new Username("erin"))).isEmpty();
    }

    @Test
    public void allWhenSeveralUsersThenByUsername() {
        User carol = aUser().named("carol").createdAt(T0).build();
        User alice = aUser().named("alice").createdAt(T0.plusSeconds(1)).build();
        User bob = aUser().named("bob").createdAt(T0.minusSeconds(1)).build();
        users().add(carol);
        users().add(alice);
        users().add(bob);

        assertThat(users().all()).containsExactly(alice, bob, carol);
    }

    @Test
    public void allWhenNoUserThenEmpty() {
        assertThat(users().all()).isEmpty();
    }

    @Test
    public void isEmptyWhenNoUserThenTrue() {
        assertThat(users().isEmpty()).isTrue();
    }

    @Test
    public void isEmptyWhenAUserExistsThenFalse() {
        users().add(aUser().disabled().build());

        assertThat(users().isEmpty()).isFalse();
    }

    @Test
    public void setDisabledWhenPresentThenChangesOnlyTheFlagBothWays() {
        User user = aUser().build();
        users().add(user);

        assertThat(users().setDisabled(user.id(), true)).isTrue();

        assertThat(users().find(user.id())).contains(new User(user.id(), user.username(), user.passwordHash(), true,
                user.createdAt()));

        assertThat(users().setDisabled(user.id(), false)).isTrue();

        assertThat(users().find(user.id())).contains(user);
    }

    @Test
    public void setDisabledWhenAlreadySoThenStillReturnsTrueAndKeepsIt() {
        User user = aUser().disabled().build();
        users().add(user);

        assertThat(users().setDisabled(user.id(), true)).isTrue();

        assertThat(users().find(user.id())).contains(user);
    }

    @Test
    public void setDisabledWhenUnknownThenReturnsFalseAndChangesNothing() {
        User user = aUser().build();
        users().add(user);

        assertThat(users().setDisabled(new UserId("no-such-user"), true)).isFalse();

        assertThat(users().all()).containsExactly(user);
    }

    @Test
    public void setPasswordHashWhenPresentThenChangesOnlyTheHash() {
        User user = aUser().build();
        User other = aUser().build();
        users().add(user);
        users().add(other);
        PasswordHash newHash = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$bmV3c2FsdA$bmV3aGFzaA");

        assertThat(users().setPasswordHash(user.id(), newHash)).isTrue();

        assertThat(users().find(user.id())).contains(new User(user.id(), user.username(), newHash, user.disabled(),
                user.createdAt()));
        assertThat(users().find(other.id())).contains(other);
    }

    @Test
    public void findWhenAddedWithEmailAndDisplayNameThenReturnsThem() {
        User user = aUser().withEmail("alice.liddell+mcp@example.com").withDisplayName("Alice Liddell \u00e9\uD83D\uDE80")
                .build();

        users().add(user);

        assertThat(users().find(user.id())).contains(user);
        assertThat(users().findByUsername(user.username()).orElseThrow().email())
                .contains("alice.liddell+mcp@example.com");
        assertThat(users().all().getFirst().displayName()).contains("Alice Liddell \u00e9\uD83D\uDE80");
    }

    @Test
    public void setProfileWhenPresentThenChangesOnlyEmailAndDisplayName() {
        User user = aUser().build();
        User other = aUser().withEmail("other@example.com").build();
        users().add(user);
        users().add(other);

        assertThat(users().setProfile(user.id(), Optional.of("alice@example.com"), Optional.of("Alice"))).isTrue();

        assertThat(users().find(user.id())).contains(user.withProfile(Optional.of("alice@example.com"),
                Optional.of("Alice")));
        assertThat(users().find(other.id())).contains(other);
    }

    @Test
    public void setProfileWhenEmptyValuesThenClearsThem() {
        User user = aUser().withEmail("alice@example.com").withDisplayName("Alice").build();
        users().add(user);

        assertThat(users().setProfile(user.id(), Optional.empty(), Optional.of("Alice L."))).isTrue();

        User found = users().find(user.id()).orElseThrow();
        assertThat(found.email()).isEmpty();
        assertThat(found.displayName()).contains("Alice L.");

        assertThat(users().setProfile(user.id(), Optional.empty(), Optional.empty())).isTrue();

        assertThat(users().find(user.id())).contains(user.withProfile(Optional.empty(), Optional.empty()));
    }

    @Test
    public void setProfileWhenUnknownThenReturnsFalse() {
        assertThat(users().setProfile(new UserId("no-such-user"), Optional.of("a@example.com"), Optional.empty()))
                .isFalse();

        assertThat(users().isEmpty()).isTrue();
    }

    @Test
    public void setDisabledAndPasswordHashWhenProfileSetThenKeepIt() {
        User user = aUser().withEmail("alice@example.com").withDisplayName("Alice").build();
        users().add(user);
        PasswordHash newHash = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$bmV3c2FsdA$bmV3aGFzaA");

        users().setDisabled(user.id(), true);
        users().setPasswordHash(user.id(), newHash);

        assertThat(users().find(user.id())).contains(user.withDisabled(true).withPasswordHash(newHash));
    }

    @Test
    public void setPasswordHashWhenUnknownThenReturnsFalse() {
        assertThat(users().setPasswordHash(new UserId("no-such-user"),
                new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$bmV3c2FsdA$bmV3aGFzaA"))).isFalse();

        assertThat(users().isEmpty()).isTrue();
    }
}
