package dev.latchkey.adapters.http.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latchkey.adapters.http.support.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the activity log keeps of a JSON-RPC message: the method (methods of a batch, comma-joined) and,
 * for {@code tools/call}, the tool's name. Never parameters or results.
 */
record JsonRpcSummary(Optional<String> method, Optional<String> toolName) {

    static final JsonRpcSummary NONE = new JsonRpcSummary(Optional.empty(), Optional.empty());

    static JsonRpcSummary of(byte[] body) {
        if (body.length == 0) {
            return NONE;
        }
        Optional<JsonNode> parsed = Json.read(body);
        if (parsed.isEmpty()) {
            return NONE;
        }
        JsonNode node = parsed.get();
        List<JsonNode> messages = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(messages::add);
        } else {
            messages.add(node);
        }
        List<String> methods = new ArrayList<>();
        Optional<String> tool = Optional.empty();
        for (JsonNode message : messages) {
            JsonNode method = message.get("method");
            if (method != null && method.isTextual()) {
                methods.add(method.asText());
                JsonNode name = message.path("params").get("name");
                if (tool.isEmpty() && method.asText().equals("tools/call") && name != null && name.isTextual()) {
                    tool = Optional.of(name.asText());
                }
            } else if (message.has("result") || message.has("error")) {
                methods.add("response");
            }
        }
        return new JsonRpcSummary(methods.isEmpty() ? Optional.empty() : Optional.of(String.join(",", methods)), tool);
    }
}
