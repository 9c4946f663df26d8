package org.opensts.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.implement;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameContaining;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.JavaModifier.FINAL;
import static com.tngtech.archunit.lang.conditions.ArchConditions.beInterfaces;
import static com.tngtech.archunit.lang.conditions.ArchConditions.beRecords;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callConstructorWhere;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callMethod;
import static com.tngtech.archunit.lang.conditions.ArchConditions.haveModifier;
import static com.tngtech.archunit.lang.conditions.ArchConditions.haveSimpleNameEndingWith;
import static com.tngtech.archunit.lang.conditions.ArchConditions.notBePublic;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

/**
 * The architecture rules of STYLE.md, each built for a root package: {@code org.opensts} for the
 * real code, a fixture package for {@link RulesCatchViolationsTest}.
 */
final class Rules {

  static final String ROOT = "org.opensts";

  private static final String CONTROLLER = "io.micronaut.http.annotation.Controller";

  private Rules() {}

  // 1. Domain depends only on the JDK.

  static ArchRule domainDependsOnlyOnTheJdk(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(root + ".domain..", "java..", "javax.crypto..")
        .because("the model is pure; HMAC for SigV4 comes from the JDK");
  }

  // 2. Application depends only on domain and JDK.

  static ArchRule applicationDependsOnlyOnTheDomainAndTheJdk(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(root + ".application..", root + ".domain..", "java..")
        .because(
            "use cases are plain Java wired by a factory; frameworks and adapters stay outside");
  }

  // 3. No framework types in the core (repeats 1-2 for a clearer message).

  static ArchRule coreIsFreeOfFrameworks(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(root + ".domain..", root + ".application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.micronaut..",
            "jakarta.inject..",
            "jakarta.annotation..",
            "jakarta.validation..",
            "com.fasterxml.jackson..",
            "io.grpc..",
            "com.google.protobuf..",
            "io.netty..",
            "lombok..")
        .because(
            "services are wired in server, commands validate themselves and wire formats belong to"
                + " adapters, so no framework annotation or type is needed in the core");
  }

  // 4. Adapters never depend on each other (and dependencies point inwards).

  static ArchRule adaptersDoNotDependOnEachOther(String root) {
    return onionArchitecture()
        .domainModels(root + ".domain..")
        .applicationServices(root + ".application..")
        .adapter("http", root + ".adapter.http..")
        .adapter("persistence", root + ".adapter.persistence..")
        .adapter("postgres", root + ".adapter.postgres..")
        .adapter("policy-json", root + ".adapter.policyjson..")
        .adapter("saml", root + ".adapter.saml..")
        .adapter("oidc", root + ".adapter.oidc..")
        .adapter("audit", root + ".adapter.audit..")
        .adapter("grpc", root + ".adapter.grpc..")
        // The domain has no package of its own for domain services, so that layer stays empty;
        // missing packages make domain_depends_only_on_the_jdk and
        // only_server_depends_on_adapters fail instead.
        .withOptionalLayers(true)
        // server is the composition root: it may know every ring; only_server_depends_on_adapters
        // places it in the architecture.
        .ignoreDependency(resideInAPackage(root + ".server.."), alwaysTrue())
        .because(
            "each adapter translates one technology to the ports; an adapter that calls another"
                + " couples two technologies, and dependencies must point towards the domain");
  }

  // 5. Only server depends on adapters.

