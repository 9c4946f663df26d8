package org.opensts.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Which layer may depend on which: STYLE.md rules 1, 2, 5 and 7. */
@AnalyzeClasses(packages = "org.opensts", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerDependencyRulesTest {

  @ArchTest
  static final ArchRule domain_depends_only_on_the_jdk =
      Rules.domainDependsOnlyOnTheJdk(Rules.ROOT);

  @ArchTest
  static final ArchRule application_depends_only_on_the_domain_and_the_jdk =
      Rules.applicationDependsOnlyOnTheDomainAndTheJdk(Rules.ROOT);

  @ArchTest
  static final ArchRule only_server_depends_on_adapters =
      Rules.onlyServerDependsOnAdapters(Rules.ROOT);

  @ArchTest
  static final ArchRule ports_do_not_depend_on_services =
      Rules.portsDoNotDependOnServices(Rules.ROOT);

  @ArchTest
  static final ArchRule incoming_and_outgoing_ports_do_not_depend_on_each_other =
      Rules.incomingAndOutgoingPortsDoNotDependOnEachOther(Rules.ROOT);
}
