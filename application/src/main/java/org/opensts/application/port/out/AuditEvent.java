package org.opensts.application.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.LongTermKeyCaller;
import org.opensts.domain.credential.Session;
import org.opensts.domain.credential.SessionCaller;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.Arn;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.FederatedUserPrincipal;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.IdentityProviderPrincipal;
import org.opensts.domain.identity.Principal;

/**
 * One request as CloudTrail records it (record format 1.08): who called, what was asked, what was
 * answered. Request parameters and response elements are plain maps of strings, numbers, lists and
 * maps under CloudTrail's camelCase member names, with secrets and tokens already removed by the
 * adapter that built them.
 *
 * @param eventSource {@code sts.amazonaws.com} or {@code iam.amazonaws.com}
 * @param eventName the action, such as {@code AssumeRole}; {@code Unknown} when none was served
 * @param responseElements null for reads and errors, as in CloudTrail
 * @param errorCode AWS's error code; null on success
 * @param errorMessage null on success
 * @param requestID the request id the response carried ({@code x-amzn-RequestId})
 * @param eventID unique per event
 * @param recipientAccountId the account the event belongs to; null when unknown
 * @param sharedEventID for AssumeRole*, the id CloudTrail gives the copies both accounts see; null
 *     otherwise
 */
public record AuditEvent(
    Instant eventTime,
    String eventSource,
    String eventName,
    String awsRegion,
    String sourceIPAddress,
    String userAgent,
    UserIdentity userIdentity,
    Map<String, Object> requestParameters,
    Map<String, Object> responseElements,
    String errorCode,
    String errorMessage,
    String requestID,
    String eventID,
    boolean readOnly,
    String recipientAccountId,
    String sharedEventID) {

  public static final String EVENT_VERSION = "1.08";
  public static final String STS = "sts.amazonaws.com";
  public static final String IAM = "iam.amazonaws.com";

  /** CloudTrail's placeholder for a parameter whose value is a secret or a bearer token. */
  public static final String HIDDEN = "HIDDEN_DUE_TO_SECURITY_REASONS";

  public AuditEvent {
    Objects.requireNonNull(eventTime, "eventTime");
    Objects.requireNonNull(eventSource, "eventSource");
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(userIdentity, "userIdentity");
    Objects.requireNonNull(requestID, "requestID");
    Objects.requireNonNull(eventID, "eventID");
    requestParameters = requestParameters == null ? Map.of() : requestParameters;
  }

  public String eventVersion() {
    return EVENT_VERSION;
  }

  /** Get*, List* and Decode* only read. */
  public static boolean isReadOnly(String action) {
    return !ISSUING_GETS.contains(action)
        && (action.startsWith("Get") || action.startsWith("List") || action.startsWith("Decode"));
  }

  /** Gets that CloudTrail records as writes: they issue a token or credentials. */
  private static final Set<String> ISSUING_GETS =
      Set.of("GetWebIdentityToken", "GetDelegatedAccessToken");

  /**
   * The recipient account of an event without a known caller: the account of the ARN the request
   * names (a role's), or null when it names no valid one.
   */
  public static String recipientAccountOf(String arn) {
    return Arn.parse(arn).map(Arn::account).filter(AccountId::isValid).orElse(null);
  }

  /** The operations whose successes CloudTrail records with a sharedEventID. */
  public static boolean isAssumeRole(String action) {
    return action.startsWith("AssumeRole");
  }

  /**
   * Who made the request, as CloudTrail's {@code userIdentity}.
   *
   * @param type IAMUser, AssumedRole, Root, FederatedUser, WebIdentityUser, SAMLUser or Unknown
   * @param accessKeyId the key the request was signed with; null when unsigned or unknown
   * @param identityProvider for WebIdentityUser and SAMLUser only
   * @param sessionContext for temporary credentials only
   */
  public record UserIdentity(
      String type,
      String principalId,
      String arn,
      String accountId,
      String accessKeyId,
      String userName,
      String identityProvider,
      SessionContext sessionContext) {

    public UserIdentity {
      Objects.requireNonNull(type, "type");
    }

    /** A request that was not authenticated; the key id it claimed, if any, is kept. */
    public static UserIdentity unknown(String accessKeyId) {
      return new UserIdentity("Unknown", null, null, null, accessKeyId, null, null, null);
    }

    /** An unsigned federation request: the token's or assertion's subject, once verified. */
    public static UserIdentity federated(String type, String provider, String subject) {
      String principalId = provider == null || subject == null ? null : provider + ":" + subject;
      return new UserIdentity(type, principalId, null, null, null, subject, provider, null);
    }

    /** The authenticated caller, with the session context of temporary credentials. */
    public static UserIdentity of(Caller caller) {
      Principal principal = caller.principal();
      if (caller instanceof SessionCaller session) {
        return of(
            principal,
            session.session().accessKeyId().value(),
            SessionContext.of(session.session()));
      }
      return of(principal, ((LongTermKeyCaller) caller).key().id().value(), null);
    }

    private static UserIdentity of(Principal principal, String keyId, SessionContext context) {
      String account = principal.account().value();
      String arn = principal.arn().toString();
      String id = principal.userId();
      if (principal instanceof AccountRootPrincipal) {
        return new UserIdentity("Root", id, arn, account, keyId, null, null, context);
      }
      if (principal instanceof IamUserPrincipal user) {
        return new UserIdentity("IAMUser", id, arn, account, keyId, user.userName(), null, context);
      }
      if (principal instanceof AssumedRolePrincipal) {
        return new UserIdentity("AssumedRole", id, arn, account, keyId, null, null, context);
      }
      if (principal instanceof FederatedUserPrincipal) {
        return new UserIdentity("FederatedUser", id, arn, account, keyId, null, null, context);
      }
      IdentityProviderPrincipal provider = (IdentityProviderPrincipal) principal;
      String type =
          provider.providerArn().toString().contains(":saml-provider/")
              ? "SAMLUser"
              : "WebIdentityUser";
      return new UserIdentity(
          type,
          id,
          null,
          account,
          keyId,
          provider.subject(),
          provider.providerArn().toString(),
          null);
    }
  }

  /**
   * CloudTrail's {@code sessionContext}.
   *
   * @param sessionIssuer the role of a role session, the user (or root) of a federated user; null
   *     for a GetSessionToken session
   * @param sourceIdentity null when none was set
   */
  public record SessionContext(
      Instant creationDate,
      boolean mfaAuthenticated,
      SessionIssuer sessionIssuer,
      String sourceIdentity) {

    static SessionContext of(Session session) {
      return new SessionContext(
          session.issuedAt(),
          session.context().isMfaAuthenticated(),
          SessionIssuer.of(session.principal()),
          session.context().sourceIdentity());
    }
  }

  /** Who issued a session: {@code type} Role for role sessions, IAMUser or Root otherwise. */
  public record SessionIssuer(
      String type, String principalId, String arn, String accountId, String userName) {

    static SessionIssuer of(Principal principal) {
      if (principal instanceof AssumedRolePrincipal role) {
        return new SessionIssuer(
            "Role",
            role.roleId(),
            role.roleArn().toString(),
            role.account().value(),
            role.roleName());
      }
      if (principal instanceof FederatedUserPrincipal federated) {
        Principal parent = federated.parent();
        UserIdentity issuer = UserIdentity.of(parent, null, null);
        return new SessionIssuer(
            issuer.type(),
            issuer.principalId(),
            issuer.arn(),
            issuer.accountId(),
            issuer.userName());
      }
      return null;
    }
  }
}
