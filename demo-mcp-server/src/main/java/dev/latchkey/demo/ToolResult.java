package dev.latchkey.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code CallToolResult} (MCP "Tools: Tool Result"): one text content block, {@code isError} for tool
 * execution errors the model can correct, and optional {@code structuredContent} matching the tool's
 * {@code outputSchema} (its JSON is also in the text, for clients that predate structured content).
 */
record ToolResult(String text, boolean isError, Optional<ObjectNode> structured) {

    ToolResult {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(structured, "structured");
    }

    static ToolResult text(String text) {
        return new ToolResult(text, false, Optional.empty());
    }

    /** A tool execution error: the text says what was wrong with the call and how to fix it. */
    static ToolResult error(String text) {
        return new ToolResult(text, true, Optional.empty());
    }

    static ToolResult structured(String text, ObjectNode structured) {
        return new ToolResult(text, false, Optional.of(structured));
    }

    ObjectNode toJson() {
        ObjectNode result = Json.object();
        ObjectNode content = result.putArray("content").addObject();
        content.put("type", "text");
        content.put("text", text);
        structured.ifPresent(value -> result.set("structuredContent", value));
        result.put("isError", isError);
        return result;
    }
}
