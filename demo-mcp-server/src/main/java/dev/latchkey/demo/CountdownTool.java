package dev.latchkey.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code countdown}: counts down from {@code from} to 1, one step every {@code interval_ms}, reporting each step
 * as it happens (MCP "Progress"), then answers. Read-only. It stops when the client goes away or cancels.
 */
final class CountdownTool implements DemoTool {

    static final String NAME = "countdown";
    static final int MAX_FROM = 20;
    static final int MIN_INTERVAL_MS = 50;
    static final int MAX_INTERVAL_MS = 2000;
    static final int DEFAULT_INTERVAL_MS = 500;

    private final CountdownStats stats;

    CountdownTool(CountdownStats stats) {
        this.stats = Objects.requireNonNull(stats, "stats");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ObjectNode definition() {
        ObjectNode input = ToolDefinitions.objectSchema();
        ToolDefinitions.property(input, "from", "integer", "The number to count down from.")
                .put("minimum", 1).put("maximum", MAX_FROM);
        ToolDefinitions.property(input, "interval_ms", "integer", "Milliseconds between steps.")
                .put("minimum", MIN_INTERVAL_MS).put("maximum", MAX_INTERVAL_MS).put("default", DEFAULT_INTERVAL_MS);
        ToolDefinitions.required(input, "from");
        return ToolDefinitions.tool(NAME, "Countdown", "Counts down from 'from' to 1, streaming one progress"
                + " notification per step (or a log message when the client sent no progress token), then"
                + " answers. Shows streaming through the gateway.", input, ToolDefinitions.Hints.READ_ONLY);
    }

    @Override
    public ToolRun call(ObjectNode arguments, Caller caller) {
        ToolArguments args = new ToolArguments(NAME, arguments);
        Optional<String> unexpected = args.unexpected(Set.of("from", "interval_ms"));
        if (unexpected.isPresent()) {
            return new ToolRun.Completed(ToolResult.error(unexpected.get()));
        }
        Checked<Integer> from = args.integer("from", 1, MAX_FROM, Optional.empty());
        Checked<Integer> interval = args.integer("interval_ms", MIN_INTERVAL_MS, MAX_INTERVAL_MS,
                Optional.of(DEFAULT_INTERVAL_MS));
        return switch (from) {
            case Checked.Invalid<Integer>(String problem) -> new ToolRun.Completed(ToolResult.error(problem));
            case Checked.Valid<Integer>(Integer start) -> switch (interval) {
                case Checked.Invalid<Integer>(String problem) -> new ToolRun.Completed(ToolResult.error(problem));
                case Checked.Valid<Integer>(Integer millis) -> new ToolRun.Streaming((reporter, control) ->
                        countDown(start, Duration.ofMillis(millis), reporter, control));
            };
        };
    }

    private Optional<ToolResult> countDown(int start, Duration pause, StepReporter reporter, CallControl control) {
        for (int done = 1; done <= start; done++) {
            int value = start - done + 1;
            if (control.stopRequested()) {
                return Optional.empty();
            }
            if (!reporter.step(done, start, String.valueOf(value))) {
                stats.abandonedByClient();
                return Optional.empty();
            }
            stats.stepSent();
            if (control.pauseUnlessStopped(pause)) {
                return Optional.empty();
            }
        }
        return Optional.of(ToolResult.text("Liftoff! Counted down from " + start + " to 1, one step every "
                + pause.toMillis() + " ms."));
    }
}
