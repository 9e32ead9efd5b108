package dev.latchkey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/** How the server answers one request: a response at once, or a stream of messages ending with the response. */
sealed interface Reply {

    /** A complete JSON-RPC response and the HTTP status it goes with when it is alone in the POST. */
    record Answer(ObjectNode message, int status) implements Reply {
        public Answer {
            Objects.requireNonNull(message, "message");
        }

        static Answer ok(ObjectNode message) {
            return new Answer(message, 200);
        }
    }

    /**
     * Work that sends messages as it goes and then gives the final response (empty when the client left or the
     * request was cancelled). {@code needsEventStream} is true when the work means nothing without a stream.
     */
    record Stream(JsonNode id, Work work, boolean needsEventStream) implements Reply {
        public Stream {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(work, "work");
        }
    }

    @FunctionalInterface
    interface Work {
        Optional<ObjectNode> run(MessageSink sink, CallControl control);
    }
}
