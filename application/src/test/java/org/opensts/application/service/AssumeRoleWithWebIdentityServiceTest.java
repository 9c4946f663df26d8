package org.opensts.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.sts.AssumeRoleWithWebIdentityCommand;
import org.opensts.application.port.in.sts.AssumeRoleWithWebIdentityResult;
import org.opensts.application.port.out.OpenIdConnectProviderStore;
import org.opensts.application.port.out.WebIdentityTokenVerifier;
import org.opensts.application.port.out.WebIdentityTokenVerifier.VerifiedWebIdentity;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.credential.SessionPolicyParameters;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.IdentityProviderException;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.fixture.TestRoles;
import org.opensts.domain.iam.OpenIdConnectProvider;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.policy.ActionClause;
import org.opensts.domain.policy.Effect;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PrincipalClause;
import org.opensts.domain.policy.ResourceClause;
import org.opensts.domain.policy.Statement;

class AssumeRoleWithWebIdentityServiceTest {

  private static final AccountId ACCOUNT = AccountId.of("123456789012");
  private static final String ROLE_ARN = "arn:aws:iam::123456789012:role/web";
  private static final Clock CLOCK = TestClocks.fixed();
  private static final OpenIdConnectProvider PROVIDER =
      new OpenIdConnectProvider(
          ACCOUNT, "idp.example.com/realm", List.of("app"), List.of(), List.of(), CLOCK.instant());

  private final TestPorts ports = new TestPorts();
  private final StsUseCases core = ports.useCases(CLOCK);
  private VerifiedWebIdentity verified =
      new VerifiedWebIdentity(PROVIDER, "alice", "app", List.of(), List.of(), List.of(), null);
  private String lookedUp;

  private final OpenIdConnectProviderStore providers =
      new OpenIdConnectProviderStore() {
        @Override
        public boolean add(OpenIdConnectProvider provider) {
          return false;
        }

        @Override
        public Optional<OpenIdConnectProvider> find(AccountId account, String url) {
          return account.equals(ACCOUNT) && url.equals(PROVIDER.url())
              ? Optional.of(PROVIDER)
              : Optional.empty();
        }

        @Override
        public List<OpenIdConnectProvider> list(AccountId account) {
          return List.of();
        }

        @Override
        public void delete(AccountId account, String url) {}
      };

  private final WebIdentityTokenVerifier verifier =
      (token, lookup, now) -> {
        lookedUp = lookup.apply(PROVIDER.url()).map(p -> p.arn().toString()).orElse("none");
        return verified;
      };

  private final AssumeRoleWithWebIdentityService service =
      new AssumeRoleWithWebIdentityService(
          ports.roles, providers, verifier, core.requestKeys(), core.roleSessions(), CLOCK);

  private static PolicyDocument trusting(String federated, String... actions) {
    return new PolicyDocument(
        "2012-10-17",
        List.of(
            new Statement(
                "",
                Effect.ALLOW,
                PrincipalClause.principal(Map.of(PrincipalClause.FEDERATED, List.of(federated))),
                ActionClause.action(List.of(actions)),
                ResourceClause.ATTACHED_RESOURCE)),
        "{}");
  }

  private static AssumeRoleWithWebIdentityCommand command() {
    return AssumeRoleWithWebIdentityCommand.of(
        new RequestOrigin("203.0.113.7", true, "test"),
        ROLE_ARN,
        "session",
        "header.payload.signature",
        null,
        SessionPolicyParameters.NONE,
        null);
  }

  @Test
  void givenRoleTrustingTheProvider_assumeRoleWithWebIdentity_issuesTheSession() {
    ports.roles.save(
        TestRoles.aRole(
            ACCOUNT, "web", trusting(PROVIDER.arn().toString(), "sts:AssumeRoleWithWebIdentity")));

    AssumeRoleWithWebIdentityResult result = service.assumeRoleWithWebIdentity(command());

    assertEquals(PROVIDER.arn().toString(), lookedUp);
    assertEquals("alice", result.subjectFromWebIdentityToken());
    assertEquals("app", result.audience());
    assertEquals(PROVIDER.arn().toString(), result.provider());
    assertEquals("arn:aws:sts::123456789012:assumed-role/web/session", result.assumedRoleArn());
    assertNull(result.packedPolicySize());
  }

  @Test
  void givenMissingRole_assumeRoleWithWebIdentity_isDeniedAsAwsWordsIt() {
    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class, () -> service.assumeRoleWithWebIdentity(command()));

    assertEquals("Not authorized to perform sts:AssumeRoleWithWebIdentity", e.getMessage());
  }

  @Test
  void givenRoleTrustingAnotherProvider_assumeRoleWithWebIdentity_isDenied() {
    ports.roles.save(
        TestRoles.aRole(
            ACCOUNT,
            "web",
            trusting(
                "arn:aws:iam::123456789012:oidc-provider/other.example.com",
                "sts:AssumeRoleWithWebIdentity")));

    assertThrows(AccessDeniedException.class, () -> service.assumeRoleWithWebIdentity(command()));
  }

  @Test
  void givenTokenTagsWithoutTagSession_assumeRoleWithWebIdentity_isDenied() {
    ports.roles.save(
        TestRoles.aRole(
            ACCOUNT, "web", trusting(PROVIDER.arn().toString(), "sts:AssumeRoleWithWebIdentity")));
    verified =
        new VerifiedWebIdentity(
            PROVIDER, "alice", "app", List.of(), List.of(new Tag("team", "a")), List.of(), null);

    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class, () -> service.assumeRoleWithWebIdentity(command()));

    assertEquals("Not authorized to perform sts:TagSession", e.getMessage());
  }

  @Test
  void givenTokenTagsAndTagSession_assumeRoleWithWebIdentity_reportsThePackedSize() {
    ports.roles.save(
        TestRoles.aRole(
            ACCOUNT,
            "web",
            trusting(
                PROVIDER.arn().toString(), "sts:AssumeRoleWithWebIdentity", "sts:TagSession")));
    verified =
        new VerifiedWebIdentity(
            PROVIDER, "alice", "app", List.of(), List.of(new Tag("team", "a")), List.of(), null);

    AssumeRoleWithWebIdentityResult result = service.assumeRoleWithWebIdentity(command());

    assertEquals(true, result.packedPolicySize() != null);
  }

  @Test
  void givenInvalidSourceIdentityClaim_assumeRoleWithWebIdentity_failsWithInvalidIdentityToken() {
    ports.roles.save(
        TestRoles.aRole(
            ACCOUNT, "web", trusting(PROVIDER.arn().toString(), "sts:AssumeRoleWithWebIdentity")));
    verified =
        new VerifiedWebIdentity(
            PROVIDER, "alice", "app", List.of(), List.of(), List.of(), "aws:forbidden");

    assertThrows(
        IdentityProviderException.class, () -> service.assumeRoleWithWebIdentity(command()));
  }

  @Test
  void givenShortToken_command_failsWithAwsValidationMessage() {
    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class,
            () ->
                AssumeRoleWithWebIdentityCommand.of(
                    new RequestOrigin("203.0.113.7", true, "test"),
                    ROLE_ARN,
                    "session",
                    "abc",
                    null,
                    SessionPolicyParameters.NONE,
                    899));

    assertEquals(
        "2 validation errors detected: Value 'abc' at 'webIdentityToken' failed to satisfy"
            + " constraint: Member must have length greater than or equal to 4; Value '899' at"
            + " 'durationSeconds' failed to satisfy constraint: Member must have value greater"
            + " than or equal to 900",
        e.getMessage());
  }
}
