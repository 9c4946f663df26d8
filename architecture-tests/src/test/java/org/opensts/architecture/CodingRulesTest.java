package org.opensts.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Hygiene: STYLE.md rule 10. */
@AnalyzeClasses(packages = "org.opensts", importOptions = ImportOption.DoNotIncludeTests.class)
class CodingRulesTest {

  @ArchTest
  static final ArchRule no_standard_streams_except_the_startup_banner =
      Rules.noStandardStreamsExceptTheStartupBanner(Rules.ROOT);

  @ArchTest static final ArchRule no_generic_exceptions = Rules.noGenericExceptions();

  @ArchTest static final ArchRule no_java_util_logging = Rules.noJavaUtilLogging();

  @ArchTest static final ArchRule no_field_injection = Rules.noFieldInjection();

  @ArchTest static final ArchRule no_old_date_and_time_classes = Rules.noOldDateAndTimeClasses();

  @ArchTest
  static final ArchRule core_has_no_hidden_time_or_randomness =
      Rules.coreHasNoHiddenTimeOrRandomness(Rules.ROOT);
}
