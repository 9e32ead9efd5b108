package dev.latchkey.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One tool of the demo server (MCP "Tools"): its definition for {@code tools/list} and its behaviour. */
interface DemoTool {

    String name();

    /** The {@code Tool} object: name, title, description, inputSchema, annotations, maybe outputSchema. */
    ObjectNode definition();

    /**
     * Runs the tool. Invalid arguments give an {@code isError} result (a tool execution error), never an
     * exception.
     */
    ToolRun call(ObjectNode arguments, Caller caller);
}
