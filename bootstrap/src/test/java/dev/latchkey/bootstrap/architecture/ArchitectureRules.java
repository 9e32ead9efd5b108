package dev.latchkey.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shape of Latchkey, as rules. Each rule has a deliberate violation in the fixtures package and
 * {@link ArchitectureRulesCanFailTest} checks that it reports it: a rule that matches nothing checks
 * nothing.
 */
final class ArchitectureRules {

    static final String DOMAIN = "dev.latchkey.domain..";
    static final String APPLICATION = "dev.latchkey.application..";
    static final String SQLITE = "dev.latchkey.adapters.sqlite..";
    static final String JOSE = "dev.latchkey.adapters.jose..";
    static final String HTTP = "dev.latchkey.adapters.http..";
    static final String WEB = "dev.latchkey.adapters.web..";
    static final String ADAPTERS = "dev.latchkey.adapters..";
    static final String BOOTSTRAP = "dev.latchkey.bootstrap..";
    static final String DEMO = "dev.latchkey.demo..";

    private ArchitectureRules() {}

    /** domain ← application ← adapters ← bootstrap, and adapters never use each other. */
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Domain").definedBy(DOMAIN)
            .layer("Application").definedBy(APPLICATION)
            .layer("SQLite adapter").definedBy(SQLITE)
            .layer("JOSE adapter").definedBy(JOSE)
            .layer("HTTP adapter").definedBy(HTTP)
            .layer("Web adapter").definedBy(WEB)
            .layer("Demo MCP server").definedBy(DEMO)
            .layer("Bootstrap").definedBy(BOOTSTRAP)
            .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
            .whereLayer("Demo MCP server").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("SQLite adapter").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("JOSE adapter").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("HTTP adapter").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Web adapter").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Application").mayOnlyBeAccessedByLayers("SQLite adapter", "JOSE adapter", "HTTP adapter",
                    "Web adapter", "Bootstrap")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "SQLite adapter", "JOSE adapter",
                    "HTTP adapter", "Web adapter", "Bootstrap")
            .as("domain <- application <- adapters <- bootstrap, adapters independent of each other");

    /** The domain is pure Java: it depends on java.* and itself only. */
    static final ArchRule DOMAIN_USES_ONLY_JAVA = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .as("domain depends only on java.*");

    /** The application ring depends on the domain and java.* only. */
    static final ArchRule APPLICATION_USES_ONLY_DOMAIN = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..")
            .as("application depends only on domain and java.*");

    /** Only bootstrap knows Dagger and its injection annotations. */
    static final ArchRule ONLY_BOOTSTRAP_KNOWS_DAGGER = noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAnyPackage("dagger..", "javax.inject..", "jakarta.inject..")
            .as("only bootstrap knows Dagger");

    static final ArchRule HTTP_SERVER_ONLY_IN_HTTP_ADAPTER = noClasses().that().resideOutsideOfPackages(HTTP, DEMO)
            .should().dependOnClassesThat().resideInAPackage("com.sun.net.httpserver..")
            .as("com.sun.net.httpserver only in adapters-http (and the separate demo MCP server)");

    /** The demo MCP server is a separate program: it knows nothing of Latchkey, only HTTP and JSON. */
    static final ArchRule DEMO_IS_SELF_CONTAINED = classes().that().resideInAPackage(DEMO)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DEMO, "java..", "com.sun.net.httpserver..",
                    "com.fasterxml.jackson..")
            .as("the demo MCP server depends only on java.*, the JDK HTTP server and Jackson");

    static final ArchRule SQL_ONLY_IN_SQLITE_ADAPTER = noClasses().that().resideOutsideOfPackage(SQLITE)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
            .as("java.sql only in adapters-sqlite");

    static final ArchRule JACKSON_ONLY_IN_ADAPTERS = noClasses().that().resideOutsideOfPackages(ADAPTERS, DEMO)
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .as("Jackson only in adapters");

    static final ArchRule JOSE_AND_CRYPTO_ONLY_IN_JOSE_ADAPTER = noClasses().that().resideOutsideOfPackage(JOSE)
            .should().dependOnClassesThat().resideInAnyPackage("com.nimbusds..", "org.bouncycastle..")
            .as("nimbus-jose-jwt and BouncyCastle only in adapters-jose");

    static final ArchRule TEMPLATES_ONLY_IN_HTTP_ADAPTER = noClasses().that().resideOutsideOfPackage(HTTP)
            .should().dependOnClassesThat().resideInAPackage("gg.jte..")
            .as("jte only in adapters-http");

    static final ArchRule PICOCLI_ONLY_IN_BOOTSTRAP = noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .as("picocli only in bootstrap");

    /** Outbound ports are interfaces (their nested result records aside). */
    static final ArchRule PORTS_ARE_INTERFACES = classes().that().resideInAPackage("dev.latchkey.application.port")
            .and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
            .should().beInterfaces()
            .as("ports are interfaces");

    /** Time comes from an injected Clock: nothing outside bootstrap reads the system clock. */
    static final ArchRule NO_AMBIENT_TIME = noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
            .should().callMethodWhere(readsTheSystemClock())
            .as("no ambient time outside bootstrap");

    /** Failures are values or specific exceptions, never Exception/RuntimeException/Throwable. */
    static final ArchRule NO_GENERIC_EXCEPTIONS = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    /** The domain's concept packages do not depend on each other in a circle. */
    static final ArchRule DOMAIN_FREE_OF_CYCLES = slices().matching("dev.latchkey.domain.(*)..")
            .should().beFreeOfCycles()
            .as("domain slices are free of cycles");

    /** Every rule by name, for the tests. */
    static Map<String, ArchRule> all() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("layers", LAYERS);
        rules.put("domainUsesOnlyJava", DOMAIN_USES_ONLY_JAVA);
        rules.put("applicationUsesOnlyDomain", APPLICATION_USES_ONLY_DOMAIN);
        rules.put("onlyBootstrapKnowsDagger", ONLY_BOOTSTRAP_KNOWS_DAGGER);
        rules.put("httpServerOnlyInHttpAdapter", HTTP_SERVER_ONLY_IN_HTTP_ADAPTER);
        rules.put("demoIsSelfContained", DEMO_IS_SELF_CONTAINED);
        rules.put("sqlOnlyInSqliteAdapter", SQL_ONLY_IN_SQLITE_ADAPTER);
        rules.put("jacksonOnlyInAdapters", JACKSON_ONLY_IN_ADAPTERS);
        rules.put("joseAndCryptoOnlyInJoseAdapter", JOSE_AND_CRYPTO_ONLY_IN_JOSE_ADAPTER);
        rules.put("templatesOnlyInHttpAdapter", TEMPLATES_ONLY_IN_HTTP_ADAPTER);
        rules.put("picocliOnlyInBootstrap", PICOCLI_ONLY_IN_BOOTSTRAP);
        rules.put("portsAreInterfaces", PORTS_ARE_INTERFACES);
        rules.put("noAmbientTime", NO_AMBIENT_TIME);
        rules.put("noGenericExceptions", NO_GENERIC_EXCEPTIONS);
        rules.put("domainFreeOfCycles", DOMAIN_FREE_OF_CYCLES);
        return rules;
    }

    private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
        return new DescribedPredicate<>("reads the system clock") {
            @Override
            public boolean test(JavaMethodCall call) {
                JavaClass owner = call.getTargetOwner();
                String name = call.getName();
                if (owner.isEquivalentTo(System.class)) {
                    return name.equals("currentTimeMillis") || name.equals("nanoTime");
                }
                if (owner.isEquivalentTo(java.time.Clock.class)) {
                    return name.startsWith("system");
                }
                return owner.getPackageName().equals("java.time") && name.equals("now")
                        && call.getTarget().getRawParameterTypes().isEmpty();
            }
        };
    }
}
