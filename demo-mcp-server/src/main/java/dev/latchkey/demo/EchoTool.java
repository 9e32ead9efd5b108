package dev.latchkey.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;

/** {@code echo}: answers with the message, and with who asked when the gateway said. Read-only. */
final class EchoTool implements DemoTool {

    static final String NAME = "echo";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ObjectNode definition() {
        ObjectNode input = ToolDefinitions.objectSchema();
        ToolDefinitions.property(input, "message", "string", "The text to echo back.");
        ToolDefinitions.required(input, "message");
        return ToolDefinitions.tool(NAME, "Echo", "Echoes the message back, and says which signed-in user asked"
                + " (as told by Latchkey's gateway). Handy to check a connection end to end.", input,
                ToolDefinitions.Hints.READ_ONLY);
    }

    @Override
    public ToolRun call(ObjectNode arguments, Caller caller) {
        ToolArguments args = new ToolArguments(NAME, arguments);
        Optional<String> unexpected = args.unexpected(Set.of("message"));
        if (unexpected.isPresent()) {
            return new ToolRun.Completed(ToolResult.error(unexpected.get()));
        }
        return switch (args.requiredString("message")) {
            case Checked.Invalid<String>(String problem) -> new ToolRun.Completed(ToolResult.error(problem));
            case Checked.Valid<String>(String message) -> new ToolRun.Completed(ToolResult.text(
                    "Echo: " + message + caller.describe().map(who -> " (asked by " + who + ")")
                            .orElse(" (no signed-in user: the request did not come through Latchkey's gateway)")));
        };
    }
}
