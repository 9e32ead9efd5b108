package dev.latchkey.domain.archcycleb;

import dev.latchkey.domain.archcyclea.CycleA;

/** Deliberate violation: the other half of a cycle between two domain packages. */
public final class CycleB {

    public CycleA other() {
        return new CycleA();
    }
}
