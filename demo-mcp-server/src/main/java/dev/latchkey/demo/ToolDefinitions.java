package dev.latchkey.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds {@code Tool} objects and their JSON Schemas (MCP "Tools: Tool"; JSON Schema 2020-12, the default dialect). */
final class ToolDefinitions {

    private ToolDefinitions() {}

    /**
     * The behaviour hints of MCP {@code ToolAnnotations}. Clients treat them as untrusted hints; they matter for
     * how a client asks the user before a call.
     *
     * @param readOnly    the tool does not change its environment
     * @param destructive the tool may destroy data (meaningful only when not read-only)
     * @param idempotent  repeating the call with the same arguments has no additional effect
     * @param openWorld   the tool reaches entities outside this server (none here do)
     */
    record Hints(boolean readOnly, boolean destructive, boolean idempotent, boolean openWorld) {
        static final Hints READ_ONLY = new Hints(true, false, true, false);
    }

    static ObjectNode tool(String name, String title, String description, ObjectNode inputSchema, Hints hints) {
        ObjectNode tool = Json.object();
        tool.put("name", name);
        tool.put("title", title);
        tool.put("description", description);
        tool.set("inputSchema", inputSchema);
        ObjectNode annotations = tool.putObject("annotations");
        annotations.put("title", title);
        annotations.put("readOnlyHint", hints.readOnly());
        annotations.put("destructiveHint", hints.destructive());
        annotations.put("idempotentHint", hints.idempotent());
        annotations.put("openWorldHint", hints.openWorld());
        return tool;
    }

    /** An object schema that allows only the properties added to it; the spec's recommendation for no arguments. */
    static ObjectNode objectSchema() {
        ObjectNode schema = Json.object();
        schema.put("type", "object");
        schema.putObject("properties");
        schema.put("additionalProperties", false);
        return schema;
    }

    static ObjectNode property(ObjectNode schema, String name, String type, String description) {
        ObjectNode property = ((ObjectNode) schema.get("properties")).putObject(name);
        property.put("type", type);
        property.put("description", description);
        return property;
    }

    static void required(ObjectNode schema, String... names) {
        var required = schema.putArray("required");
        for (String name : names) {
            required.add(name);
        }
    }
}
