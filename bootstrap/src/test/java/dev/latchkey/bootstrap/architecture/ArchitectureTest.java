package dev.latchkey.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Latchkey's production classes follow every architecture rule. */
class ArchitectureTest {

    static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        // Sibling modules arrive as target/classes folders or as JARs depending on how Maven runs; test
        // classes and test-jars (fakes, fixtures with deliberate violations) are left out either way.
        production = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/") && !location.contains("-tests.jar"))
                .importPackages("dev.latchkey");
    }

    @TestFactory
    Stream<DynamicTest> productionCodeFollowsEveryRule() {
        return ArchitectureRules.all().entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> check(rule.getValue())));
    }

    private static void check(ArchRule rule) {
        rule.check(production);
    }
}
