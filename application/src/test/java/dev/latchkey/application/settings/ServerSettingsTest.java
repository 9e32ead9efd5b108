package dev.latchkey.application.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.user.Username;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The settings' documented defaults, and the copies that change one setting only. */
final class ServerSettingsTest {

    private final ServerSettings defaults = ServerSettings.defaults(new Issuer("https://auth.example.com"));

    @Test
    void defaultsWhenCreatedThenOneHourTokensAndNoAutoApproval() {
        assertThat(defaults.accessTokenLifetime()).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.autoApproveAs()).isEmpty();
        assertThat(defaults.defaultResource()).isEmpty();
    }

    @Test
    void withAccessTokenLifetimeWhenPositiveThenOnlyThatChanges() {
        ServerSettings changed = defaults.withAccessTokenLifetime(Duration.ofMinutes(5));

        assertThat(changed.accessTokenLifetime()).isEqualTo(Duration.ofMinutes(5));
        assertThat(changed.withAccessTokenLifetime(Duration.ofHours(1))).isEqualTo(defaults);
    }

    @Test
    void withAccessTokenLifetimeWhenZeroOrNegativeThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withAccessTokenLifetime(Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withAccessTokenLifetime(Duration.ofSeconds(-1)));
    }

    @Test
    void withAutoApproveAsWhenAUserIsNamedThenOnlyThatChanges() {
        ServerSettings changed = defaults.withAutoApproveAs(Optional.of(new Username("tester")));

        assertThat(changed.autoApproveAs()).contains(new Username("tester"));
        assertThat(changed.withAutoApproveAs(Optional.empty())).isEqualTo(defaults);
    }
}
