package org.opensts.domain.error;

/** The caller is authenticated but a policy (or a fixed AWS rule) does not let it do this. */
public final class AccessDeniedException extends StsException {

  private AccessDeniedException(String message) {
    super(ErrorCode.ACCESS_DENIED, message);
  }

  /**
   * AWS's wording: {@code User: <caller arn> is not authorized to perform: <action> on resource:
   * <arn>}.
   */
  public static AccessDeniedException notAuthorized(
      String callerArn, String action, String resource) {
    return new AccessDeniedException(
        "User: "
            + callerArn
            + " is not authorized to perform: "
            + action
            + " on resource: "
            + resource);
  }

  /**
   * The newer wording IAM uses, which also says why: {@code … because no identity-based policy
   * allows the <action> action}.
   */
  public static AccessDeniedException notAuthorized(
      String callerArn, String action, String resource, boolean explicitDeny) {
    String reason =
        explicitDeny
            ? " with an explicit deny in an identity-based policy"
            : " because no identity-based policy allows the " + action + " action";
    return new AccessDeniedException(
        "User: "
            + callerArn
            + " is not authorized to perform: "
            + action
            + " on resource: "
            + resource
            + reason);
  }

  public static AccessDeniedException because(String message) {
    return new AccessDeniedException(message);
  }
}
