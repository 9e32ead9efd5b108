package dev.latchkey.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** Reads a request body without trusting its size: at most the limit plus one byte is kept. */
sealed interface RequestBody {

    record Read(byte[] bytes) implements RequestBody {
        public Read {
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /**
     * Larger than the limit. {@code drained} tells whether the rest was read and discarded, so the connection can
     * carry the 413 answer and be reused; when it is false the connection must be closed.
     */
    record TooLarge(boolean drained) implements RequestBody {}

    /** Reading past the limit to drain a body stops here; beyond it the connection is closed instead. */
    int DRAIN_LIMIT = 8 * 1024 * 1024;

    static RequestBody read(HttpExchange exchange, int maxBytes) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        long declaredLength = -1;
        if (declared != null) {
            try {
                declaredLength = Long.parseLong(declared.strip());
            } catch (NumberFormatException malformed) {
                // The JDK server has framed the body already; the bounded read below decides.
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            if (declaredLength > maxBytes) {
                return new TooLarge(declaredLength <= DRAIN_LIMIT && drain(in));
            }
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                return new TooLarge(drain(in));
            }
            return new Read(bytes);
        }
    }

    /** Reads and drops what is left, up to {@link #DRAIN_LIMIT}; true when the body ended within it. */
    private static boolean drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            total += read;
            if (total > DRAIN_LIMIT) {
                return false;
            }
        }
        return true;
    }
}
