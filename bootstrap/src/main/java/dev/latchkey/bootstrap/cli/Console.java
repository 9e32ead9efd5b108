package dev.latchkey.bootstrap.cli;

import java.io.PrintWriter;

/** How commands end when a use case refuses: the reason on standard error, prefixed, and exit status 1. */
final class Console {

    private Console() {}

    /** Prints {@code latchkey: reason} on {@code err} and returns the exit status of a refusal, 1. */
    static int refused(PrintWriter err, String reason) {
        err.println("latchkey: " + reason);
        err.flush();
        return 1;
    }
}