  static ArchRule onlyServerDependsOnAdapters(String root) {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Domain")
        .definedBy(root + ".domain..")
        .layer("Application")
        .definedBy(root + ".application..")
        .layer("HTTP adapter")
        .definedBy(root + ".adapter.http..")
        .layer("Persistence adapter")
        .definedBy(root + ".adapter.persistence..")
        .layer("PostgreSQL adapter")
        .definedBy(root + ".adapter.postgres..")
        .layer("Policy JSON adapter")
        .definedBy(root + ".adapter.policyjson..")
        .layer("SAML adapter")
        .definedBy(root + ".adapter.saml..")
        .layer("OIDC adapter")
        .definedBy(root + ".adapter.oidc..")
        .layer("Audit adapter")
        .definedBy(root + ".adapter.audit..")
        .layer("gRPC adapter")
        .definedBy(root + ".adapter.grpc..")
        .layer("Server")
        .definedBy(root + ".server..")
        .whereLayer("Application")
        .mayOnlyBeAccessedByLayers(
            "HTTP adapter",
            "Persistence adapter",
            "PostgreSQL adapter",
            "Policy JSON adapter",
            "SAML adapter",
            "OIDC adapter",
            "Audit adapter",
            "gRPC adapter",
            "Server")
        .whereLayer("HTTP adapter")
        .mayOnlyBeAccessedByLayers("Server")
        .whereLayer("Persistence adapter")
        .mayOnlyBeAccessedByLayers("Server")
        .whereLayer("PostgreSQL adapter")
        .mayOnlyBeAccessedByLayers("Server")
        .whereLayer("Policy JSON adapter")
        .mayOnlyBeAccessedByLayers("Server")
        .whereLayer("SAML adapter")
        .mayOnlyBeAccessedByLayers("Server")
        .whereLayer("OIDC adapter")
        .mayOnlyBeAccessedByLayers("Server")
        .whereLayer("Audit adapter")
        .mayOnlyBeAccessedByLayers("Server")
        .whereLayer("gRPC adapter")
        .mayOnlyBeAccessedByLayers("Server")
        .whereLayer("Server")
        .mayNotBeAccessedByAnyLayer()
        .ensureAllClassesAreContainedInArchitecture()
        .because(
            "server is the composition root and the only code that knows more than one adapter;"
                + " a new top-level package must be placed in the architecture before it is used");
  }

  // 6. Protocol types stay home.

  static ArchRule grpcTypesStayInTheGrpcAdapter(String root) {
    return noClasses()
        .that()
        .resideOutsideOfPackages(root + ".adapter.grpc..", root + ".server..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.grpc..", "com.google.protobuf..")
        .because(
            "generated protobuf and gRPC types are the gRPC adapter's wire format; everything else"
                + " speaks commands and results");
  }

  static ArchRule micronautHttpTypesStayInTheHttpAdapter(String root) {
    return noClasses()
        .that()
        .resideOutsideOfPackages(root + ".adapter.http..", root + ".server..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.micronaut.http..")
        .because("HTTP requests and responses are the HTTP adapter's concern");
  }

  // 7. Ports point one way.

  static ArchRule portsDoNotDependOnServices(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".application.port..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".application.service..")
        .because("ports are the contract; services implement it, not the other way round");
  }

  static ArchRule incomingAndOutgoingPortsDoNotDependOnEachOther(String root) {
    return slices()
        .matching(root + ".application.port.(*)..")
        .should()
        .notDependOnEachOther()
        .because(
            "use cases (port.in) and the dependencies they need (port.out) are separate contracts"
                + " that meet only in the services");
  }

  static ArchRule adaptersDoNotDependOnServices(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".adapter..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".application.service..")
        .because("adapters see use-case interfaces only, so services can change behind them");
  }

  static ArchRule onlyServerUsesTheUseCaseFactory(String root) {
    String factory = root + ".application.service.StsUseCases";
    return classes()
        .that()
        .haveNameMatching(Pattern.quote(factory) + "(\\$.*)?")
        .should()
        .onlyHaveDependentClassesThat()
        .resideInAnyPackage(root + ".server..", root + ".application.service..")
        .because("StsUseCases is how the composition root builds the package-private services");
  }

  // 8. No package cycles.

  static ArchRule noPackageCycles(String root) {
    return slices()
        .matching(root + ".(**)")
        .should()
        .beFreeOfCycles()
        .because("a package cycle cannot be understood, tested or moved one package at a time");
  }

  // 9. Naming and visibility.

  static ArchRule incomingPortsAreUseCases(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application.port.in..")
        .and()
        .areInterfaces()
        .and(namedTopLevelClasses())
        .should()
        .haveSimpleNameEndingWith("UseCase")
        .because("there is one inbound port per operation, named after it");
  }

  static ArchRule commandsAndResultsAreRecords(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application.port.in..")
        .and()
        .areNotInterfaces()
        .and(namedTopLevelClasses())
        .should(
            beRecords()
                .and(haveSimpleNameEndingWith("Command").or(haveSimpleNameEndingWith("Result"))))
        .because(
            "a use case takes a self-validating Command record and returns a Result record beside"
                + " it; nothing else belongs in port.in");
  }

  static ArchRule useCaseImplementationsArePackagePrivateFinalServices(String root) {
    DescribedPredicate<JavaClass> implementAUseCase =
        implement(resideInAPackage(root + ".application.port.in.."));
    return classes()
        .that()
        .resideInAPackage(root + ".application.service..")
        .and(namedTopLevelClasses())
        .and(implementAUseCase.or(simpleNameEndingWith("Service")))
        .should(haveSimpleNameEndingWith("Service").and(notBePublic()).and(haveModifier(FINAL)))
        .because(
            "there is one service per use case; it is reached through its interface and built by"
                + " StsUseCases, so nobody else needs to name or extend it");
  }

