package org.opensts.domain.error;

/**
 * The caller's account is not where an organization-wide request must come from. IAM models these
 * errors without a message; the messages are the model's descriptions.
 */
public final class OrganizationException extends StsException {

  private OrganizationException(ErrorCode code, String message) {
    super(code, message);
  }

  public static OrganizationException organizationNotFound() {
    return new OrganizationException(
        ErrorCode.ORGANIZATION_NOT_FOUND,
        "The request was rejected because no organization is associated with your account.");
  }

  public static OrganizationException accountNotManagementOrDelegatedAdministrator() {
    return new OrganizationException(
        ErrorCode.ACCOUNT_NOT_MANAGEMENT_OR_DELEGATED_ADMINISTRATOR,
        "The request was rejected because the account making the request is not the management"
            + " account or delegated administrator account for centralized root access.");
  }
}
