package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.DeleteAccessKeyCommand;
import org.opensts.application.port.in.iam.DeleteAccessKeyUseCase;
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
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AccessKeyStatus;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.SecretAccessKey;

/** DeleteAccessKey: removes a key of the named principal; anyone else's key is not found. */
class DeleteAccessKeyServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());
  private static final AccessKeyId CAROLS = new AccessKeyId("AKIACAROLKEY00000001");
  private static final AccessKeyId DAVES = new AccessKeyId("AKIADAVEKEY000000001");
  private static final AccessKeyId ROOTS = new AccessKeyId("AKIAROOTKEY000000001");

  private final TestPorts ports = new TestPorts();
  private final DeleteAccessKeyUseCase useCase =
      ports.useCases(TestClocks.fixed()).deleteAccessKey();
  private final User carol = TestUsers.aUser(TestAccounts.ALPHA, "carol", Map.of());
  private final User dave = TestUsers.aUser(TestAccounts.ALPHA, "dave", Map.of());

  @BeforeEach
  void keys() {
    ports.users.save(carol);
    ports.users.save(dave);
    save(CAROLS, carol.principal());
    save(DAVES, dave.principal());
    save(ROOTS, TestPrincipals.root());
  }

  @Test
  void givenUsersKey_deleteAccessKey_removesOnlyThatKey() {
    useCase.deleteAccessKey(new DeleteAccessKeyCommand(ROOT, "carol", CAROLS.value()));

    assertEquals(Optional.empty(), ports.accessKeys.find(CAROLS));
    assertTrue(ports.accessKeys.find(DAVES).isPresent());
    assertTrue(ports.accessKeys.find(ROOTS).isPresent());
  }

  @Test
  void givenRootsKeyAndNoUserName_deleteAccessKey_removesTheRootsKey() {
    useCase.deleteAccessKey(new DeleteAccessKeyCommand(ROOT, null, ROOTS.value()));

    assertEquals(Optional.empty(), ports.accessKeys.find(ROOTS));
  }

  @Test
  void givenUserAllowedOnItself_deleteAccessKeyWithoutUserName_removesItsOwnKey() {
    User sam =
        TestUsers.aUser(
            TestAccounts.ALPHA,
            "sam",
            Map.of(
                "own-keys",
                TestPolicies.allow("iam:DeleteAccessKey", "arn:aws:iam::111111111111:user/sam")));
    ports.users.save(sam);
    AccessKeyId samsKey = new AccessKeyId("AKIASAMKEY0000000001");
    save(samsKey, sam.principal());

    useCase.deleteAccessKey(
        new DeleteAccessKeyCommand(
            TestCallers.withLongTermKey(sam.principal()), null, samsKey.value()));

    assertEquals(Optional.empty(), ports.accessKeys.find(samsKey));
  }

  @Test
  void givenKeyOfAnotherUser_deleteAccessKey_failsWithNoSuchEntityAndKeepsIt() {
    EntityException error =
        assertThrows(
            EntityException.class,
            () ->
                useCase.deleteAccessKey(new DeleteAccessKeyCommand(ROOT, "carol", DAVES.value())));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
    assertEquals(
        "The Access Key with id AKIADAVEKEY000000001 cannot be found.", error.getMessage());
    assertTrue(ports.accessKeys.find(DAVES).isPresent());
  }

  @Test
  void givenUsersKeyAndRootWithoutUserName_deleteAccessKey_failsWithNoSuchEntity() {
    assertThrows(
        EntityException.class,
        () -> useCase.deleteAccessKey(new DeleteAccessKeyCommand(ROOT, null, CAROLS.value())));
    assertTrue(ports.accessKeys.find(CAROLS).isPresent());
  }

  @Test
  void givenUserWithoutPolicy_deleteAccessKeyOfAnotherUser_failsWithAccessDeniedAndKeepsIt() {
    assertThrows(
        AccessDeniedException.class,
        () ->
            useCase.deleteAccessKey(
                new DeleteAccessKeyCommand(
                    TestCallers.withLongTermKey(dave.principal()), "carol", CAROLS.value())));
    assertTrue(ports.accessKeys.find(CAROLS).isPresent());
  }

  private void save(AccessKeyId id, Principal owner) {
    ports.accessKeys.save(
        new AccessKey(
            id,
            new SecretAccessKey("secret-0000000000000000000000000000000000"),
            owner,
            AccessKeyStatus.ACTIVE,
            TestClocks.NOW));
  }
}
