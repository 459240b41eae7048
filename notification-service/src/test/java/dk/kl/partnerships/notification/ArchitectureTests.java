package dk.kl.partnerships.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dk.kl.partnerships.kit.test.ArchitectureRules;

@AnalyzeClasses(packages = ArchitectureTests.SERVICE, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    static final String SERVICE = "dk.kl.partnerships.notification";

    @ArchTest
    static final ArchRule domainDoesNotDependOnAdapters = ArchitectureRules.domainDoesNotDependOnAdapters(SERVICE);

    @ArchTest
    static final ArchRule domainDoesNotDependOnContracts = ArchitectureRules.domainDoesNotDependOnContracts(SERVICE);

    @ArchTest
    static final ArchRule adaptersDoNotDependOnEachOther = ArchitectureRules.adaptersDoNotDependOnEachOther();

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = ArchitectureRules.featuresAreFreeOfCycles(SERVICE);

    @ArchTest
    static final ArchRule controllersDoNotUseRepositories = ArchitectureRules.controllersDoNotUseRepositories();
}
