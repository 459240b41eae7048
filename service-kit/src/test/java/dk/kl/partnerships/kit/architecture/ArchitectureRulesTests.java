package dk.kl.partnerships.kit.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dk.kl.partnerships.kit.test.ArchitectureRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared architecture rules pass a service built as they describe ({@code sound}) and each
 * fails on an example that breaks it on purpose ({@code broken.*}), so none of them can pass
 * whatever the code does.
 */
class ArchitectureRulesTests {

    static final String EXAMPLES = "dk.kl.partnerships.kit.architecture";

    @Test
    void aServiceBuiltByTheRulesPassesThemAll() {
        String service = EXAMPLES + ".sound";
        JavaClasses sound = classesOf(service);

        for (ArchRule rule : List.of(
                ArchitectureRules.domainDoesNotDependOnAdapters(service),
                ArchitectureRules.domainDoesNotDependOnContracts(service),
                ArchitectureRules.adaptersDoNotDependOnEachOther(),
                ArchitectureRules.featuresAreFreeOfCycles(service),
                ArchitectureRules.controllersDoNotUseRepositories())) {
            assertThatCode(() -> rule.check(sound)).as(rule.getDescription()).doesNotThrowAnyException();
        }
    }

    @Test
    void aPersistenceAdapterThatUsesAMessagingAdapterBreaksTheAdapterRule() {
        assertThatThrownBy(() -> ArchitectureRules.adaptersDoNotDependOnEachOther()
                        .check(classesOf(EXAMPLES + ".broken.adapters")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ShipmentDocuments")
                .hasMessageContaining("ShipmentTranslator");
    }

    @Test
    void twoFeaturesThatDependOnEachOtherBreakTheCycleRule() {
        String service = EXAMPLES + ".broken.cycles";

        assertThatThrownBy(
                        () -> ArchitectureRules.featuresAreFreeOfCycles(service).check(classesOf(service)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected: feature shipping")
                .hasMessageContaining("feature tracking");
    }

    @Test
    void aDomainTypeThatNamesAContractBreaksTheContractRule() {
        String service = EXAMPLES + ".broken.contracts";

        assertThatThrownBy(() -> ArchitectureRules.domainDoesNotDependOnContracts(service)
                        .check(classesOf(service)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Shipment")
                .hasMessageContaining("ProgrammeCompleted");
    }

    @Test
    void aUseCaseThatKnowsHttpBreaksTheDomainRule() {
        String service = EXAMPLES + ".broken.domain";

        assertThatThrownBy(() ->
                        ArchitectureRules.domainDoesNotDependOnAdapters(service).check(classesOf(service)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GetMapping");
    }

    @Test
    void aControllerThatUsesARepositoryBreaksTheUseCaseRule() {
        assertThatThrownBy(() -> ArchitectureRules.controllersDoNotUseRepositories()
                        .check(classesOf(EXAMPLES + ".broken.repositories")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ShipmentController")
                .hasMessageContaining("ShipmentRepository");
    }

    private static JavaClasses classesOf(String examplePackage) {
        return new ClassFileImporter().importPackages(examplePackage);
    }
}
