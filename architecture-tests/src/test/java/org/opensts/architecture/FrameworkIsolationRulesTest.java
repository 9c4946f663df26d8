package org.opensts.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Where framework and protocol types may appear: STYLE.md rules 3 and 6. */
@AnalyzeClasses(packages = "org.opensts", importOptions = ImportOption.DoNotIncludeTests.class)
class FrameworkIsolationRulesTest {

  @ArchTest
  static final ArchRule core_is_free_of_frameworks = Rules.coreIsFreeOfFrameworks(Rules.ROOT);

  @ArchTest
  static final ArchRule grpc_types_stay_in_the_grpc_adapter =
      Rules.grpcTypesStayInTheGrpcAdapter(Rules.ROOT);

  @ArchTest
  static final ArchRule micronaut_http_types_stay_in_the_http_adapter =
      Rules.micronautHttpTypesStayInTheHttpAdapter(Rules.ROOT);
}
