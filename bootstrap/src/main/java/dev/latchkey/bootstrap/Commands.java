package dev.latchkey.bootstrap;

import java.nio.file.Path;

/** Texts of commands Latchkey tells people to run, so that what it prints can be pasted as is. */
public final class Commands {

    /** How the JAR is started in every printed command. */
    public static final String JAR = "java -jar latchkey.jar";

    private Commands() {}

    /** The command that creates the first user, for this data folder. */
    public static String firstUserCommand(LatchkeyConfig config) {
        return "printf '%s\\n' 'choose-a-long-password' | " + JAR + " users add admin --org home --role owner"
                + " --password-stdin" + dataDirOption(config.dataDir());
    }

    /** {@code --data-dir PATH}, or nothing when it is the default folder. */
    public static String dataDirOption(Path dataDir) {
        Path defaultDir = Path.of(Main.DEFAULT_DATA_DIR).toAbsolutePath().normalize();
        return dataDir.equals(defaultDir) ? "" : " --data-dir " + quote(dataDir.toString());
    }

    private static String quote(String text) {
        return text.matches("[A-Za-z0-9_./:@-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
