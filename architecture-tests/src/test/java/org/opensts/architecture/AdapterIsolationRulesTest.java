package org.opensts.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What adapters may see: STYLE.md rule 4 and the adapter half of rule 7. */
@AnalyzeClasses(packages = "org.opensts", importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterIsolationRulesTest {

  @ArchTest
  static final ArchRule adapters_do_not_depend_on_each_other =
      Rules.adaptersDoNotDependOnEachOther(Rules.ROOT);

  @ArchTest
  static final ArchRule adapters_do_not_depend_on_services =
      Rules.adaptersDoNotDependOnServices(Rules.ROOT);

  @ArchTest
  static final ArchRule only_server_uses_the_use_case_factory =
      Rules.onlyServerUsesTheUseCaseFactory(Rules.ROOT);
}
