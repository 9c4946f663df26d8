package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.sts.GetAccessKeyInfoCommand;
import org.opensts.application.port.in.sts.GetAccessKeyInfoUseCase;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AccountRootPrincipal;

class GetAccessKeyInfoServiceTest {

  private final TestPorts ports = new TestPorts();
  private final GetAccessKeyInfoUseCase useCase =
      ports.useCases(TestClocks.fixed()).getAccessKeyInfo();

  @Test
  void givenGeneratedKeyOfAnAccount_getAccessKeyInfo_decodesThatAccountWithoutAnyStore() {
    AccessKeyId id = AccessKeyId.temporary(TestAccounts.BETA, new SplittableRandom(3));

    assertEquals(
        TestAccounts.BETA.value(),
        useCase
            .getAccessKeyInfo(
                new GetAccessKeyInfoCommand(
                    TestCallers.withLongTermKey(new AccountRootPrincipal(TestAccounts.ALPHA)),
                    id.value()))
            .account());
  }

  @Test
  void givenUnknownIdThatEncodesNoAccount_getAccessKeyInfo_failsWithInvalidParameterValue() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () ->
                useCase.getAccessKeyInfo(
                    new GetAccessKeyInfoCommand(
                        TestCallers.withLongTermKey(new AccountRootPrincipal(TestAccounts.ALPHA)),
                        "AKIA0000000000000000")));

    assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, error.code());
  }
}
