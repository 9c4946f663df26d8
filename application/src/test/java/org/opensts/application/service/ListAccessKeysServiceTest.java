package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.ListAccessKeysCommand;
import org.opensts.application.port.in.iam.ListAccessKeysResult;
import org.opensts.application.port.in.iam.ListAccessKeysUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
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

/** ListAccessKeys: one principal's keys only, in key order, page by page. */
class ListAccessKeysServiceTest {

  private static final Caller ROOT = TestCallers.withLongTermKey(TestPrincipals.root());

  private final TestPorts ports = new TestPorts();
  private final ListAccessKeysUseCase useCase = ports.useCases(TestClocks.fixed()).listAccessKeys();
  private final User carol = TestUsers.aUser(TestAccounts.ALPHA, "carol", Map.of());
  private final User dave = TestUsers.aUser(TestAccounts.ALPHA, "dave", Map.of());

  @BeforeEach
  void keys() {
    ports.users.save(carol);
    ports.users.save(dave);
    save("AKIACAROLKEY0000000B", carol.principal(), AccessKeyStatus.INACTIVE);
    save("AKIACAROLKEY0000000A", carol.principal(), AccessKeyStatus.ACTIVE);
    save("AKIADAVEKEY000000001", dave.principal(), AccessKeyStatus.ACTIVE);
    save("AKIAROOTKEY000000001", TestPrincipals.root(), AccessKeyStatus.ACTIVE);
  }

  @Test
  void givenNamedUser_listAccessKeys_listsOnlyThatUsersKeysInIdOrder() {
    ListAccessKeysResult result =
        useCase.listAccessKeys(new ListAccessKeysCommand(ROOT, "Carol", null, null));

    assertEquals(List.of("AKIACAROLKEY0000000A", "AKIACAROLKEY0000000B"), ids(result));
    assertEquals(
        List.of(AccessKeyStatus.ACTIVE, AccessKeyStatus.INACTIVE),
        result.keys().stream().map(AccessKey::status).toList());
    assertFalse(result.truncated());
    assertNull(result.marker());
  }

  @Test
  void givenRootWithoutUserName_listAccessKeys_listsTheRootsKeys() {
    ListAccessKeysResult result =
        useCase.listAccessKeys(new ListAccessKeysCommand(ROOT, null, null, null));

    assertEquals(List.of("AKIAROOTKEY000000001"), ids(result));
  }

  @Test
  void givenMaxItemsOne_listAccessKeys_pagesThroughTheKeys() {
    ListAccessKeysResult first =
        useCase.listAccessKeys(new ListAccessKeysCommand(ROOT, "carol", null, 1));
    ListAccessKeysResult second =
        useCase.listAccessKeys(new ListAccessKeysCommand(ROOT, "carol", first.marker(), 1));

    assertEquals(List.of("AKIACAROLKEY0000000A"), ids(first));
    assertTrue(first.truncated());
    assertEquals(List.of("AKIACAROLKEY0000000B"), ids(second));
    assertFalse(second.truncated());
  }

  @Test
  void givenMissingUser_listAccessKeys_failsWithNoSuchEntity() {
    EntityException error =
        assertThrows(
            EntityException.class,
            () -> useCase.listAccessKeys(new ListAccessKeysCommand(ROOT, "zed", null, null)));

    assertEquals(ErrorCode.NO_SUCH_ENTITY, error.code());
  }

  @Test
  void givenUserWithoutPolicy_listAccessKeysOfAnotherUser_failsWithAccessDenied() {
    AccessDeniedException error =
        assertThrows(
            AccessDeniedException.class,
            () ->
                useCase.listAccessKeys(
                    new ListAccessKeysCommand(
                        TestCallers.withLongTermKey(dave.principal()), "carol", null, null)));

    assertEquals(
        "User: arn:aws:iam::111111111111:user/dave is not authorized to perform:"
            + " iam:ListAccessKeys on resource: arn:aws:iam::111111111111:user/carol because no"
            + " identity-based policy allows the iam:ListAccessKeys action",
        error.getMessage());
  }

  private void save(String id, Principal owner, AccessKeyStatus status) {
    ports.accessKeys.save(
        new AccessKey(
            new AccessKeyId(id),
            new SecretAccessKey("secret-0000000000000000000000000000000000"),
            owner,
            status,
            TestClocks.NOW));
  }

  private static List<String> ids(ListAccessKeysResult result) {
    return result.keys().stream().map(key -> key.id().value()).toList();
  }
}
