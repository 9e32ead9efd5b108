package dev.latchkey.domain.validation;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The outcome of turning untrusted text into a domain value: either {@link Valid} or {@link Invalid}
 * with a reason that says what is wrong.
 *
 * <p>Domain records validate in their constructors and throw {@link IllegalArgumentException} when an
 * invariant does not hold (a bug when the input was trusted). Adapters that handle input from the
 * network go through {@link #attempt(Supplier)} instead, so a bad request becomes a value they can
 * turn into a protocol error, never an exception that escapes.
 *
 * @param <T> the domain type being parsed
 */
public sealed interface Parsed<T> permits Parsed.Valid, Parsed.Invalid {

    /** The text was a valid value. */
    record Valid<T>(T value) implements Parsed<T> {
        public Valid {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The text was not valid; {@code reason} is written for the person who sent it. */
    record Invalid<T>(String reason) implements Parsed<T> {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Runs a constructor or factory and captures the {@link IllegalArgumentException} it throws
     * for an invalid value.
     */
    static <T> Parsed<T> attempt(Supplier<T> factory) {
        try {
            return new Valid<>(factory.get());
        } catch (IllegalArgumentException invalid) {
            return new Invalid<>(invalid.getMessage() == null ? "the value is not valid" : invalid.getMessage());
        }
    }

    /** Parses {@code raw} with {@code factory}. */
    static <T> Parsed<T> of(String raw, Function<String, T> factory) {
        return attempt(() -> factory.apply(raw));
    }

    /** Whether this is a valid value. */
    default boolean isValid() {
        return this instanceof Valid<T>;
    }

    /** The value; only call after checking {@link #isValid()}. */
    default T orElseThrow() {
        return switch (this) {
            case Valid<T> valid -> valid.value();
            case Invalid<T> invalid -> throw new IllegalStateException(invalid.reason());
        };
    }
}
