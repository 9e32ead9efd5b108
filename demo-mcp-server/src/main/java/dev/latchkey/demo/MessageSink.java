package dev.latchkey.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where messages about a request go before its response: an SSE response stream, or nowhere. */
interface MessageSink {

    /** Sends a JSON-RPC message; false when the client has gone away. */
    boolean send(ObjectNode message);

    /** Sends an SSE comment, which clients ignore; it keeps the stream alive and notices a client that left. */
    boolean comment(String text);

    /** For a response sent as plain JSON: nothing can be streamed, so messages before it are dropped. */
    MessageSink DISCARD = new MessageSink() {
        @Override
        public boolean send(ObjectNode message) {
            return true;
        }

        @Override
        public boolean comment(String text) {
            return true;
        }
    };
}
