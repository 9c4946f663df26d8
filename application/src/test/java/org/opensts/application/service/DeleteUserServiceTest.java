package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.DeleteUserCommand;
import org.opensts.application.port.in.iam.DeleteUserUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPolicies;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestUsers;
import org.opensts.domain.iam.User;
import org.opensts.domain.iam.VirtualMfaDevice;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AccessKeyStatus;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.SecretAccessKey;

/** DeleteUser: only a user with no access keys and no policies left, as IAM insists. */
class DeleteUserServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  private final TestPorts ports = new TestPorts();
  private final DeleteUserUseCase useCase = ports.useCases(TestClocks.fixed()).deleteUser();
  private final User carol = TestUsers.aUser(TestAccounts.ALPHA, "carol", Map.of());

  @Test
  void givenUserWithNothingAttached_deleteUserInAnyCase_removesIt() {
    ports.users.save(carol);

    useCase.deleteUser(new DeleteUserCommand(ROOT, "CAROL"));

    assertEquals(Optional.empty(), ports.users.find(TestAccounts.ALPHA, "carol"));
  }

  @Test
  void givenUserWithAnAccessKey_deleteUser_failsWithDeleteConflictAndKeepsTheUser() {
    ports.users.save(carol);
    ports.accessKeys.save(keyOf(carol, AccessKeyStatus.ACTIVE));

    EntityException error =
        assertThrows(
            EntityException.class, () -> useCase.deleteUser(new DeleteUserCommand(ROOT, "carol")));

    assertEquals(ErrorCode.DELETE_CONFLICT, error.code());
    assertEquals("Cannot delete entity, must delete access keys first.", error.getMessage());
    assertEquals(Optional.of(carol), ports.users.find(TestAccounts.ALPHA, "carol"));
  }

  @Test
  void givenUserWithOnlyAnInactiveKey_deleteUser_stillFailsWithDeleteConflict() {
    ports.users.save(carol);
    ports.accessKeys.save(keyOf(carol, AccessKeyStatus.INACTIVE));

    EntityException error =
        assertThrows(
            EntityException.class, () -> useCase.deleteUser(new DeleteUserCommand(ROOT, "carol")));

    assertEquals(ErrorCode.DELETE_CONFLICT, error.code());
  }

  @Test
  void givenUserWithAnEnabledMfaDevice_deleteUser_failsWithDeleteConflictAndKeepsTheUser() {
    ports.users.save(carol);
    ports.mfaDevices.add(device("carol-mfa").enabledFor("carol", TestClocks.NOW));

    EntityException error =
        assertThrows(
            EntityException.class, () -> useCase.deleteUser(new DeleteUserCommand(ROOT, "carol")));

    assertEquals(ErrorCode.DELETE_CONFLICT, error.code());
    assertEquals("Cannot delete entity, must remove MFA device first.", error.getMessage());
    assertTrue(ports.users.find(TestAccounts.ALPHA, "carol").isPresent());
  }

  @Test
  void givenUserWithAKeyAndAnMfaDevice_deleteUser_namesTheAccessKeysFirst() {
    ports.users.save(carol);
    ports.accessKeys.save(keyOf(carol, AccessKeyStatus.ACTIVE));
    ports.mfaDevices.add(device("carol-mfa").enabledFor("carol", TestClocks.NOW));

    EntityException error =
        assertThrows(
            EntityException.class, () -> useCase.deleteUser(new DeleteUserCommand(ROOT, "carol")));

    assertEquals("Cannot delete entity, must delete access keys first.", error.getMessage());
  }

  @Test
  void givenOnlyUnassignedOrOtherUsersDevices_deleteUser_removesTheUser() {
    ports.users.save(carol);
    ports.mfaDevices.add(device("spare"));
    ports.mfaDevices.add(device("dave-mfa").enabledFor("dave", TestClocks.NOW));

    useCase.deleteUser(new DeleteUserCommand(ROOT, "carol"));

    assertEquals(Optional.empty(), ports.users.find(TestAccounts.ALPHA, "carol"));
  }

  @Test
  void givenUserWithAnInlinePolicy_deleteUser_failsWithDeleteConflictAndKeepsTheUser() {
    User withPolicy =
        TestUsers.aUser(
            TestAccounts.ALPHA, "carol", Map.of("read", TestPolicies.allow("iam:GetUser", "*")));
    ports.users.save(withPolicy);

    EntityException error =
        assertThrows(
            EntityException.class, () -> useCase.deleteUser(new DeleteUserCommand(ROOT, "carol")));

    assertEquals(ErrorCode.DELETE_CONFLICT, error.code());
    assertEquals("Cannot delete entity, must delete policies first.", error.getMessage());
    assertTrue(ports.users.find(TestAccounts.ALPHA, "carol").isPresent());
  }

  @Test
  void givenMissingUser_deleteUser_failsWithNoSuchEntity() {
    EntityException error =
        assertThrows(
            EntityException.class, () -> useCase.deleteUser(new DeleteUserCommand(ROOT, "zed")));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
    assertEquals("The user with name zed cannot be found.", error.getMessage());
  }

  @Test
  void givenUserOfAnotherAccount_deleteUserByItsName_failsWithNoSuchEntityAndKeepsIt() {
    ports.users.save(carol);
    Caller betaRoot = TestCallers.withLongTermKey(TestPrincipals.root(TestAccounts.BETA));

    assertThrows(
        EntityException.class, () -> useCase.deleteUser(new DeleteUserCommand(betaRoot, "carol")));
    assertTrue(ports.users.find(TestAccounts.ALPHA, "carol").isPresent());
  }

  @Test
  void givenUserDeniedDeleteUser_deleteUser_failsWithExplicitDenyAndKeepsTheUser() {
    ports.users.save(carol);
    User ada =
        TestUsers.aUser(
            TestAccounts.ALPHA,
            "ada",
            Map.of(
                "all-but-delete",
                TestPolicies.combine(
                    TestPolicies.allow("iam:*", "*"), TestPolicies.deny("iam:DeleteUser", "*"))));
    ports.users.save(ada);

    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () ->
                useCase.deleteUser(
                    new DeleteUserCommand(TestCallers.withLongTermKey(ada.principal()), "carol")));

    assertTrue(
        error.getMessage().endsWith("with an explicit deny in an identity-based policy"),
        error.getMessage());
    assertTrue(ports.users.find(TestAccounts.ALPHA, "carol").isPresent());
  }

  private static VirtualMfaDevice device(String name) {
    return VirtualMfaDevice.create(
        TestAccounts.ALPHA, IamPath.ROOT, name, "JBSWY3DPEHPK3PXP", List.of());
  }

  private static AccessKey keyOf(User user, AccessKeyStatus status) {
    return new AccessKey(
        new AccessKeyId("AKIACAROLKEY00000001"),
        new SecretAccessKey("carol-secret-000000000000000000000000000"),
        user.principal(),
        status,
        TestClocks.NOW);
  }
}
