package dev.latchkey.bootstrap.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads a new password: the first line of standard input, or asked twice on a terminal. */
final class PasswordInput {

    private PasswordInput() {}

    /**
     * @param fromStdin   whether {@code --password-stdin} was given
     * @param commandText the command as typed, for the example in the error message
     */
    static String read(CommandSpec spec, boolean fromStdin, String commandText) {
        if (fromStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "--password-stdin: standard input was empty."
                            + " Pipe the password in, for example: printf '%s\\n' 'a-long-password' | java -jar"
                            + " latchkey.jar " + commandText + " --password-stdin");
                }
                return line;
            } catch (IOException unreadable) {
                throw new UncheckedIOException("Could not read the password from standard input", unreadable);
            }
        }
        Console console = System.console();
        if (console == null || !isTerminal(console)) {
            throw new ParameterException(spec.commandLine(), "No terminal to ask for the password. Pass"
                    + " --password-stdin and pipe the password on standard input.");
        }
        char[] first = console.readPassword("New password: ");
        char[] second = console.readPassword("Repeat the password: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new ParameterException(spec.commandLine(), "The two passwords differ; run the command again.");
        }
        return new String(first);
    }

    /**
     * Whether the console is an interactive terminal. From JDK 22 {@code System.console()} is never null,
     * and {@code Console.isTerminal()} (JDK 22+) tells; on JDK 21 a console exists only for a terminal.
     */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderJdk) {
            return true;
        }
    }
}
