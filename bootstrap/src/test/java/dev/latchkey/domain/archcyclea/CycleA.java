package dev.latchkey.domain.archcyclea;

import dev.latchkey.domain.archcycleb.CycleB;

/** Deliberate violation: half of a cycle between two domain packages. */
public final class CycleA {

    public CycleB other() {
        return new CycleB();
    }
}
