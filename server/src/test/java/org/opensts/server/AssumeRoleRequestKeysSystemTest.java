package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.opensts.server.StsErrors.assertStsError;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * What AssumeRole puts in the trust policy's request context ({@code sts:ExternalId}, {@code
 * sts:RoleSessionName}, {@code sts:SourceIdentity}) and the limits of those parameters, at their
 * edges.
 */
class AssumeRoleRequestKeysSystemTest extends SessionParametersSystemTest {

  static Stream<Arguments> externalIds() {
    return Stream.of(
        Arguments.of("the external id the trust policy asks for", "ext-123", true),
        Arguments.of("another external id", "ext-124", false),
        Arguments.of("none", null, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("externalIds")
  void givenTrustPolicyOnExternalId_assumeRole_allowsOnlyThatExternalId(
      String why, String externalId, boolean allowed) {
    if (allowed) {
      assertDoesNotThrow(() -> carolAssumes("external", r -> r.externalId(externalId)));
    } else {
      assertStsError(
          403,
          "AccessDenied",
          "User: arn:aws:iam::333333333333:user/carol is not authorized to perform: sts:AssumeRole"
              + " on resource: arn:aws:iam::333333333333:role/external",
          () -> carolAssumes("external", r -> r.externalId(externalId)));
    }
  }

  @Test
  void givenSessionNameEqualToTheUserName_assumeRole_satisfiesAPolicyVariableCondition() {
    assertDoesNotThrow(() -> carolAssumes("self-named", r -> r.roleSessionName("carol")));
    assertStsError(
        403, "AccessDenied", () -> carolAssumes("self-named", r -> r.roleSessionName("other")));
  }

  @Test
  void givenSourceIdentity_assumeRole_echoesItAndTheTrustPolicySeesIt() {
    AssumeRoleResponse response = carolAssumes("audited", r -> r.sourceIdentity("carol-laptop"));

    assertEquals("carol-laptop", response.sourceIdentity());
    assertStsError(
        403, "AccessDenied", () -> carolAssumes("audited", r -> r.sourceIdentity("bob")));
  }

  @Test
  void givenNoSourceIdentity_assumeRole_answersWithoutOne() {
    assertNull(carolAssumes("tagger", r -> {}).sourceIdentity());
  }

  @Test
  void givenTrustPolicyWithoutSetSourceIdentity_assumeRoleWithOne_isDenied() {
    assertStsError(
        403,
        "AccessDenied",
        "User: arn:aws:iam::333333333333:user/carol is not authorized to perform:"
            + " sts:SetSourceIdentity on resource: arn:aws:iam::333333333333:role/plain",
        () -> carolAssumes("plain", r -> r.sourceIdentity("carol-1")));
  }

  @Test
  void givenSessionWithSourceIdentity_chainedAssumeRole_cannotChangeIt() {
    Credentials first = carolAssumes("tagger", r -> r.sourceIdentity("carol-1")).credentials();

    assertStsError(
        403,
        "AccessDenied",
        "User: arn:aws:sts::333333333333:assumed-role/tagger/s1 is not authorized to perform:"
            + " sts:SetSourceIdentity on resource: arn:aws:iam::333333333333:role/hop2",
        () -> assume(sts(first), "hop2", r -> r.sourceIdentity("someone-else")));
    assertEquals(
        "carol-1", assume(sts(first), "hop2", r -> r.sourceIdentity("carol-1")).sourceIdentity());
  }

  static Stream<Arguments> invalidMembers() {
    return Stream.of(
        Arguments.of(
            "an external id of 1 character",
            request(r -> r.externalId("x")),
            "1 validation error detected: Value 'x' at 'externalId' failed to satisfy constraint:"
                + " Member must have length greater than or equal to 2"),
        Arguments.of(
            "an external id of 1225 characters",
            request(r -> r.externalId("x".repeat(1225))),
            "1 validation error detected: Value '"
                + "x".repeat(1225)
                + "' at 'externalId' failed to satisfy constraint: Member must have length less"
                + " than or equal to 1224"),
        Arguments.of(
            "an external id with a space",
            request(r -> r.externalId("ext 123")),
            "1 validation error detected: Value 'ext 123' at 'externalId' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: [\\w+=,.@:\\/-]*"),
        Arguments.of(
            "a source identity of 1 character",
            request(r -> r.sourceIdentity("c")),
            "1 validation error detected: Value 'c' at 'sourceIdentity' failed to satisfy"
                + " constraint: Member must have length greater than or equal to 2"),
        Arguments.of(
            "a source identity of 65 characters",
            request(r -> r.sourceIdentity("c".repeat(65))),
            "1 validation error detected: Value '"
                + "c".repeat(65)
                + "' at 'sourceIdentity' failed to satisfy constraint: Member must have length"
                + " less than or equal to 64"),
        Arguments.of(
            "a source identity in the aws: namespace",
            request(r -> r.sourceIdentity("aws:carol")),
            "1 validation error detected: Value 'aws:carol' at 'sourceIdentity' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*"),
        Arguments.of(
            "a serial number of 8 characters",
            request(r -> r.serialNumber("12345678").tokenCode("123456")),
            "1 validation error detected: Value '12345678' at 'serialNumber' failed to satisfy"
                + " constraint: Member must have length greater than or equal to 9"),
        Arguments.of(
            "a token code of 5 digits",
            request(r -> r.serialNumber("arn:aws:iam::333333333333:mfa/carol").tokenCode("12345")),
            "1 validation error detected: Value '12345' at 'tokenCode' failed to satisfy"
                + " constraint: Member must have length greater than or equal to 6"),
        Arguments.of(
            "a token code of letters",
            request(r -> r.serialNumber("arn:aws:iam::333333333333:mfa/carol").tokenCode("abcdef")),
            "1 validation error detected: Value 'abcdef' at 'tokenCode' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: [\\d]*"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidMembers")
  void givenAMemberBeyondItsLimits_assumeRole_isAValidationError(
      String why, java.util.function.Consumer<AssumeRoleRequest.Builder> request, String message) {
    assertStsError(400, "ValidationError", message, () -> carolAssumes("tagger", request));
  }

  @Test
  void givenMembersAtTheirLimits_assumeRole_acceptsThem() {
    assertDoesNotThrow(
        () ->
            carolAssumes(
                "tagger", r -> r.externalId("x".repeat(1224)).sourceIdentity("c".repeat(64))));
    assertDoesNotThrow(() -> carolAssumes("tagger", r -> r.externalId("xy").sourceIdentity("cd")));
  }

  private static java.util.function.Consumer<AssumeRoleRequest.Builder> request(
      java.util.function.Consumer<AssumeRoleRequest.Builder> request) {
    return request;
  }
}
