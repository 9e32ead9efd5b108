package dev.latchkey.application.port;

/** Deliberate violation: a port that is a class instead of an interface. */
public final class ConcretePortFixture {
}
