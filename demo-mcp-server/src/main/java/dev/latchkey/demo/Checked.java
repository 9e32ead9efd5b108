package dev.latchkey.demo;

import java.util.Objects;

/** A tool argument read from a call: its value, or what was wrong with it. */
sealed interface Checked<T> {

    record Valid<T>(T value) implements Checked<T> {
        public Valid {
            Objects.requireNonNull(value, "value");
        }
    }

    record Invalid<T>(String problem) implements Checked<T> {
        public Invalid {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
