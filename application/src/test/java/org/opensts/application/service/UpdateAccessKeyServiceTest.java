package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.application.port.in.iam.UpdateAccessKeyCommand;
import org.opensts.application.port.in.iam.UpdateAccessKeyUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AccessKeyStatus;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.SecretAccessKey;

/** UpdateAccessKey: a key of the named principal turns Active or Inactive, nothing else changes. */
class UpdateAccessKeyServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());
  private static final AccessKeyId CAROLS = new AccessKeyId("AKIACAROLKEY00000001");
  private static final AccessKeyId DAVES = new AccessKeyId("AKIADAVEKEY000000001");

  private final TestPorts ports = new TestPorts();
  private final UpdateAccessKeyUseCase useCase =
      ports.useCases(TestClocks.fixed()).updateAccessKey();
  private final User carol = TestUsers.aUser(TestAccounts.ALPHA, "carol", Map.of());
  private final User dave = TestUsers.aUser(TestAccounts.ALPHA, "dave", Map.of());
  private AccessKey carolsKey;

  @BeforeEach
  void keys() {
    ports.users.save(carol);
    ports.users.save(dave);
    carolsKey = key(CAROLS, carol.principal(), AccessKeyStatus.ACTIVE);
    ports.accessKeys.save(carolsKey);
    ports.accessKeys.save(key(DAVES, dave.principal(), AccessKeyStatus.ACTIVE));
  }

  static Stream<Arguments> transitions() {
    return Stream.of(
        arguments(AccessKeyStatus.ACTIVE, "Inactive", AccessKeyStatus.INACTIVE),
        arguments(AccessKeyStatus.INACTIVE, "Active", AccessKeyStatus.ACTIVE),
        arguments(AccessKeyStatus.ACTIVE, "Active", AccessKeyStatus.ACTIVE),
        arguments(AccessKeyStatus.INACTIVE, "Inactive", AccessKeyStatus.INACTIVE));
  }

  @ParameterizedTest(name = "{0} set to {1}")
  @MethodSource("transitions")
  void givenKey_updateAccessKey_setsTheStatusAndKeepsIdSecretOwnerAndDate(
      AccessKeyStatus from, String status, AccessKeyStatus expected) {
    ports.accessKeys.save(key(CAROLS, carol.principal(), from));

    useCase.updateAccessKey(UpdateAccessKeyCommand.of(ROOT, "carol", CAROLS.value(), status));

    assertEquals(
        new AccessKey(
            CAROLS, carolsKey.secret(), carol.principal(), expected, carolsKey.createDate()),
        ports.accessKeys.find(CAROLS).orElseThrow());
  }

  @Test
  void givenKeyOfAnotherUser_updateAccessKey_failsWithNoSuchEntityAndLeavesItActive() {
    EntityException error =
        assertThrows(
            EntityException.class,
            () ->
                useCase.updateAccessKey(
                    UpdateAccessKeyCommand.of(ROOT, "carol", DAVES.value(), "Inactive")));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
    assertEquals(
        "The Access Key with id AKIADAVEKEY000000001 cannot be found.", error.getMessage());
    assertEquals(AccessKeyStatus.ACTIVE, ports.accessKeys.find(DAVES).orElseThrow().status());
  }

  @Test
  void givenUsersKeyAndRootWithoutUserName_updateAccessKey_failsWithNoSuchEntity() {
    EntityException error =
        assertThrows(
            EntityException.class,
            () ->
                useCase.updateAccessKey(
                    UpdateAccessKeyCommand.of(ROOT, null, CAROLS.value(), "Inactive")));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
  }

  @Test
  void givenUnknownKeyId_updateAccessKey_failsWithNoSuchEntity() {
    EntityException error =
        assertThrows(
            EntityException.class,
            () ->
                useCase.updateAccessKey(
                    UpdateAccessKeyCommand.of(ROOT, "carol", "AKIAZZZZZZZZZZZZZZZZ", "Inactive")));

    assertEquals(
        "The Access Key with id AKIAZZZZZZZZZZZZZZZZ cannot be found.", error.getMessage());
  }

  @Test
  void givenUserWithoutPolicy_updateAccessKeyOfAnotherUser_failsWithAccessDenied() {
    assertThrows(
        AccessDeniedException.class,
        () ->
            useCase.updateAccessKey(
                UpdateAccessKeyCommand.of(
                    TestCallers.withLongTermKey(dave.principal()),
                    "carol",
                    CAROLS.value(),
                    "Inactive")));
    assertEquals(AccessKeyStatus.ACTIVE, ports.accessKeys.find(CAROLS).orElseThrow().status());
  }

  static Stream<Arguments> invalidStatuses() {
    return Stream.of(
        arguments(
            "a status outside AWS's enum",
            "Enabled",
            ErrorCode.VALIDATION_ERROR,
            "1 validation error detected: Value 'Enabled' at 'status' failed to satisfy"
                + " constraint: Member must satisfy enum value set: [Active, Inactive, Expired]"),
        arguments(
            "the right word in the wrong case",
            "inactive",
            ErrorCode.VALIDATION_ERROR,
            "1 validation error detected: Value 'inactive' at 'status' failed to satisfy"
                + " constraint: Member must satisfy enum value set: [Active, Inactive, Expired]"),
        arguments(
            "Expired, which only AWS may set",
            "Expired",
            ErrorCode.INVALID_INPUT,
            "Access keys can only be set to Active or Inactive."),
        arguments(
            "no status",
            null,
            ErrorCode.VALIDATION_ERROR,
            "1 validation error detected: Value null at 'status' failed to satisfy constraint:"
                + " Member must not be null"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidStatuses")
  void givenStatusOtherThanActiveOrInactive_updateAccessKeyCommand_isRefused(
      String why, String status, ErrorCode code, String message) {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> UpdateAccessKeyCommand.of(ROOT, "carol", CAROLS.value(), status));

    assertEquals(code, error.code());
    assertEquals(message, error.getMessage());
  }

  private static AccessKey key(AccessKeyId id, Principal owner, AccessKeyStatus status) {
    return new AccessKey(
        id,
        new SecretAccessKey("secret-0000000000000000000000000000000000"),
        owner,
        status,
        TestClocks.NOW);
  }
}
