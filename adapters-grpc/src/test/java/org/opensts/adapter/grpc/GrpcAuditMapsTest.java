package org.opensts.adapter.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opensts.adapter.grpc.v1.AssumeRoleRequest;
import org.opensts.adapter.grpc.v1.AssumeRoleResponse;
import org.opensts.adapter.grpc.v1.AssumeRoleWithWebIdentityRequest;
import org.opensts.adapter.grpc.v1.AssumedRoleUser;
import org.opensts.adapter.grpc.v1.Credentials;
import org.opensts.adapter.grpc.v1.Tag;
import org.opensts.application.port.out.AuditEvent;

class GrpcAuditMapsTest {

  private static final String ASSUME_ROLE = "sts.v1.SecurityTokenService/AssumeRole";

  @Test
  void givenAnAssumeRoleRequest_itsParameters_areItsFieldsUnderTheirJsonNames() {
    byte[] request =
        AssumeRoleRequest.newBuilder()
            .setRoleArn("arn:aws:iam::123456789012:role/demo")
            .setRoleSessionName("audited")
            .setDurationSeconds(900)
            .addTags(Tag.newBuilder().setKey("team").setValue("blue"))
            .build()
            .toByteArray();

    Map<String, Object> parameters = requestParameters(ASSUME_ROLE, request);

    assertEquals(
        Map.of(
            "roleArn",
            "arn:aws:iam::123456789012:role/demo",
            "roleSessionName",
            "audited",
            "durationSeconds",
            900,
            "tags",
            List.of(Map.of("key", "team", "value", "blue"))),
        parameters);
  }

  @Test
  void givenAWebIdentityToken_theParameters_hideIt() {
    byte[] request =
        AssumeRoleWithWebIdentityRequest.newBuilder()
            .setRoleArn("arn:aws:iam::123456789012:role/web")
            .setWebIdentityToken("eyJhbGciOi.secret.jwt")
            .build()
            .toByteArray();

    Map<String, Object> parameters =
        requestParameters("sts.v1.SecurityTokenService/AssumeRoleWithWebIdentity", request);

    assertEquals(AuditEvent.HIDDEN, parameters.get("webIdentityToken"));
  }

  @Test
  void givenAnAssumeRoleResponse_itsElements_leaveOutTheSecretKeyAndSessionToken() {
    byte[] response =
        AssumeRoleResponse.newBuilder()
            .setCredentials(
                Credentials.newBuilder()
                    .setAccessKeyId("ASIAEXAMPLE")
                    .setSecretAccessKey("secret")
                    .setSessionToken("token")
                    .setExpiration(Timestamp.newBuilder().setSeconds(1_800_000_000L)))
            .setAssumedRoleUser(
                AssumedRoleUser.newBuilder()
                    .setAssumedRoleId("AROAEXAMPLE:audited")
                    .setArn("arn:aws:sts::123456789012:assumed-role/demo/audited"))
            .build()
            .toByteArray();

    Map<String, Object> elements =
        GrpcAuditMaps.parse(ASSUME_ROLE, response, false)
            .map(GrpcAuditMaps::responseElements)
            .orElseThrow();

    assertEquals(
        Map.of(
            "credentials",
            Map.of("accessKeyId", "ASIAEXAMPLE", "expiration", Map.of("seconds", 1_800_000_000L)),
            "assumedRoleUser",
            Map.of(
                "assumedRoleId", "AROAEXAMPLE:audited",
                "arn", "arn:aws:sts::123456789012:assumed-role/demo/audited")),
        elements);
  }

  @Test
  void givenBytesThatAreNoMessage_orAnUnknownMethod_thereIsNothingToRecord() {
    assertEquals(
        Optional.empty(), GrpcAuditMaps.parse(ASSUME_ROLE, new byte[] {(byte) 0xff}, true));
    assertEquals(
        Optional.empty(),
        GrpcAuditMaps.parse("sts.v1.SecurityTokenService/Unknown", new byte[0], true));
    assertEquals(Optional.empty(), GrpcAuditMaps.parse(ASSUME_ROLE, null, true));
  }

  private static Map<String, Object> requestParameters(String method, byte[] request) {
    return GrpcAuditMaps.parse(method, request, true)
        .map(GrpcAuditMaps::requestParameters)
        .orElseThrow();
  }
}
