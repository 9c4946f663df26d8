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

  public static AccessDeniedException because(String message) {
    return new AccessDeniedException(message);
  }
}
