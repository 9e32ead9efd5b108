package dev.latchkey.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@code time}: the current time from the injected clock, in an optional IANA time zone. Read-only. */
final class TimeTool implements DemoTool {

    static final String NAME = "time";

    private final Clock clock;

    TimeTool(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ObjectNode definition() {
        ObjectNode input = ToolDefinitions.objectSchema();
        ToolDefinitions.property(input, "timezone", "string", "An IANA time zone such as Europe/Paris or"
                + " America/New_York. Defaults to the server's zone.");
        ObjectNode tool = ToolDefinitions.tool(NAME, "Current time", "Tells the current date and time, in the"
                + " given IANA time zone or the server's.", input, ToolDefinitions.Hints.READ_ONLY);
        ObjectNode output = ToolDefinitions.objectSchema();
        ToolDefinitions.property(output, "iso8601", "string", "The time, ISO 8601 with offset.");
        ToolDefinitions.property(output, "timezone", "string", "The time zone used.");
        ToolDefinitions.property(output, "epochMillis", "integer", "Milliseconds since 1970-01-01T00:00:00Z.");
        ToolDefinitions.required(output, "iso8601", "timezone", "epochMillis");
        tool.set("outputSchema", output);
        return tool;
    }

    @Override
    public ToolRun call(ObjectNode arguments, Caller caller) {
        ToolArguments args = new ToolArguments(NAME, arguments);
        Optional<String> unexpected = args.unexpected(Set.of("timezone"));
        if (unexpected.isPresent()) {
            return new ToolRun.Completed(ToolResult.error(unexpected.get()));
        }
        return new ToolRun.Completed(switch (args.optionalString("timezone")) {
            case Checked.Invalid<Optional<String>>(String problem) -> ToolResult.error(problem);
            case Checked.Valid<Optional<String>>(Optional<String> zoneName) -> zoneName
                    .map(name -> ZoneId.getAvailableZoneIds().contains(name)
                            ? now(ZoneId.of(name))
                            : ToolResult.error("Unknown time zone '" + name + "': use an IANA time zone name such"
                                    + " as Europe/Paris, America/New_York or UTC."))
                    .orElseGet(() -> now(clock.getZone()));
        });
    }

    private ToolResult now(ZoneId zone) {
        Instant instant = clock.instant();
        // Whole seconds read better; epochMillis keeps the precision.
        String iso = ZonedDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        // A clock in ZoneOffset.UTC names its zone "Z"; people read "UTC".
        String zoneName = zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
        ObjectNode structured = Json.object();
        structured.put("iso8601", iso);
        structured.put("timezone", zoneName);
        structured.put("epochMillis", instant.toEpochMilli());
        return ToolResult.structured("It is " + iso + " in " + zoneName + ".", structured);
    }
}
