package dev.latchkey.bootstrap.wiring;

import dagger.BindsInstance;
import dagger.Component;
import dev.latchkey.bootstrap.LatchkeyConfig;
import java.time.Clock;
import java.time.Duration;
import javax.inject.Singleton;

/**
 * The whole graph for one configuration. It exposes entry points only: the server and the
 * command-line use cases.
 */
@Singleton
@Component(modules = {ApplicationModule.class, SqliteModule.class, JoseModule.class, WebModule.class,
    HttpModule.class, EntryPointsModule.class})
public interface LatchkeyComponent {

    /** Everything {@code serve} needs. */
    ServerParts server();

    /** Everything the management commands need. */
    CommandParts commands();

    /** Builds the graph for a configuration and a clock (tests pass one they can move). */
    @Component.Factory
    interface Factory {
        LatchkeyComponent create(@BindsInstance LatchkeyConfig config, @BindsInstance Clock clock);
    }

    /** Builds the graph for {@code config} on {@code clock}. */
    static LatchkeyComponent of(LatchkeyConfig config, Clock clock) {
        return DaggerLatchkeyComponent.factory().create(config, clock);
    }

    /**
     * The one place that reads the system clock: UTC, ticking in milliseconds, the precision storage
     * keeps.
     */
    static Clock systemClock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
