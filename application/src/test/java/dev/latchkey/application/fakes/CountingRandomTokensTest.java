package dev.latchkey.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.domain.authorization.AuthorizationCode;
import dev.latchkey.domain.user.UserId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The counting random tokens look like real ones (RandomTokens' promises) and never repeat. */
final class CountingRandomTokensTest {

    @Test
    void secretWhenCalledThenIs43Base64UrlCharactersAcceptedAsASecret() {
        String secret = new CountingRandomTokens().secret();

        assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        assertThat(new AuthorizationCode(secret).value()).isEqualTo(secret);
    }

    @Test
    void secretWhenCalledManyTimesThenNeverRepeats() {
        CountingRandomTokens random = new CountingRandomTokens();
        Set<String> secrets = new HashSet<>();

        for (int i = 0; i < 1000; i++) {
            secrets.add(random.secret());
        }

        assertThat(secrets).hasSize(1000);
    }

    @Test
    void idWhenCalledManyTimesThenGivesDistinctUuids() {
        CountingRandomTokens random = new CountingRandomTokens();
        Set<String> ids = new HashSet<>();

        for (int i = 0; i < 1000; i++) {
            String id = random.id();
            assertThat(UUID.fromString(id).toString()).isEqualTo(id);
            assertThat(new UserId(id).value()).isEqualTo(id);
            ids.add(id);
        }

        assertThat(ids).hasSize(1000);
    }

    @Test
    void lastSecretWhenSeveralMadeThenIsTheLatestAndAllAreRemembered() {
        CountingRandomTokens random = new CountingRandomTokens();
        String first = random.secret();
        String second = random.secret();
        String id = random.id();

        assertThat(random.lastSecret()).isEqualTo(second);
        assertThat(random.secretsMade()).containsExactly(first, second);
        assertThat(random.lastId()).isEqualTo(id);
        assertThat(random.idsMade()).containsExactly(id);
    }

    @Test
    void secretWhenTwoGeneratorsThenTheyAreDeterministic() {
        assertThat(new CountingRandomTokens().secret()).isEqualTo(new CountingRandomTokens().secret());
        assertThat(new CountingRandomTokens().id()).isEqualTo(new CountingRandomTokens().id());
    }
}
