package dev.latchkey.demo;

import java.util.Objects;
import java.util.Optional;

/** What calling a tool gives: a result at once, or work that reports steps before its result. */
sealed interface ToolRun {

    record Completed(ToolResult result) implements ToolRun {
        public Completed {
            Objects.requireNonNull(result, "result");
        }
    }

    record Streaming(Work work) implements ToolRun {
        public Streaming {
            Objects.requireNonNull(work, "work");
        }
    }

    /** Long-running tool work. */
    @FunctionalInterface
    interface Work {
        /** Runs to the result, or to empty when the client went away or {@code control} asked to stop. */
        Optional<ToolResult> run(StepReporter reporter, CallControl control);
    }
}
