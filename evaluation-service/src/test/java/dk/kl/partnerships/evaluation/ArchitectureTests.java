package dk.kl.partnerships.evaluation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dk.kl.partnerships.kit.test.ArchitectureRules;

@AnalyzeClasses(packages = "dk.kl.partnerships.evaluation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domainDoesNotDependOnAdaptersOrContracts =
            ArchitectureRules.domainDoesNotDependOnAdaptersOrContracts("dk.kl.partnerships.evaluation");

    @ArchTest
    static final ArchRule controllersDoNotUseRepositories = ArchitectureRules.controllersDoNotUseRepositories();
}
