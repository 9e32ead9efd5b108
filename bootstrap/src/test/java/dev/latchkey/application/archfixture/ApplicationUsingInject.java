package dev.latchkey.application.archfixture;

import javax.inject.Singleton;

/** Deliberate violation: only bootstrap may know Dagger's injection annotations. */
@Singleton
public final class ApplicationUsingInject {
}
