package org.opensts.adapter.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensts.adapter.grpc.v1.CallerIdentity;
import org.opensts.adapter.grpc.v1.PrincipalType;
import org.opensts.domain.credential.Session;
import org.opensts.domain.credential.SessionCaller;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.fixture.TestSessions;
import org.opensts.domain.identity.Tag;

/** What VerifyRequest and Authorize report about a caller. */
class ProtoMapperTest {

  @Test
  void givenARoleSessionCaller_toProto_reportsTheSessionsIdentityTagsAndTimes() {
    Session plain = TestSessions.aSession(TestPrincipals.deployerSession("build-42"));
    Session session =
        new Session(
            plain.accessKeyId(),
            plain.secretAccessKey(),
            plain.principal(),
            plain.issuedAt(),
            plain.expiresAt(),
            new SessionContext(
                    List.of(),
                    List.of(new Tag("team", "infra")),
                    List.of("team"),
                    "alice",
                    null,
                    null,
                    null)
                .withMfaAuthenticatedAt(TestClocks.NOW));

    CallerIdentity identity = ProtoMapper.toProto(new SessionCaller(session, TestCallers.ORIGIN));

    assertEquals(PrincipalType.ASSUMED_ROLE, identity.getPrincipalType());
    assertEquals(session.principal().arn().toString(), identity.getArn());
    assertEquals(session.principal().userId(), identity.getUserId());
    assertEquals(session.principal().account().value(), identity.getAccount());
    assertEquals("build-42", identity.getSessionName());
    assertEquals("alice", identity.getSourceIdentity());
    assertEquals(session.accessKeyId().value(), identity.getAccessKeyId());
    assertTrue(identity.getTemporary());
    assertTrue(identity.getMfaAuthenticated());
    assertEquals("team", identity.getTags(0).getKey());
    assertEquals("infra", identity.getTags(0).getValue());
    assertEquals(session.issuedAt().getEpochSecond(), identity.getTokenIssuedAt().getSeconds());
    assertEquals(session.expiresAt().getEpochSecond(), identity.getExpiresAt().getSeconds());
  }

  @Test
  void givenAnIamUserWithALongTermKey_toProto_reportsNoSessionFields() {
    CallerIdentity identity =
        ProtoMapper.toProto(TestCallers.withLongTermKey(TestPrincipals.alice()));

    assertEquals(PrincipalType.USER, identity.getPrincipalType());
    assertEquals(TestCallers.LONG_TERM_KEY_ID.value(), identity.getAccessKeyId());
    assertFalse(identity.getTemporary());
    assertFalse(identity.hasSessionName());
    assertFalse(identity.hasSourceIdentity());
    assertFalse(identity.hasTokenIssuedAt());
    assertFalse(identity.hasExpiresAt());
    assertFalse(identity.getMfaAuthenticated());
  }
}
