package org.opensts.adapter.http.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.sts.AssumeRootResult;
import org.opensts.domain.credential.SessionToken;
import org.opensts.domain.credential.TemporaryCredentials;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.SecretAccessKey;

/** AssumeRoot's XML: Credentials, then SourceIdentity only when there is one. */
class AssumeRootResponseTest {

  private static final TemporaryCredentials CREDENTIALS =
      new TemporaryCredentials(
          new AccessKeyId("ASIAAAAAAAAAAAAAAAAA"),
          new SecretAccessKey("s3cr3t"),
          new SessionToken("token"),
          Instant.parse("2025-01-01T00:15:00Z"));

  private static String xml(String resultBody) {
    return "<AssumeRootResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
        + "  <AssumeRootResult>\n"
        + "    <Credentials>\n"
        + "      <AccessKeyId>ASIAAAAAAAAAAAAAAAAA</AccessKeyId>\n"
        + "      <SecretAccessKey>s3cr3t</SecretAccessKey>\n"
        + "      <SessionToken>token</SessionToken>\n"
        + "      <Expiration>2025-01-01T00:15:00Z</Expiration>\n"
        + "    </Credentials>\n"
        + resultBody
        + "  </AssumeRootResult>\n"
        + "  <ResponseMetadata>\n"
        + "    <RequestId>rid</RequestId>\n"
        + "  </ResponseMetadata>\n"
        + "</AssumeRootResponse>\n";
  }

  @Test
  void givenCallerWithoutSourceIdentity_toXml_rendersCredentialsOnly() {
    String xml =
        AssumeRootResponse.from(new AssumeRootResult(CREDENTIALS, null))
            .toXml(StsApi.NAMESPACE, "rid");

    assertEquals(xml(""), xml);
  }

  @Test
  void givenCallerWithSourceIdentity_toXml_rendersItAfterTheCredentials() {
    String xml =
        AssumeRootResponse.from(new AssumeRootResult(CREDENTIALS, "ops-alice"))
            .toXml(StsApi.NAMESPACE, "rid");

    assertEquals(xml("    <SourceIdentity>ops-alice</SourceIdentity>\n"), xml);
  }
}
