package dev.latchkey.demo;

/** Where a streaming tool reports each step; the transport turns a step into a progress or log notification. */
@FunctionalInterface
interface StepReporter {

    /**
     * Reports step {@code done} of {@code total}.
     *
     * @return false when the client has gone away, so the tool should stop
     */
    boolean step(int done, int total, String message);
}
