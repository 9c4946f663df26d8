package org.opensts.application.port.in.sts;

import java.util.Objects;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.SessionPolicyParameters;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.Arn;
import org.opensts.domain.organization.RootTaskPolicy;

/**
 * AssumeRoot's parameters, checked against AWS's model.
 *
 * @param target the member account whose root the session acts as
 * @param taskPolicy the AWS managed policy that scopes the session
 * @param durationSeconds 0–900, or null for 900
 */
public record AssumeRootCommand(
    Caller caller, AccountId target, RootTaskPolicy taskPolicy, Integer durationSeconds) {

  public AssumeRootCommand {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(taskPolicy, "taskPolicy");
    ParameterValidation.start().range("durationSeconds", durationSeconds, 0, 900).throwIfInvalid();
  }

  /**
   * Builds the command from the members as they arrived.
   *
   * @param targetPrincipal an account id, or the ARN of its root ({@code arn:aws:iam::ID:root})
   * @param taskPolicyArn {@code TaskPolicyArn.arn}
   */
  public static AssumeRootCommand of(
      Caller caller, String targetPrincipal, String taskPolicyArn, Integer durationSeconds) {
    ParameterValidation.start()
        .required("targetPrincipal", targetPrincipal)
        .length("targetPrincipal", targetPrincipal, 12, 2048)
        .required("taskPolicyArn", taskPolicyArn)
        .text("taskPolicyArn.arn", taskPolicyArn, 20, 2048, SessionPolicyParameters.ARN_TYPE)
        .range("durationSeconds", durationSeconds, 0, 900)
        .throwIfInvalid();
    RootTaskPolicy taskPolicy =
        RootTaskPolicy.withArn(taskPolicyArn)
            .orElseThrow(
                () ->
                    InvalidRequestException.validationError(
                        "TaskPolicyArn "
                            + taskPolicyArn
                            + " is not a root task policy: use one of the AWS managed policies"
                            + " arn:aws:iam::aws:policy/root-task/*"));
    return new AssumeRootCommand(caller, account(targetPrincipal), taskPolicy, durationSeconds);
  }

  private static AccountId account(String targetPrincipal) {
    if (AccountId.isValid(targetPrincipal)) {
      return AccountId.of(targetPrincipal);
    }
    return Arn.parse(targetPrincipal)
        .filter(arn -> AccountId.isValid(arn.account()))
        .filter(arn -> arn.equals(new AccountRootPrincipal(AccountId.of(arn.account())).arn()))
        .map(arn -> AccountId.of(arn.account()))
        .orElseThrow(
            () ->
                InvalidRequestException.validationError(
                    "TargetPrincipal "
                        + targetPrincipal
                        + " is neither an account ID nor the ARN of an account's root user"));
  }
}
