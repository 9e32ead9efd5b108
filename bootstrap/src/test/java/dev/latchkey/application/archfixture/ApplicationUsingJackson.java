package dev.latchkey.application.archfixture;

import com.fasterxml.jackson.databind.JsonNode;

/** Deliberate violation: Jackson belongs in adapters. */
public final class ApplicationUsingJackson {

    public boolean isObject(JsonNode node) {
        return node.isObject();
    }
}
