package org.opensts.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Package cycles across every module: STYLE.md rule 8. */
@AnalyzeClasses(packages = "org.opensts", importOptions = ImportOption.DoNotIncludeTests.class)
class CycleRulesTest {

  @ArchTest static final ArchRule no_package_cycles = Rules.noPackageCycles(Rules.ROOT);
}
