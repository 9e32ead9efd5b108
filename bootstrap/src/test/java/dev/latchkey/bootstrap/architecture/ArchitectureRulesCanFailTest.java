package dev.latchkey.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each architecture rule reports the deliberate violation written for it: proof that the rule matches
 * something and can fail.
 */
class ArchitectureRulesCanFailTest {

    /** Which fixture class each rule must name in its report. */
    private static final Map<String, String> VIOLATION_OF_RULE = Map.ofEntries(
            Map.entry("layers", "SqliteUsingHttpAdapter"),
            Map.entry("domainUsesOnlyJava", "DomainUsingJackson"),
            Map.entry("applicationUsesOnlyDomain", "ApplicationUsingHttpServer"),
            Map.entry("onlyBootstrapKnowsDagger", "ApplicationUsingInject"),
            Map.entry("httpServerOnlyInHttpAdapter", "ApplicationUsingHttpServer"),
            Map.entry("demoIsSelfContained", "DemoUsingLatchkeyDomain"),
            Map.entry("sqlOnlyInSqliteAdapter", "HttpUsingSql"),
            Map.entry("jacksonOnlyInAdapters", "ApplicationUsingJackson"),
            Map.entry("joseAndCryptoOnlyInJoseAdapter", "HttpUsingNimbus"),
            Map.entry("templatesOnlyInHttpAdapter", "SqliteUsingJte"),
            Map.entry("picocliOnlyInBootstrap", "HttpUsingPicocli"),
            Map.entry("portsAreInterfaces", "ConcretePortFixture"),
            Map.entry("noAmbientTime", "ReadsSystemClock"),
            Map.entry("noGenericExceptions", "ThrowsGenericException"),
            Map.entry("domainFreeOfCycles", "CycleA"));

    static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(
                "dev.latchkey.domain.archfixture", "dev.latchkey.domain.archcyclea", "dev.latchkey.domain.archcycleb",
                "dev.latchkey.application.archfixture", "dev.latchkey.application.port",
                "dev.latchkey.adapters.http.archfixture", "dev.latchkey.adapters.sqlite.archfixture",
                "dev.latchkey.demo.archfixture",
                // the class the layering fixture reaches into must be imported to belong to its layer
                "dev.latchkey.adapters.http.support");
    }

    @Test
    void everyRuleHasADeliberateViolation() {
        assertThat(VIOLATION_OF_RULE.keySet()).containsExactlyInAnyOrderElementsOf(ArchitectureRules.all().keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyRuleReportsItsDeliberateViolation() {
        return ArchitectureRules.all().entrySet().stream().map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> {
            EvaluationResult result = rule.getValue().evaluate(fixtures);
            assertThat(result.hasViolation()).as(rule.getKey() + " found no violation").isTrue();
            assertThat(result.getFailureReport().getDetails())
                    .anySatisfy(detail -> assertThat(detail).contains(VIOLATION_OF_RULE.get(rule.getKey())));
        }));
    }
}
