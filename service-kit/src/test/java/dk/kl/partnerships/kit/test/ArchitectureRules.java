package dk.kl.partnerships.kit.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every service's {@code ArchitectureTests} checks: the domain knows nothing of HTTP,
 * Kafka or the published contracts; adapters depend on it, not the reverse; controllers go through
 * use cases, never straight to repositories.
 */
public final class ArchitectureRules {

    private static final String[] ADAPTERS = {"..web..", "..messaging..", "..persistence.."};

    private ArchitectureRules() {}

    public static ArchRule domainDoesNotDependOnAdaptersOrContracts(String servicePackage) {
        return noClasses()
                .that()
                .resideInAPackage(servicePackage + "..")
                .and()
                .resideOutsideOfPackages(ADAPTERS)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..web..",
                        "..messaging..",
                        "..persistence..",
                        "dk.kl.partnerships.contracts..",
                        "org.springframework.web..",
                        "org.springframework.cloud.stream..",
                        "org.springframework.messaging..",
                        "org.apache.kafka..");
    }

    public static ArchRule controllersDoNotUseRepositories() {
        return noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository");
    }
}
