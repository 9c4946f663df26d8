package org.opensts.application.port.in.delegation;

import java.util.List;
import java.util.Objects;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.SessionPolicyParameters;
import org.opensts.domain.credential.TradeInToken;
import org.opensts.domain.error.ModelPattern;
import org.opensts.domain.error.ParameterValidation;

/**
 * A grant of temporary delegated access, checked as IAM's CreateDelegationRequest checks its
 * members; all violations are reported together.
 *
 * @param caller the customer identity that accepts, whose permissions are delegated
 * @param partnerAccountId the 12-digit account that may exchange the token
 * @param policy the permissions granted: a policy document, up to 2048 characters as a session
 *     policy
 * @param sessionDurationSeconds how long the delegated credentials last, 300–43200 seconds
 *     (CreateDelegationRequest's SessionDuration)
 */
public record CreateTradeInTokenCommand(
    Caller caller, String partnerAccountId, String policy, Integer sessionDurationSeconds) {

  /** Twelve digits, as IAM's CreateDelegationRequest takes OwnerAccountId. */
  static final ModelPattern ACCOUNT_ID = ModelPattern.of("\\d{12}");

  public CreateTradeInTokenCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation validation =
        ParameterValidation.start()
            .required("partnerAccountId", partnerAccountId)
            .text("partnerAccountId", partnerAccountId, 12, 12, ACCOUNT_ID)
            .required("policy", policy)
            .required("sessionDurationSeconds", sessionDurationSeconds)
            .range(
                "sessionDurationSeconds",
                sessionDurationSeconds,
                TradeInToken.MIN_SESSION_DURATION.toSeconds(),
                TradeInToken.MAX_SESSION_DURATION.toSeconds());
    new SessionPolicyParameters(policy, List.of())
        .check(validation, SessionPolicyParameters.MAX_POLICY_LENGTH);
    validation.throwIfInvalid();
  }

  public AccountId partner() {
    return AccountId.of(partnerAccountId);
  }
}
