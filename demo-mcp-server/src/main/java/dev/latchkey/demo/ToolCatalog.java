package dev.latchkey.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The demo server's tools, in a fixed order (MCP 2026-07-28 asks for a deterministic {@code tools/list}). */
final class ToolCatalog {

    private final List<DemoTool> tools;

    ToolCatalog(List<DemoTool> tools) {
        this.tools = List.copyOf(tools);
    }

    static ToolCatalog demo(Clock clock, Notebook notebook, CountdownStats stats) {
        return new ToolCatalog(List.of(
                new EchoTool(),
                new TimeTool(clock),
                new AddNoteTool(notebook, clock),
                new ListNotesTool(notebook),
                new DeleteAllNotesTool(notebook),
                new CountdownTool(stats)));
    }

    ArrayNode definitions() {
        ArrayNode definitions = Json.array();
        tools.forEach(tool -> definitions.add(tool.definition()));
        return definitions;
    }

    Optional<DemoTool> find(String name) {
        return tools.stream().filter(tool -> tool.name().equals(name)).findFirst();
    }
}
