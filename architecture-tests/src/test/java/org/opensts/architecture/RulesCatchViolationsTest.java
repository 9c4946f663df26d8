package org.opensts.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shows that every rule can fail: each is built for the fixture root, whose packages mimic {@code
 * org.opensts}, and must report the fixture class that breaks it on purpose.
 */
class RulesCatchViolationsTest {

  private static final String FIXTURE = "org.opensts.architecture.fixture";

  private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(FIXTURE);

  static Stream<Arguments> rulesAndTheFixtureThatBreaksThem() {
    return Stream.of(
        rule(
            "domain_depends_only_on_the_jdk",
            Rules.domainDependsOnlyOnTheJdk(FIXTURE),
            "domain.DomainUsesApplication"),
        rule(
            "application_depends_only_on_the_domain_and_the_jdk",
            Rules.applicationDependsOnlyOnTheDomainAndTheJdk(FIXTURE),
            "application.service.ReachesIntoAdapter"),
        rule(
            "core_is_free_of_frameworks",
            Rules.coreIsFreeOfFrameworks(FIXTURE),
            "domain.DomainUsesJackson"),
        rule(
            "adapters_do_not_depend_on_each_other",
            Rules.adaptersDoNotDependOnEachOther(FIXTURE),
            "adapter.persistence.CrossAdapterCall"),
        rule(
            "adapters_do_not_depend_on_each_other (inward direction)",
            Rules.adaptersDoNotDependOnEachOther(FIXTURE),
            "domain.DomainUsesApplication"),
        rule(
            "only_server_depends_on_adapters (adapter to adapter)",
            Rules.onlyServerDependsOnAdapters(FIXTURE),
            "adapter.persistence.CrossAdapterCall"),
        rule(
            "only_server_depends_on_adapters (application to adapter)",
            Rules.onlyServerDependsOnAdapters(FIXTURE),
            "application.service.ReachesIntoAdapter"),
        rule(
            "only_server_depends_on_adapters (adapter to server)",
            Rules.onlyServerDependsOnAdapters(FIXTURE),
            "adapter.http.CallsServer"),
        rule(
            "only_server_depends_on_adapters (class outside every layer)",
            Rules.onlyServerDependsOnAdapters(FIXTURE),
            "tools.Stray"),
        rule(
            "grpc_types_stay_in_the_grpc_adapter",
            Rules.grpcTypesStayInTheGrpcAdapter(FIXTURE),
            "adapter.policyjson.UsesProtobuf"),
        rule(
            "micronaut_http_types_stay_in_the_http_adapter",
            Rules.micronautHttpTypesStayInTheHttpAdapter(FIXTURE),
            "adapter.policyjson.ReturnsHttpResponse"),
        rule(
            "ports_do_not_depend_on_services",
            Rules.portsDoNotDependOnServices(FIXTURE),
            "application.port.in.sts.ServiceAwareUseCase"),
        rule(
            "incoming_and_outgoing_ports_do_not_depend_on_each_other",
            Rules.incomingAndOutgoingPortsDoNotDependOnEachOther(FIXTURE),
            "application.port.out.CommandAwareStore"),
        rule(
            "adapters_do_not_depend_on_services",
            Rules.adaptersDoNotDependOnServices(FIXTURE),
            "adapter.http.UsesServiceDirectly"),
        rule(
            "only_server_uses_the_use_case_factory",
            Rules.onlyServerUsesTheUseCaseFactory(FIXTURE),
            "adapter.persistence.BuildsUseCases"),
        rule("no_package_cycles", Rules.noPackageCycles(FIXTURE), "domain.chicken.Chicken"),
        rule(
            "incoming_ports_are_use_cases",
            Rules.incomingPortsAreUseCases(FIXTURE),
            "application.port.in.sts.WidgetLookup"),
        rule(
            "commands_and_results_are_records",
            Rules.commandsAndResultsAreRecords(FIXTURE),
            "application.port.in.sts.WidgetRequest"),
        rule(
            "use_case_implementations_are_package_private_final_services (public, not final)",
            Rules.useCaseImplementationsArePackagePrivateFinalServices(FIXTURE),
            "application.service.PublicWidgetService"),
        rule(
            "use_case_implementations_are_package_private_final_services (not named Service)",
            Rules.useCaseImplementationsArePackagePrivateFinalServices(FIXTURE),
            "application.service.WidgetHandler"),
        rule(
            "only_the_use_case_factory_is_public_among_services",
            Rules.onlyTheUseCaseFactoryIsPublicAmongServices(FIXTURE),
            "application.service.PublicHelper"),
        rule(
            "outgoing_ports_are_interfaces_and_records",
            Rules.outgoingPortsAreInterfacesAndRecords(FIXTURE),
            "application.port.out.WidgetCache"),
        rule(
            "controllers_reside_in_the_http_adapter",
            Rules.controllersResideInTheHttpAdapter(FIXTURE),
            "server.MisplacedController"),
        rule(
            "test_classes_reside_next_to_their_implementation",
            Rules.testClassesResideNextToTheirImplementation(),
            "placement.elsewhere.GadgetTest"),
        rule(
            "no_standard_streams_except_the_startup_banner",
            Rules.noStandardStreamsExceptTheStartupBanner(FIXTURE),
            "adapter.http.HttpBanner"),
        rule("no_generic_exceptions", Rules.noGenericExceptions(), "domain.ThrowsGenericException"),
        rule(
            "no_java_util_logging",
            Rules.noJavaUtilLogging(),
            "adapter.persistence.UsesJavaUtilLogging"),
        rule("no_field_injection", Rules.noFieldInjection(), "adapter.persistence.FieldInjected"),
        rule(
            "no_old_date_and_time_classes",
            Rules.noOldDateAndTimeClasses(),
            "domain.UsesJavaUtilDate"),
        rule(
            "core_has_no_hidden_time_or_randomness (Instant.now())",
            Rules.coreHasNoHiddenTimeOrRandomness(FIXTURE),
            "domain.HiddenClock.expiredByInstant("),
        rule(
            "core_has_no_hidden_time_or_randomness (LocalDateTime.now())",
            Rules.coreHasNoHiddenTimeOrRandomness(FIXTURE),
            "domain.HiddenClock.expiredByLocalDateTime("),
        rule(
            "core_has_no_hidden_time_or_randomness (System.currentTimeMillis())",
            Rules.coreHasNoHiddenTimeOrRandomness(FIXTURE),
            "domain.HiddenClock.expiredByMillis("),
        rule(
            "core_has_no_hidden_time_or_randomness (new SecureRandom())",
            Rules.coreHasNoHiddenTimeOrRandomness(FIXTURE),
            "application.service.HiddenRandomness"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rulesAndTheFixtureThatBreaksThem")
  void givenAFixtureThatBreaksTheRule_evaluate_reportsThatFixture(ArchRule rule, String offender) {
    List<String> details = violations(rule);

    String offendingCode = FIXTURE + "." + offender;
    assertTrue(
        details.stream().anyMatch(detail -> detail.contains(offendingCode)),
        () -> "expected a violation by " + offendingCode + " but got " + details);
  }

  @Test
  void givenAStartupBannerInServer_standardStreamsRule_exemptsItButNoOtherPrinter() {
    List<String> details = violations(Rules.noStandardStreamsExceptTheStartupBanner(FIXTURE));

    assertFalse(details.stream().anyMatch(detail -> detail.contains(".server.StartupBanner")));
    assertTrue(details.stream().anyMatch(detail -> detail.contains(".adapter.http.HttpBanner")));
  }

  @Test
  void givenANestedRecordInACommand_namingRules_ignoreIt() {
    List<String> details = violations(Rules.commandsAndResultsAreRecords(FIXTURE));

    assertFalse(details.stream().anyMatch(detail -> detail.contains("FetchWidgetCommand")));
  }

  @Test
  void givenClassesGeneratedByMicronaut_namingRules_ignoreThem() {
    List<String> generated =
        FIXTURES.stream().filter(Rules.generatedByMicronaut()).map(JavaClass::getName).toList();
    String portIn = FIXTURE + ".application.port.in.sts.";
    assertTrue(
        generated.stream().anyMatch(name -> name.startsWith(portIn + "$IntrospectedCommand$")),
        () -> "expected Micronaut's introspection of IntrospectedCommand among " + generated);
    assertTrue(
        generated.contains(FIXTURE + ".adapter.http.$WidgetController$Definition"),
        () -> "expected Micronaut's bean definition of WidgetController among " + generated);

    List<String> details = violations(Rules.commandsAndResultsAreRecords(FIXTURE));

    assertFalse(details.stream().anyMatch(detail -> detail.contains("$IntrospectedCommand")));
  }

  @Test
  void givenTheImportOptionsOfTheRealRules_importingOrgOpensts_leavesOutTestsAndFixtures() {
    JavaClasses real =
        new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(Rules.ROOT);

    assertFalse(real.containPackage(FIXTURE), "the fixtures must not reach the real rules");
    assertFalse(
        real.stream().anyMatch(c -> c.getPackageName().startsWith("org.opensts.architecture")),
        "no class of architecture-tests may reach the real rules");
    assertTrue(real.containPackage(Rules.ROOT + ".domain"), "the real rules must see the domain");
  }

  private static List<String> violations(ArchRule rule) {
    EvaluationResult result = rule.evaluate(FIXTURES);
    assertTrue(result.hasViolation(), () -> "no violation of: " + rule.getDescription());
    return result.getFailureReport().getDetails();
  }

  private static Arguments rule(String name, ArchRule rule, String offender) {
    return arguments(named(name, rule), offender);
  }
}
