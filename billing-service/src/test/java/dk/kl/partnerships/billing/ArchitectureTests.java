package dk.kl.partnerships.billing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain knows nothing of HTTP, Kafka or the published contracts; adapters depend on it, not the reverse. */
@AnalyzeClasses(packages = "dk.kl.partnerships.billing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String[] ADAPTERS = {"..web..", "..messaging..", "..persistence.."};

    @ArchTest
    static final ArchRule domainDoesNotDependOnAdaptersOrContracts = noClasses()
            .that().resideInAPackage("dk.kl.partnerships.billing..")
            .and().resideOutsideOfPackages(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..messaging..", "..persistence..",
                    "dk.kl.partnerships.contracts..", "org.springframework.web..", "org.springframework.cloud.stream..",
                    "org.springframework.messaging..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule controllersDoNotUseRepositories = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");
}
