package org.opensts.adapter.http.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.sts.AssumeRoleWithSamlResult;
import org.opensts.domain.credential.SessionToken;
import org.opensts.domain.credential.TemporaryCredentials;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.SecretAccessKey;

/** AssumeRoleWithSAML's XML, in the model's member order. */
class AssumeRoleWithSamlResponseTest {

  private static final TemporaryCredentials CREDENTIALS =
      new TemporaryCredentials(
          new AccessKeyId("ASIAAAAAAAAAAAAAAAAA"),
          new SecretAccessKey("s3cr3t"),
          new SessionToken("token"),
          Instant.parse("2025-01-01T01:00:00.123Z"));

  @Test
  void givenResultWithPolicyAndSourceIdentity_toXml_rendersEveryMember() {
    AssumeRoleWithSamlResult result =
        new AssumeRoleWithSamlResult(
            CREDENTIALS,
            "arn:aws:sts::123456789012:assumed-role/TestSaml/alice",
            "AROAAAAAAAAAAAAAAAAAA:alice",
            6,
            "SamlExample",
            "transient",
            "https://integ.example.com/idp/shibboleth",
            "https://signin.aws.amazon.com/saml",
            "SbdGOnUkh1i4+ETHgeMW8tUcE2c=",
            "alice-src");

    String xml = AssumeRoleWithSamlResponse.from(result).toXml(StsApi.NAMESPACE, "rid");

    assertEquals(
        "<AssumeRoleWithSAMLResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
            + "  <AssumeRoleWithSAMLResult>\n"
            + "    <Credentials>\n"
            + "      <AccessKeyId>ASIAAAAAAAAAAAAAAAAA</AccessKeyId>\n"
            + "      <SecretAccessKey>s3cr3t</SecretAccessKey>\n"
            + "      <SessionToken>token</SessionToken>\n"
            + "      <Expiration>2025-01-01T01:00:00Z</Expiration>\n"
            + "    </Credentials>\n"
            + "    <AssumedRoleUser>\n"
            + "      <AssumedRoleId>AROAAAAAAAAAAAAAAAAAA:alice</AssumedRoleId>\n"
            + "      <Arn>arn:aws:sts::123456789012:assumed-role/TestSaml/alice</Arn>\n"
            + "    </AssumedRoleUser>\n"
            + "    <PackedPolicySize>6</PackedPolicySize>\n"
            + "    <Subject>SamlExample</Subject>\n"
            + "    <SubjectType>transient</SubjectType>\n"
            + "    <Issuer>https://integ.example.com/idp/shibboleth</Issuer>\n"
            + "    <Audience>https://signin.aws.amazon.com/saml</Audience>\n"
            + "    <NameQualifier>SbdGOnUkh1i4+ETHgeMW8tUcE2c=</NameQualifier>\n"
            + "    <SourceIdentity>alice-src</SourceIdentity>\n"
            + "  </AssumeRoleWithSAMLResult>\n"
            + "  <ResponseMetadata>\n"
            + "    <RequestId>rid</RequestId>\n"
            + "  </ResponseMetadata>\n"
            + "</AssumeRoleWithSAMLResponse>\n",
        xml);
  }

  @Test
  void givenResultWithoutPolicyOrSourceIdentity_toXml_leavesThemOut() {
    AssumeRoleWithSamlResult result =
        new AssumeRoleWithSamlResult(
            CREDENTIALS,
            "arn:aws:sts::123456789012:assumed-role/TestSaml/alice",
            "AROAAAAAAAAAAAAAAAAAA:alice",
            null,
            "alice",
            "persistent",
            "https://idp.example.com",
            "https://signin.aws.amazon.com/saml",
            "q",
            null);

    String xml = AssumeRoleWithSamlResponse.from(result).toXml(StsApi.NAMESPACE, "rid");

    assertEquals(false, xml.contains("PackedPolicySize") || xml.contains("SourceIdentity"));
  }
}
