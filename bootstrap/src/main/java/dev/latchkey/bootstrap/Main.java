package dev.latchkey.bootstrap;

import dev.latchkey.bootstrap.cli.LatchkeyCommand;

/** The JAR's entry point: {@code java -jar latchkey.jar [command] [options]}. */
public final class Main {

    /** The data folder when neither {@code --data-dir} nor {@code LATCHKEY_DATA_DIR} is given. */
    public static final String DEFAULT_DATA_DIR = "latchkey-data";

    /** The data folder of {@code demo} when none is given: kept apart from real data. */
    public static final String DEFAULT_DEMO_DATA_DIR = "latchkey-demo";

    private Main() {}

    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT %4$s %3$s: %5$s%6$s%n");
        }
        int exitCode = LatchkeyCommand.commandLine().execute(args);
        System.exit(exitCode);
    }
}
