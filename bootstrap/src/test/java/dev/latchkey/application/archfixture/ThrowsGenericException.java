package dev.latchkey.application.archfixture;

/** Deliberate violation: a generic exception says nothing about what failed. */
public final class ThrowsGenericException {

    public void fail() {
        throw new RuntimeException("something");
    }
}
