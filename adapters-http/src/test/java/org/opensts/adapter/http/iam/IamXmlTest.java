package org.opensts.adapter.http.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.iam.PermissionsBoundary;
import org.opensts.domain.iam.Role;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.policy.PolicyDocument;

/**
 * IAM's shapes as AWS writes them: policy documents percent-encoded so that botocore's {@code
 * unquote} restores them, and the members of a role in each response that carries one.
 */
class IamXmlTest {

  static Stream<Arguments> documents() {
    return Stream.of(
        arguments("a space is %20, never +", "a b", "a%20b"),
        arguments("a plus sign is %2B", "Read+List", "Read%2BList"),
        arguments("an asterisk is %2A", "s3:Get*", "s3%3AGet%2A"),
        arguments("a tilde stays", "a~b", "a~b"),
        arguments("unreserved characters stay", "AZaz09-_.", "AZaz09-_."),
        arguments("JSON punctuation is encoded", "{\"a\":[1,2]}", "%7B%22a%22%3A%5B1%2C2%5D%7D"),
        arguments("line breaks and tabs are encoded", "\r\n\t", "%0D%0A%09"),
        arguments("a Latin-1 letter is its UTF-8 bytes", "caf\u00e9", "caf%C3%A9"),
        arguments("a percent sign is %25", "100%20", "100%2520"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void givenDocumentText_policyDocument_encodesItAsIamDoes(
      String why, String text, String encoded) {
    assertEquals(encoded, IamXml.policyDocument(text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void givenDocumentText_policyDocument_roundTripsThroughPythonsUnquote(
      String why, String text, String encoded) {
    assertEquals(text, pythonUnquote(IamXml.policyDocument(text)));
  }

  @Test
  void givenFullRole_getRoleView_hasEveryMemberInAwsOrder() {
    assertEquals(
        "<R xmlns=\"ns\">\n"
            + "  <Path>/</Path>\n"
            + "  <RoleName>deployer</RoleName>\n"
            + "  <RoleId>AROAAAAAAAAAAAAAAAAAA</RoleId>\n"
            + "  <Arn>arn:aws:iam::111111111111:role/deployer</Arn>\n"
            + "  <CreateDate>2025-01-01T00:00:00Z</CreateDate>\n"
            + "  <AssumeRolePolicyDocument>%7B%22a%22%3A%201%7D</AssumeRolePolicyDocument>\n"
            + "  <Description>Deploys</Description>\n"
            + "  <MaxSessionDuration>3600</MaxSessionDuration>\n"
            + "  <PermissionsBoundary>\n"
            + "    <PermissionsBoundaryType>Policy</PermissionsBoundaryType>\n"
            + "    <PermissionsBoundaryArn>arn:aws:iam::aws:policy/P</PermissionsBoundaryArn>\n"
            + "  </PermissionsBoundary>\n"
            + "  <Tags>\n"
            + "    <member>\n"
            + "      <Key>team</Key>\n"
            + "      <Value>ops</Value>\n"
            + "    </member>\n"
            + "  </Tags>\n"
            + "  <RoleLastUsed>\n"
            + "  </RoleLastUsed>\n"
            + "</R>\n",
        xml(fullRole(), IamXml.RoleView.DESCRIBED));
  }

  @Test
  void givenFullRole_createRoleView_leavesOutDescriptionDurationAndLastUse() {
    assertEquals(
        "<R xmlns=\"ns\">\n"
            + "  <Path>/</Path>\n"
            + "  <RoleName>deployer</RoleName>\n"
            + "  <RoleId>AROAAAAAAAAAAAAAAAAAA</RoleId>\n"
            + "  <Arn>arn:aws:iam::111111111111:role/deployer</Arn>\n"
            + "  <CreateDate>2025-01-01T00:00:00Z</CreateDate>\n"
            + "  <AssumeRolePolicyDocument>%7B%22a%22%3A%201%7D</AssumeRolePolicyDocument>\n"
            + "  <PermissionsBoundary>\n"
            + "    <PermissionsBoundaryType>Policy</PermissionsBoundaryType>\n"
            + "    <PermissionsBoundaryArn>arn:aws:iam::aws:policy/P</PermissionsBoundaryArn>\n"
            + "  </PermissionsBoundary>\n"
            + "  <Tags>\n"
            + "    <member>\n"
            + "      <Key>team</Key>\n"
            + "      <Value>ops</Value>\n"
            + "    </member>\n"
            + "  </Tags>\n"
            + "</R>\n",
        xml(fullRole(), IamXml.RoleView.CREATED));
  }

  @Test
  void givenFullRole_listRolesView_leavesOutBoundaryTagsAndLastUse() {
    assertEquals(
        "<R xmlns=\"ns\">\n"
            + "  <Path>/</Path>\n"
            + "  <RoleName>deployer</RoleName>\n"
            + "  <RoleId>AROAAAAAAAAAAAAAAAAAA</RoleId>\n"
            + "  <Arn>arn:aws:iam::111111111111:role/deployer</Arn>\n"
            + "  <CreateDate>2025-01-01T00:00:00Z</CreateDate>\n"
            + "  <AssumeRolePolicyDocument>%7B%22a%22%3A%201%7D</AssumeRolePolicyDocument>\n"
            + "  <Description>Deploys</Description>\n"
            + "  <MaxSessionDuration>3600</MaxSessionDuration>\n"
            + "</R>\n",
        xml(fullRole(), IamXml.RoleView.LISTED));
  }

  @Test
  void givenBareRole_getRoleView_leavesOutWhatTheRoleDoesNotHave() {
    Role bare =
        TestRoles.aRole().withTrustPolicy(new PolicyDocument("2012-10-17", List.of(), "{}"));

    assertEquals(
        "<R xmlns=\"ns\">\n"
            + "  <Path>/</Path>\n"
            + "  <RoleName>deployer</RoleName>\n"
            + "  <RoleId>AROAAAAAAAAAAAAAAAAAA</RoleId>\n"
            + "  <Arn>arn:aws:iam::111111111111:role/deployer</Arn>\n"
            + "  <CreateDate>2025-01-01T00:00:00Z</CreateDate>\n"
            + "  <AssumeRolePolicyDocument>%7B%7D</AssumeRolePolicyDocument>\n"
            + "  <MaxSessionDuration>3600</MaxSessionDuration>\n"
            + "  <RoleLastUsed>\n"
            + "  </RoleLastUsed>\n"
            + "</R>\n",
        xml(bare, IamXml.RoleView.DESCRIBED));
  }

  private static Role fullRole() {
    return TestRoles.aRole()
        .withTrustPolicy(new PolicyDocument("2012-10-17", List.of(), "{\"a\": 1}"))
        .withDescription("Deploys")
        .withPermissionsBoundary(PermissionsBoundary.policy("arn:aws:iam::aws:policy/P"))
        .withTags(List.of(new Tag("team", "ops")));
  }

  private static String xml(Role role, IamXml.RoleView view) {
    XmlDocument document = XmlDocument.withRoot("R", "ns");
    IamXml.role(document, role, view);
    return document.finish();
  }

  /**
   * Python's {@code urllib.parse.unquote}, which botocore applies to IAM's policy documents: every
   * {@code %XX} becomes its byte, the bytes are read as UTF-8, and {@code +} stays {@code +}.
   */
  private static String pythonUnquote(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
