package dk.kl.partnerships.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dk.kl.partnerships.kit.test.ArchitectureRules;

@AnalyzeClasses(packages = "dk.kl.partnerships.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domainDoesNotDependOnAdaptersOrContracts =
            ArchitectureRules.domainDoesNotDependOnAdaptersOrContracts("dk.kl.partnerships.notification");

    @ArchTest
    static final ArchRule controllersDoNotUseRepositories = ArchitectureRules.controllersDoNotUseRepositories();
}
