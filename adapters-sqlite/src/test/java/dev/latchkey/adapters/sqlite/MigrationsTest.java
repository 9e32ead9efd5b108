package dev.latchkey.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The explicit list of migrations matches the files, and scripts split into statements. */
final class MigrationsTest {

    @Test
    void filesWhenComparedWithTheMigrationFolderThenListEveryFileOnceInVersionOrder()
            throws IOException, URISyntaxException {
        Path folder = Path.of(Migrations.class.getResource("migrations").toURI());
        List<String> onDisk;
        try (Stream<Path> files = Files.list(folder)) {
            onDisk = files.map(file -> file.getFileName().toString()).sorted().toList();
        }

        assertThat(Migrations.FILES).containsExactlyElementsOf(onDisk);
        assertThat(Migrations.FILES.stream().map(Migrations::versionOf).toList())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, Migrations.FILES.size()).boxed().toList());
    }

    @Test
    void versionOfWhenTheNameDoesNotFollowTheConventionThenRefusesIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> Migrations.versionOf("V1_initial.sql"));
        assertThatIllegalArgumentException().isThrownBy(() -> Migrations.versionOf("initial_schema.sql"));
    }

    @Test
    void statementsWhenTheScriptHasCommentsAndBlankLinesThenGivesEachStatementOnce() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE a (x INTEGER); -- trailing comment

                CREATE INDEX a_by_x
                    ON a (x);
                """;

        assertThat(Migrations.statements(script))
                .containsExactly("CREATE TABLE a (x INTEGER)", "CREATE INDEX a_by_x\n    ON a (x)");
    }

    @Test
    void readWhenTheFileIsListedThenItIsOnTheClasspath() {
        for (String file : Migrations.FILES) {
            assertThat(Migrations.statements(Migrations.read(file))).isNotEmpty();
        }
    }
}
