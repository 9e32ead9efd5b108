package dev.latchkey.adapters.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema's history: versioned SQL files under {@code migrations/} next to this class, applied in order
 * at start-up inside one transaction and recorded in {@code schema_version}.
 *
 * <p>The files are listed here rather than found by scanning the classpath, which does not work inside a
 * shaded JAR. A file is never edited once released; a change is a new file with the next version. In a
 * file, each statement ends with a semicolon and {@code --} starts a comment, so statements cannot contain
 * semicolons or {@code --} inside string literals (no triggers).
 */
final class Migrations {

    /** Every migration, in the order they apply. */
    static final List<String> FILES = List.of(
            "V001__initial_schema.sql",
            "V002__gateway_resources_and_activity.sql",
            "V003__client_reference_indexes.sql",
            "V004__user_profiles_and_nonce.sql",
            "V005__client_owners.sql");

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d{3})__[a-z0-9_]+\\.sql");

    static final String CREATE_SCHEMA_VERSION = """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER PRIMARY KEY,
                name       TEXT    NOT NULL,
                applied_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
            )""";

    private Migrations() {}

    /** The schema version this code writes: the version of the last file. */
    static int latestVersion() {
        return versionOf(FILES.getLast());
    }

    /** The version a file name carries, {@code 1} for {@code V001__initial_schema.sql}. */
    static int versionOf(String fileName) {
        Matcher matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("migration file " + fileName + " is not named V<3 digits>__<words>.sql");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /**
     * Brings the database to {@link #latestVersion()}, applying each missing migration once; does nothing
     * when it is there already. Two processes opening the same new folder at once are serialized by the
     * transaction's write lock, so the second finds the work done.
     *
     * @throws StorageException when the database was written by a newer Latchkey, or a migration fails
     */
    static void apply(Database database, Path dataDir) {
        database.write("update the database schema", sql -> {
            sql.execute(CREATE_SCHEMA_VERSION);
            int current = sql.first("SELECT coalesce(max(version), 0) AS version FROM schema_version",
                    row -> (int) row.number("version")).orElse(0);
            if (current > latestVersion()) {
                throw new StorageException("The data folder " + dataDir.toAbsolutePath() + " was written by a newer"
                        + " Latchkey (database schema version " + current + "; this Latchkey knows versions up to "
                        + latestVersion() + "). Run that newer Latchkey, or point this one at another data folder.");
            }
            for (String file : FILES) {
                int version = versionOf(file);
                if (version > current) {
                    for (String statement : statements(read(file))) {
                        sql.execute(statement);
                    }
                    sql.update("INSERT INTO schema_version (version, name) VALUES (?, ?)", version, file);
                }
            }
            return null;
        });
    }

    /** The text of one migration file. */
    static String read(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + file)) {
            if (in == null) {
                throw new StorageException("migration " + file + " is missing from the Latchkey JAR");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new StorageException("could not read migration " + file + ": " + failure.getMessage(), failure);
        }
    }

    /** The statements of a migration: comments removed, split at semicolons, blanks dropped. */
    static List<String> statements(String script) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            int comment = line.indexOf("--");
            withoutComments.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        List<String> statements = new ArrayList<>();
        for (String statement : withoutComments.toString().split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }
}
