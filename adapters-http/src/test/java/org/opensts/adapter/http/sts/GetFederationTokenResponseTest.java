package org.opensts.adapter.http.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.sts.GetFederationTokenResult;
import org.opensts.domain.credential.SessionToken;
import org.opensts.domain.credential.TemporaryCredentials;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.SecretAccessKey;

/** GetFederationToken's XML, shaped as AWS's documented sample. */
class GetFederationTokenResponseTest {

  @Test
  void givenResult_toXml_rendersCredentialsFederatedUserAndPackedPolicySize() {
    GetFederationTokenResult result =
        new GetFederationTokenResult(
            new TemporaryCredentials(
                new AccessKeyId("ASIAAAAAAAAAAAAAAAAA"),
                new SecretAccessKey("s3cr3t"),
                new SessionToken("token"),
                Instant.parse("2025-01-01T01:00:00.123Z")),
            "arn:aws:sts::123456789012:federated-user/Jean",
            "123456789012:Jean",
            0);

    String xml = GetFederationTokenResponse.from(result).toXml(StsApi.NAMESPACE, "rid");

    assertEquals(
        "<GetFederationTokenResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
            + "  <GetFederationTokenResult>\n"
            + "    <Credentials>\n"
            + "      <AccessKeyId>ASIAAAAAAAAAAAAAAAAA</AccessKeyId>\n"
            + "      <SecretAccessKey>s3cr3t</SecretAccessKey>\n"
            + "      <SessionToken>token</SessionToken>\n"
            + "      <Expiration>2025-01-01T01:00:00Z</Expiration>\n"
            + "    </Credentials>\n"
            + "    <FederatedUser>\n"
            + "      <FederatedUserId>123456789012:Jean</FederatedUserId>\n"
            + "      <Arn>arn:aws:sts::123456789012:federated-user/Jean</Arn>\n"
            + "    </FederatedUser>\n"
            + "    <PackedPolicySize>0</PackedPolicySize>\n"
            + "  </GetFederationTokenResult>\n"
            + "  <ResponseMetadata>\n"
            + "    <RequestId>rid</RequestId>\n"
            + "  </ResponseMetadata>\n"
            + "</GetFederationTokenResponse>\n",
        xml);
  }
}
