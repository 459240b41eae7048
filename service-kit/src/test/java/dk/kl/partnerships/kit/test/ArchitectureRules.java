package dk.kl.partnerships.kit.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;

/**
 * The rules every service's {@code ArchitectureTests} checks, for a service whose code is packaged
 * by feature ({@code billing.invoice}) with its adapters nested below ({@code billing.invoice.web},
 * {@code .messaging}, {@code .persistence}): the domain knows nothing of HTTP, Kafka or the published
 * contracts; adapters depend on the domain, never on each other; features depend on each other in
 * one direction only; controllers go through use cases, never straight to repositories.
 */
public final class ArchitectureRules {

    private static final String WEB = "..web..";
    private static final String MESSAGING = "..messaging..";
    private static final String PERSISTENCE = "..persistence..";
    private static final String[] ADAPTERS = {WEB, MESSAGING, PERSISTENCE};

    private ArchitectureRules() {}

    public static ArchRule domainDoesNotDependOnAdapters(String servicePackage) {
        return noDomainClassOf(servicePackage)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        WEB,
                        MESSAGING,
                        PERSISTENCE,
                        "org.springframework.web..",
                        "org.springframework.cloud.stream..",
                        "org.springframework.messaging..",
                        "org.apache.kafka..")
                .as("the domain of " + servicePackage + " does not depend on adapters, HTTP or Kafka");
    }

    /** Published contracts are translated at the edge: domain types never name them. */
    public static ArchRule domainDoesNotDependOnContracts(String servicePackage) {
        return noDomainClassOf(servicePackage)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dk.kl.partnerships.contracts..")
                .as("the domain of " + servicePackage + " does not depend on the published contracts");
    }

    /**
     * A web, messaging or persistence adapter talks to the domain, never to an adapter of another
     * kind. A service without adapters of some kind passes.
     */
    public static ArchRule adaptersDoNotDependOnEachOther() {
        return CompositeArchRule.of(adapterDoesNotUse(WEB, MESSAGING, PERSISTENCE))
                .and(adapterDoesNotUse(MESSAGING, WEB, PERSISTENCE))
                .and(adapterDoesNotUse(PERSISTENCE, WEB, MESSAGING))
                .as("adapters (web, messaging, persistence) do not depend on each other");
    }

    /**
     * The feature packages directly below the service package, with everything nested in them,
     * depend on each other in one direction only.
     */
    public static ArchRule featuresAreFreeOfCycles(String servicePackage) {
        return slices().matching(servicePackage + ".(*)..")
                .namingSlices("feature $1")
                .should()
                .beFreeOfCycles()
                .as("the feature packages of " + servicePackage + " are free of cycles");
    }

    public static ArchRule controllersDoNotUseRepositories() {
        return noClasses()
                .that()
                .resideInAPackage(WEB)
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .allowEmptyShould(true)
                .as("controllers go through use cases, never straight to repositories");
    }

    private static GivenClassesConjunction noDomainClassOf(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + "..").and().resideOutsideOfPackages(ADAPTERS);
    }

    private static ArchRule adapterDoesNotUse(String adapter, String... others) {
        return noClasses()
                .that()
                .resideInAPackage(adapter)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .allowEmptyShould(true);
    }
}
