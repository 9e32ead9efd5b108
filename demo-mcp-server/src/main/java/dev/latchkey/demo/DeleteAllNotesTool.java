package dev.latchkey.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@code delete_all_notes}: empties the notebook. Destructive, and idempotent: a second call changes nothing. */
final class DeleteAllNotesTool implements DemoTool {

    static final String NAME = "delete_all_notes";

    private final Notebook notebook;

    DeleteAllNotesTool(Notebook notebook) {
        this.notebook = Objects.requireNonNull(notebook, "notebook");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ObjectNode definition() {
        ObjectNode tool = ToolDefinitions.tool(NAME, "Delete all notes", "Deletes every note in this server's"
                + " notebook, for everyone. Cannot be undone.", ToolDefinitions.objectSchema(),
                new ToolDefinitions.Hints(false, true, true, false));
        ObjectNode output = ToolDefinitions.objectSchema();
        ToolDefinitions.property(output, "deleted", "integer", "How many notes were deleted.");
        ToolDefinitions.required(output, "deleted");
        tool.set("outputSchema", output);
        return tool;
    }

    @Override
    public ToolRun call(ObjectNode arguments, Caller caller) {
        Optional<String> unexpected = new ToolArguments(NAME, arguments).unexpected(Set.of());
        if (unexpected.isPresent()) {
            return new ToolRun.Completed(ToolResult.error(unexpected.get()));
        }
        int deleted = notebook.clear();
        ObjectNode structured = Json.object();
        structured.put("deleted", deleted);
        return new ToolRun.Completed(ToolResult.structured("Deleted " + deleted + " note(s).", structured));
    }
}
