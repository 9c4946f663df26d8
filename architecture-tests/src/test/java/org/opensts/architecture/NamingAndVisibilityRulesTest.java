package org.opensts.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Names and visibility of ports, services and controllers: STYLE.md rule 9. Test-class placement is
 * in {@link TestClassPlacementRulesTest}, which imports test classes.
 */
@AnalyzeClasses(packages = "org.opensts", importOptions = ImportOption.DoNotIncludeTests.class)
class NamingAndVisibilityRulesTest {

  @ArchTest
  static final ArchRule incoming_ports_are_use_cases = Rules.incomingPortsAreUseCases(Rules.ROOT);

  @ArchTest
  static final ArchRule commands_and_results_are_records =
      Rules.commandsAndResultsAreRecords(Rules.ROOT);

  @ArchTest
  static final ArchRule use_case_implementations_are_package_private_final_services =
      Rules.useCaseImplementationsArePackagePrivateFinalServices(Rules.ROOT);

  @ArchTest
  static final ArchRule only_the_use_case_factory_is_public_among_services =
      Rules.onlyTheUseCaseFactoryIsPublicAmongServices(Rules.ROOT);

  @ArchTest
  static final ArchRule outgoing_ports_are_interfaces_and_records =
      Rules.outgoingPortsAreInterfacesAndRecords(Rules.ROOT);

  @ArchTest
  static final ArchRule controllers_reside_in_the_http_adapter =
      Rules.controllersResideInTheHttpAdapter(Rules.ROOT);
}
