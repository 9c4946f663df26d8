package org.opensts.adapter.http.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.sts.GetDelegatedAccessTokenResult;
import org.opensts.domain.credential.SessionToken;
import org.opensts.domain.credential.TemporaryCredentials;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.SecretAccessKey;

/**
 * GetDelegatedAccessToken's XML, in the members' order of AWS's model, without PackedPolicySize.
 */
class GetDelegatedAccessTokenResponseTest {

  @Test
  void givenResult_toXml_rendersCredentialsAndAssumedPrincipal() {
    GetDelegatedAccessTokenResult result =
        new GetDelegatedAccessTokenResult(
            new TemporaryCredentials(
                new AccessKeyId("ASIAAAAAAAAAAAAAAAAA"),
                new SecretAccessKey("s3cr3t"),
                new SessionToken("token"),
                Instant.parse("2025-01-01T01:00:00Z")),
            "arn:aws:iam::123456789012:role/Operator");

    String xml = GetDelegatedAccessTokenResponse.from(result).toXml(StsApi.NAMESPACE, "rid");

    assertEquals(
        "<GetDelegatedAccessTokenResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
            + "  <GetDelegatedAccessTokenResult>\n"
            + "    <Credentials>\n"
            + "      <AccessKeyId>ASIAAAAAAAAAAAAAAAAA</AccessKeyId>\n"
            + "      <SecretAccessKey>s3cr3t</SecretAccessKey>\n"
            + "      <SessionToken>token</SessionToken>\n"
            + "      <Expiration>2025-01-01T01:00:00Z</Expiration>\n"
            + "    </Credentials>\n"
            + "    <AssumedPrincipal>arn:aws:iam::123456789012:role/Operator</AssumedPrincipal>\n"
            + "  </GetDelegatedAccessTokenResult>\n"
            + "  <ResponseMetadata>\n"
            + "    <RequestId>rid</RequestId>\n"
            + "  </ResponseMetadata>\n"
            + "</GetDelegatedAccessTokenResponse>\n",
        xml);
  }
}
