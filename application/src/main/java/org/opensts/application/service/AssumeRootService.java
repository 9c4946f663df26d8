package org.opensts.application.service;

import java.time.Duration;
import org.opensts.application.port.in.sts.AssumeRootCommand;
import org.opensts.application.port.in.sts.AssumeRootResult;
import org.opensts.application.port.in.sts.AssumeRootUseCase;
import org.opensts.application.port.out.OrganizationStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.FederatedUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.organization.Organization;
import org.opensts.domain.organization.OrganizationFeature;
import org.opensts.domain.policy.Decision;

/**
 * AssumeRoot: a user or role session of an organization's management account, allowed {@code
 * sts:AssumeRoot} on a member account's root (with {@code sts:TaskPolicyArn}), gets a short session
 * as that root, limited by the task policy. The organization must have root sessions enabled; the
 * root itself may not call it, as AWS documents.
 */
final class AssumeRootService implements AssumeRootUseCase {

  static final String ACTION = "sts:AssumeRoot";
  private static final int DEFAULT_SECONDS = 900;

  private final OrganizationStore organizations;
  private final CallerPermissions permissions;
  private final RequestKeys requestKeys;
  private final CredentialIssuer issuer;

  AssumeRootService(
      OrganizationStore organizations,
      CallerPermissions permissions,
      RequestKeys requestKeys,
      CredentialIssuer issuer) {
    this.organizations = organizations;
    this.permissions = permissions;
    this.requestKeys = requestKeys;
    this.issuer = issuer;
  }

  @Override
  public AssumeRootResult assumeRoot(AssumeRootCommand command) {
    Caller caller = command.caller();
    Principal principal = caller.principal();
    String target = new AccountRootPrincipal(command.target()).arn().toString();
    if (principal instanceof AccountRootPrincipal) {
      throw AccessDeniedException.because("Cannot call AssumeRoot with root user credentials");
    }
    if (principal instanceof FederatedUserPrincipal) {
      // Federated users may call no STS operation but GetCallerIdentity.
      throw AccessDeniedException.notAuthorized(principal.arn().toString(), ACTION, target);
    }
    AccountId account = principal.account();
    Organization organization =
        organizations
            .ofAccount(account)
            .filter(found -> found.managementAccount().equals(account))
            .orElseThrow(
                () ->
                    denied(
                        principal,
                        target,
                        "the account "
                            + account
                            + " is not the management account of an"
                            + " organization"));
    if (!organization.isEnabled(OrganizationFeature.ROOT_SESSIONS)) {
      throw denied(
          principal,
          target,
          "root sessions are not enabled for the organization " + organization.id());
    }
    if (!organization.isMember(command.target())) {
      throw denied(
          principal,
          target,
          command.target() + " is not a member account of the organization " + organization.id());
    }
    Decision decision =
        permissions.decide(
            caller,
            ACTION,
            target,
            requestKeys.of(caller).put("sts:TaskPolicyArn", command.taskPolicy().arn()).build());
    if (!decision.isAllowed()) {
      throw AccessDeniedException.notAuthorized(principal.arn().toString(), ACTION, target);
    }
    String sourceIdentity = CallerPermissions.contextOf(caller).sourceIdentity();
    return new AssumeRootResult(
        issuer.issue(
            new AccountRootPrincipal(command.target()),
            duration(command.durationSeconds()),
            SessionContext.rootTask(command.taskPolicy().arn(), sourceIdentity)),
        sourceIdentity);
  }

  /**
   * 900 seconds unless asked otherwise; 0, which AWS's model allows, is the shortest session a
   * token can express: one second.
   */
  private static Duration duration(Integer requestedSeconds) {
    int seconds = requestedSeconds == null ? DEFAULT_SECONDS : requestedSeconds;
    return Duration.ofSeconds(Math.max(seconds, 1));
  }

  /** AWS's wording for a denial, with the reason that is not a policy's. */
  private static AccessDeniedException denied(Principal principal, String target, String reason) {
    return AccessDeniedException.because(
        AccessDeniedException.notAuthorized(principal.arn().toString(), ACTION, target).getMessage()
            + " because "
            + reason);
  }
}
