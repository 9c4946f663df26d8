package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opensts.server.StsErrors.assertStsError;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** GetAccessKeyInfo: the account behind a key id, read from the id as AWS encodes it. */
class GetAccessKeyInfoSystemTest extends SystemTest {

  static Stream<Arguments> keys() {
    return Stream.of(
        Arguments.of(
            "AWS's documented example key of account 123456789012",
            "AKIARZPUZDIKGB2VALC4",
            "123456789012"),
        Arguments.of(
            "a temporary key of account 000000000000", "ASIAQAAAAAAAGMKEM7X5", "000000000000"),
        Arguments.of(
            "a key of this server's other account, written by hand",
            "AKIABETADAVE00000001",
            "222222222222"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void givenKeyId_getAccessKeyInfo_returnsItsAccount(String why, String keyId, String account) {
    assertEquals(
        account,
        server.sts(TestAccounts.ALICE).getAccessKeyInfo(r -> r.accessKeyId(keyId)).account());
  }

  @Test
  void givenTemporaryKeyJustIssued_getAccessKeyInfo_returnsTheIssuingAccount() {
    String keyId = server.sts(TestAccounts.BOB).getSessionToken().credentials().accessKeyId();

    assertEquals(
        "111111111111",
        server.sts(TestAccounts.ALICE).getAccessKeyInfo(r -> r.accessKeyId(keyId)).account());
  }

  @Test
  void givenKeyIdTooShort_getAccessKeyInfo_failsWithValidationError() {
    assertStsError(
        400,
        "ValidationError",
        "1 validation error detected: Value 'AKIASHORT' at 'accessKeyId' failed to satisfy constraint:"
            + " Member must have length greater than or equal to 16",
        () -> server.sts(TestAccounts.ALICE).getAccessKeyInfo(r -> r.accessKeyId("AKIASHORT")));
  }
}
