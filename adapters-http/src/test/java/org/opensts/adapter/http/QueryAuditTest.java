package org.opensts.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensts.adapter.http.sts.StsApi;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.out.AuditEvent;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.signature.SignedRequest;

class QueryAuditTest {

  private static final RequestOrigin ORIGIN = new RequestOrigin("192.0.2.1", true, "aws-cli/2");

  private final List<AuditEvent> events = new ArrayList<>();
  private final QueryAudit audit =
      new QueryAudit(
          events::add,
          Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC),
          "eu-west-1");

  @Test
  void givenTokenParameters_requestParameters_hideTheirValues() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("Action", "AssumeRoleWithWebIdentity");
    parameters.put("Version", "2011-06-15");
    parameters.put("RoleArn", "arn:aws:iam::123456789012:role/r");
    parameters.put("WebIdentityToken", "eyJ.secret.jwt");
    parameters.put("SAMLAssertion", "PHNhbWw+");
    parameters.put("TokenCode", "123456");
    parameters.put("EncodedMessage", "opaque");
    parameters.put("TradeInToken", "sealed-grant");
    parameters.put("X-Amz-Signature", "abc");

    Map<String, Object> mapped = QueryAuditMaps.requestParameters(parameters);

    assertEquals("arn:aws:iam::123456789012:role/r", mapped.get("roleArn"));
    assertEquals(AuditEvent.HIDDEN, mapped.get("webIdentityToken"));
    assertEquals(AuditEvent.HIDDEN, mapped.get("sAMLAssertion"));
    assertEquals(AuditEvent.HIDDEN, mapped.get("tokenCode"));
    assertEquals(AuditEvent.HIDDEN, mapped.get("encodedMessage"));
    assertEquals(AuditEvent.HIDDEN, mapped.get("tradeInToken"));
    assertFalse(mapped.containsKey("action"));
    assertFalse(mapped.containsKey("x-Amz-Signature"));
  }

  @Test
  void givenMemberLists_requestParameters_nestThemAsCloudTrailDoes() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("Tags.member.1.Key", "team");
    parameters.put("Tags.member.1.Value", "blue");
    parameters.put("Tags.member.2.Key", "env");
    parameters.put("Tags.member.2.Value", "prod");
    parameters.put("TransitiveTagKeys.member.1", "team");
    parameters.put("PolicyArns.member.1.arn", "arn:aws:iam::aws:policy/ReadOnly");
    parameters.put("DurationSeconds", "900");

    Map<String, Object> mapped = QueryAuditMaps.requestParameters(parameters);

    assertEquals(
        List.of(Map.of("key", "team", "value", "blue"), Map.of("key", "env", "value", "prod")),
        mapped.get("tags"));
    assertEquals(List.of("team"), mapped.get("transitiveTagKeys"));
    assertEquals(
        List.of(Map.of("arn", "arn:aws:iam::aws:policy/ReadOnly")), mapped.get("policyArns"));
    assertEquals("900", mapped.get("durationSeconds"));
  }

  @Test
  void givenAssumeRoleResult_responseElements_keepTheKeyIdAndDropSecrets() {
    QueryAuditMaps.ResultElements elements = new QueryAuditMaps.ResultElements();
    XmlDocument.withRoot("AssumeRoleResponse", StsApi.NAMESPACE)
        .observedBy(elements)
        .start("AssumeRoleResult")
        .start("Credentials")
        .element("AccessKeyId", "ASIAEXAMPLE")
        .element("SecretAccessKey", "topsecret")
        .element("SessionToken", "tok")
        .element("Expiration", "2025-01-01T01:00:00Z")
        .end()
        .start("AssumedRoleUser")
        .element("AssumedRoleId", "AROA:s")
        .element("Arn", "arn:aws:sts::123456789012:assumed-role/r/s")
        .end()
        .element("PackedPolicySize", "6")
        .end();

    Map<String, Object> result = elements.value();

    assertEquals(
        Map.of("accessKeyId", "ASIAEXAMPLE", "expiration", "2025-01-01T01:00:00Z"),
        result.get("credentials"));
    assertEquals(
        Map.of("assumedRoleId", "AROA:s", "arn", "arn:aws:sts::123456789012:assumed-role/r/s"),
        result.get("assumedRoleUser"));
    assertEquals("6", result.get("packedPolicySize"));
    assertFalse(result.toString().contains("topsecret"));
    assertFalse(result.toString().contains("tok"));
  }

  @Test
  void givenListsAndAnEmptyResult_responseElements_areListsAndAnEmptyMap() {
    QueryAuditMaps.ResultElements listed = new QueryAuditMaps.ResultElements();
    XmlDocument.withRoot("ListUsersResponse", "ns")
        .observedBy(listed)
        .start("ListUsersResult")
        .start("Users")
        .start("member")
        .element("UserName", "alice")
        .end()
        .start("member")
        .element("UserName", "bob")
        .end()
        .end()
        .element("IsTruncated", "false")
        .end();
    QueryAuditMaps.ResultElements empty = new QueryAuditMaps.ResultElements();
    XmlDocument.withRoot("DeleteUserResponse", "ns")
        .observedBy(empty)
        .start("DeleteUserResult")
        .end();

    assertEquals(
        Map.of(
            "users",
            List.of(Map.of("userName", "alice"), Map.of("userName", "bob")),
            "isTruncated",
            "false"),
        listed.value());
    assertEquals(Map.of(), empty.value());
    assertNull(new QueryAuditMaps.ResultElements().value(), "no result element written");
  }

  @Test
  void givenCreateAccessKeyResult_responseElements_hideTheSecretKey() {
    QueryAuditMaps.ResultElements elements = new QueryAuditMaps.ResultElements();
    XmlDocument.withRoot("CreateAccessKeyResponse", "ns")
        .observedBy(elements)
        .start("CreateAccessKeyResult")
        .start("AccessKey")
        .element("UserName", "alice")
        .element("AccessKeyId", "AKIAEXAMPLE")
        .element("Status", "Active")
        .element("SecretAccessKey", "topsecret")
        .end()
        .end();

    assertEquals(
        Map.of("userName", "alice", "accessKeyId", "AKIAEXAMPLE", "status", "Active"),
        elements.value().get("accessKey"));
  }

  @Test
  void givenUnauthenticatedRequest_event_isUnknownWithTheClaimedKeyAndTheError() {
    SignedRequest request =
        new SignedRequest(
            "POST",
            "/",
            "",
            Map.of(
                "authorization",
                List.of(
                    "AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20250101/us-east-1/sts/aws4_request,"
                        + " SignedHeaders=host, Signature=abc")),
            new byte[0]);
    QueryAudit.Exchange exchange = new QueryAudit.Exchange(request, ORIGIN);
    exchange.parameters(Map.of("Action", "GetCallerIdentity"));
    exchange.failed("The security token included in the request is invalid.");

    audit.record(
        exchange,
        new WireResponse(403, "<Error/>", "req-1", "GetCallerIdentity", "InvalidClientTokenId"));

    AuditEvent event = events.get(0);
    assertEquals("Unknown", event.userIdentity().type());
    assertEquals("AKIAEXAMPLE", event.userIdentity().accessKeyId());
    assertEquals("InvalidClientTokenId", event.errorCode());
    assertEquals("The security token included in the request is invalid.", event.errorMessage());
    assertEquals("req-1", event.requestID());
    assertEquals(AuditEvent.STS, event.eventSource());
    assertEquals("eu-west-1", event.awsRegion());
    assertEquals("192.0.2.1", event.sourceIPAddress());
    assertEquals("aws-cli/2", event.userAgent());
    assertTrue(event.readOnly());
    assertNull(event.responseElements());
    assertNull(event.sharedEventID());
    assertNotNull(event.eventID());
  }

  @Test
  void givenSuccessfulWebIdentityCall_event_namesTheTokenSubjectAndSharesAnEventId() {
    SignedRequest request = new SignedRequest("POST", "/", "", Map.of(), new byte[0]);
    QueryAudit.Exchange exchange = new QueryAudit.Exchange(request, ORIGIN);
    exchange.parameters(Map.of("RoleArn", "arn:aws:iam::123456789012:role/web"));
    String xml =
        XmlDocument.withRoot("AssumeRoleWithWebIdentityResponse", StsApi.NAMESPACE)
            .observedBy(exchange.result("AssumeRoleWithWebIdentity"))
            .start("AssumeRoleWithWebIdentityResult")
            .element("SubjectFromWebIdentityToken", "user-1")
            .element("Provider", "issuer.example")
            .end()
            .observedBy(XmlDocument.Observer.NONE)
            .finish();

    audit.record(
        exchange, new WireResponse(200, xml, "req-2", "AssumeRoleWithWebIdentity", "None"));

    AuditEvent event = events.get(0);
    assertEquals("WebIdentityUser", event.userIdentity().type());
    assertEquals("user-1", event.userIdentity().userName());
    assertEquals("issuer.example", event.userIdentity().identityProvider());
    assertEquals("123456789012", event.recipientAccountId());
    assertNotNull(event.sharedEventID());
    assertNull(event.errorCode());
    assertFalse(event.readOnly());
  }

  @Test
  void givenAReadThatIssuesNothing_theExchange_doesNotGatherItsResult() {
    QueryAudit.Exchange exchange =
        new QueryAudit.Exchange(new SignedRequest("POST", "/", "", Map.of(), null), ORIGIN);

    assertSame(XmlDocument.Observer.NONE, exchange.result("GetCallerIdentity"));
    assertNotSame(XmlDocument.Observer.NONE, exchange.result("GetSessionToken"));
    assertNotSame(XmlDocument.Observer.NONE, exchange.result("AssumeRole"));
  }
}
