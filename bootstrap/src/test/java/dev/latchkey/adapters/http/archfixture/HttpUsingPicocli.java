package dev.latchkey.adapters.http.archfixture;

import picocli.CommandLine;

/** Deliberate violation: the command line belongs in bootstrap. */
public final class HttpUsingPicocli {

    public CommandLine commandLine(Object command) {
        return new CommandLine(command);
    }
}
