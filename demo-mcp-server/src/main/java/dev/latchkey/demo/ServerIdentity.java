package dev.latchkey.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the server says about itself: {@code serverInfo}, {@code capabilities} and {@code instructions}. */
final class ServerIdentity {

    static final String NAME = "latchkey-demo";
    static final String TITLE = "Latchkey demo MCP server";
    static final String VERSION = "0.1.0";
    static final String INSTRUCTIONS = "A demo MCP server bundled with Latchkey, reached through Latchkey's gateway."
            + " Use echo to check who you are signed in as, time for the current time in any IANA time zone,"
            + " add_note / list_notes / delete_all_notes for a small shared notebook kept in memory, and countdown"
            + " to see progress notifications streamed over Server-Sent Events.";

    private ServerIdentity() {}

    /** The {@code Implementation} object (MCP schema): name, title, version. */
    static ObjectNode serverInfo() {
        ObjectNode info = Json.object();
        info.put("name", NAME);
        info.put("title", TITLE);
        info.put("version", VERSION);
        return info;
    }

    /**
     * Server capabilities: tools, whose list never changes while the server runs, and logging, used by
     * {@code countdown} to report its steps when the client asked for no progress.
     */
    static ObjectNode capabilities() {
        ObjectNode capabilities = Json.object();
        capabilities.putObject("tools").put("listChanged", false);
        capabilities.putObject("logging");
        return capabilities;
    }
}
