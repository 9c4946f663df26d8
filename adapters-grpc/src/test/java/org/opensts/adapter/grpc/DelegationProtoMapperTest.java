package org.opensts.adapter.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opensts.adapter.grpc.v1.CreateTradeInTokenRequest;
import org.opensts.adapter.grpc.v1.CreateTradeInTokenResponse;
import org.opensts.application.port.in.delegation.CreateTradeInTokenCommand;
import org.opensts.application.port.in.delegation.CreateTradeInTokenResult;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestPrincipals;

/**
 * {@code sts.v1.DelegationService}'s messages: every member there and back, and a required member
 * left at its proto3 default reported missing, as over HTTP.
 */
class DelegationProtoMapperTest {

  private static final Caller ALICE = TestCallers.withLongTermKey(TestPrincipals.alice());

  @Test
  void givenEveryMember_toCommand_carriesThemAll() {
    CreateTradeInTokenCommand command =
        ProtoMapper.toCommand(
            ALICE,
            CreateTradeInTokenRequest.newBuilder()
                .setPartnerAccountId("222222222222")
                .setPolicy("{\"Version\":\"2012-10-17\"}")
                .setSessionDurationSeconds(900)
                .build());

    assertEquals(
        new CreateTradeInTokenCommand(ALICE, "222222222222", "{\"Version\":\"2012-10-17\"}", 900),
        command);
  }

  @Test
  void givenNoMembers_toCommand_reportsEachRequiredMemberMissing() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> ProtoMapper.toCommand(ALICE, CreateTradeInTokenRequest.getDefaultInstance()));

    assertEquals(ErrorCode.VALIDATION_ERROR, error.code());
    assertEquals(
        "3 validation errors detected: "
            + "Value null at 'partnerAccountId' failed to satisfy constraint: Member must not be"
            + " null; "
            + "Value null at 'policy' failed to satisfy constraint: Member must not be null; "
            + "Value null at 'sessionDurationSeconds' failed to satisfy constraint: Member must"
            + " not be null",
        error.getMessage());
  }

  @Test
  void givenAResult_toProto_carriesTokenPrincipalAndExpiration() {
    CreateTradeInTokenResponse response =
        ProtoMapper.toProto(
            new CreateTradeInTokenResult(
                "sealed",
                "arn:aws:iam::111111111111:user/alice",
                Instant.parse("2025-01-01T00:15:00Z")));

    assertEquals("sealed", response.getTradeInToken());
    assertEquals("arn:aws:iam::111111111111:user/alice", response.getAssumedPrincipal());
    assertEquals(
        Instant.parse("2025-01-01T00:15:00Z").getEpochSecond(),
        response.getExpiration().getSeconds());
  }
}
