package dev.latchkey.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code list_notes}: the notes in the server's notebook. Read-only. */
final class ListNotesTool implements DemoTool {

    static final String NAME = "list_notes";

    private final Notebook notebook;

    ListNotesTool(Notebook notebook) {
        this.notebook = Objects.requireNonNull(notebook, "notebook");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ObjectNode definition() {
        ObjectNode tool = ToolDefinitions.tool(NAME, "List notes", "Lists the notes in this server's notebook,"
                + " oldest first, with who added each one.", ToolDefinitions.objectSchema(),
                ToolDefinitions.Hints.READ_ONLY);
        ObjectNode output = ToolDefinitions.objectSchema();
        ObjectNode items = ToolDefinitions.property(output, "notes", "array", "The notes, oldest first.")
                .putObject("items");
        items.put("type", "object");
        ObjectNode itemProperties = items.putObject("properties");
        itemProperties.putObject("number").put("type", "integer");
        itemProperties.putObject("text").put("type", "string");
        itemProperties.putObject("author").put("type", "string");
        items.putArray("required").add("number").add("text");
        ToolDefinitions.required(output, "notes");
        tool.set("outputSchema", output);
        return tool;
    }

    @Override
    public ToolRun call(ObjectNode arguments, Caller caller) {
        Optional<String> unexpected = new ToolArguments(NAME, arguments).unexpected(Set.of());
        if (unexpected.isPresent()) {
            return new ToolRun.Completed(ToolResult.error(unexpected.get()));
        }
        List<Notebook.Note> notes = notebook.all();
        ObjectNode structured = Json.object();
        ArrayNode array = structured.putArray("notes");
        for (Notebook.Note note : notes) {
            ObjectNode item = array.addObject();
            item.put("number", note.number());
            item.put("text", note.text());
            note.author().ifPresent(author -> item.put("author", author));
        }
        String text = notes.isEmpty()
                ? "The notebook is empty. Add a note with add_note."
                : notes.stream()
                        .map(note -> note.number() + ". " + note.text() + note.author().map(a -> " (by " + a + ")").orElse(""))
                        .collect(Collectors.joining("\n", notes.size() + " note(s):\n", ""));
        return new ToolRun.Completed(ToolResult.structured(text, structured));
    }
}
