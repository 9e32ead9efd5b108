package dev.latchkey.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@code add_note}: stores a note in the server's notebook. Writes, is not destructive, is not idempotent. */
final class AddNoteTool implements DemoTool {

    static final String NAME = "add_note";
    static final int MAX_LENGTH = 10_000;

    private final Notebook notebook;
    private final Clock clock;

    AddNoteTool(Notebook notebook, Clock clock) {
        this.notebook = Objects.requireNonNull(notebook, "notebook");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ObjectNode definition() {
        ObjectNode input = ToolDefinitions.objectSchema();
        ToolDefinitions.property(input, "text", "string", "The note.")
                .put("minLength", 1).put("maxLength", MAX_LENGTH);
        ToolDefinitions.required(input, "text");
        ObjectNode tool = ToolDefinitions.tool(NAME, "Add a note", "Adds a note to this server's notebook (kept in"
                + " memory, shared by everyone using this server, lost on restart) and returns its number.", input,
                new ToolDefinitions.Hints(false, false, false, false));
        ObjectNode output = ToolDefinitions.objectSchema();
        ToolDefinitions.property(output, "number", "integer", "The note's number.");
        ToolDefinitions.property(output, "count", "integer", "How many notes there are now.");
        ToolDefinitions.required(output, "number", "count");
        tool.set("outputSchema", output);
        return tool;
    }

    @Override
    public ToolRun call(ObjectNode arguments, Caller caller) {
        ToolArguments args = new ToolArguments(NAME, arguments);
        Optional<String> unexpected = args.unexpected(Set.of("text"));
        if (unexpected.isPresent()) {
            return new ToolRun.Completed(ToolResult.error(unexpected.get()));
        }
        return new ToolRun.Completed(switch (args.requiredString("text")) {
            case Checked.Invalid<String>(String problem) -> ToolResult.error(problem);
            case Checked.Valid<String>(String text) -> add(text, caller);
        });
    }

    private ToolResult add(String text, Caller caller) {
        if (text.isBlank()) {
            return ToolResult.error("The note is empty: give 'text' some words.");
        }
        if (text.length() > MAX_LENGTH) {
            return ToolResult.error("The note has " + text.length() + " characters; the limit is " + MAX_LENGTH
                    + ". Split it into several notes.");
        }
        return switch (notebook.add(text, caller.user(), clock.instant())) {
            case Notebook.Full full -> ToolResult.error("The notebook is full (" + full.capacity() + " notes). Call"
                    + " delete_all_notes to make room.");
            case Notebook.Stored stored -> {
                ObjectNode structured = Json.object();
                structured.put("number", stored.note().number());
                structured.put("count", stored.note().number());
                yield ToolResult.structured("Saved note #" + stored.note().number() + ".", structured);
            }
        };
    }
}