  static ArchRule onlyTheUseCaseFactoryIsPublicAmongServices(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application.service..")
        .and(namedTopLevelClasses())
        .and()
        .haveSimpleNameNotEndingWith("UseCases")
        .should()
        .notBePublic()
        .because(
            "classes are package-private by default; the builders named *UseCases (StsUseCases"
                + " and one per feature beside it) are the doors into the services");
  }

  static ArchRule outgoingPortsAreInterfacesAndRecords(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application.port.out..")
        .and(namedTopLevelClasses())
        .should(beInterfaces().or(beRecords()))
        .because(
            "an outbound port is an interface named by its role, with the records it exchanges;"
                + " implementations live in adapters");
  }

  static ArchRule controllersResideInTheHttpAdapter(String root) {
    return classes()
        .that()
        .areAnnotatedWith(CONTROLLER)
        .should()
        .resideInAPackage(root + ".adapter.http..")
        .because("HTTP endpoints are the HTTP adapter's job");
  }

  /** Kept in its own test class, as it needs test classes imported. */
  static ArchRule testClassesResideNextToTheirImplementation() {
    return GeneralCodingRules.testClassesShouldResideInTheSamePackageAsImplementation()
        .because("a test sits beside the class it tests so it can reach package-private members");
  }

  // 10. Hygiene.

  static ArchRule noStandardStreamsExceptTheStartupBanner(String root) {
    DescribedPredicate<JavaClass> startupBanner =
        resideInAPackage(root + ".server..")
            .and(simpleNameContaining("Banner"))
            .as("a server banner");
    return noClasses()
        .that(not(startupBanner))
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .because(
            "output goes through the logger; only the server's start-up banner prints the demo"
                + " account's export lines for the user to copy");
  }

  static ArchRule noGenericExceptions() {
    return noClasses()
        .that()
        .resideOutsideOfPackage(GENERATED_PROTOBUF)
        .should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS)
        .because("every failure is an StsException with an AWS error code, never a 500");
  }

  /** protoc's output: not ours to shape, so the coding rules leave it out. */
  private static final String GENERATED_PROTOBUF = "..adapter.grpc.v1..";

  static ArchRule noJavaUtilLogging() {
    return GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because(
        "logging goes through SLF4J, which Micronaut configures");
  }

  static ArchRule noFieldInjection() {
    return noFields()
        .should(GeneralCodingRules.BE_ANNOTATED_WITH_AN_INJECTION_ANNOTATION)
        .because(
            "constructor injection keeps fields final and lets tests build objects without a"
                + " container");
  }

  static ArchRule noOldDateAndTimeClasses() {
    return GeneralCodingRules.OLD_DATE_AND_TIME_CLASSES_SHOULD_NOT_BE_USED.because(
        "expiry and signing times are java.time values read from an injected Clock");
  }

  static ArchRule coreHasNoHiddenTimeOrRandomness(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(root + ".domain..", root + ".application..")
        .should(callMethod(Instant.class, "now"))
        .orShould(callMethod(LocalDateTime.class, "now"))
        .orShould(callMethod(System.class, "currentTimeMillis"))
        .orShould(callConstructorWhere(constructorOf(SecureRandom.class)))
        .because(
            "time and randomness come in through Clock and KeyRing, or expiry logic cannot be"
                + " tested");
  }

  // Shared predicates.

  /**
   * Top-level classes written by people: not {@code package-info}, and not the {@code $...} classes
   * (bean definitions, introspections) that Micronaut's annotation processor generates.
   */
  private static DescribedPredicate<JavaClass> namedTopLevelClasses() {
    return JavaClass.Predicates.TOP_LEVEL_CLASSES
        .and(not(simpleName("package-info")))
        .and(not(generatedByMicronaut()))
        .as("are top-level classes written by hand");
  }

  static DescribedPredicate<JavaClass> generatedByMicronaut() {
    return describe(
        "generated by Micronaut",
        javaClass -> javaClass.getName().startsWith("$", javaClass.getPackageName().length() + 1));
  }

  private static DescribedPredicate<JavaConstructorCall> constructorOf(Class<?> type) {
    return describe(
        "a constructor of " + type.getName(), call -> call.getTargetOwner().isEquivalentTo(type));
  }
}
