package org.opensts.application.port.in.sts;

import java.util.List;
import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.SessionPolicyParameters;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.error.ModelPattern;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.VirtualMfaDevice;
import org.opensts.domain.identity.Arn;
import org.opensts.domain.identity.RoleSessionName;
import org.opensts.domain.identity.Tag;

/**
 * AssumeRole's parameters, checked against AWS's model; all violations are reported together.
 *
 * @param options every optional parameter
 */
public record AssumeRoleCommand(
    Caller caller, Arn roleArn, RoleSessionName roleSessionName, Options options) {

  public AssumeRoleCommand {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(roleArn, "roleArn");
    Objects.requireNonNull(roleSessionName, "roleSessionName");
    Objects.requireNonNull(options, "options");
    options.check(ParameterValidation.start()).throwIfInvalid();
  }

  /** Builds the command from the members as they arrived. */
  public static AssumeRoleCommand of(
      Caller caller, String roleArn, String roleSessionName, Options options) {
    ParameterValidation validation =
        ParameterValidation.start()
            .required("roleArn", roleArn)
            .text("roleArn", roleArn, 20, 2048, SessionPolicyParameters.ARN_TYPE)
            .required("roleSessionName", roleSessionName)
            .text("roleSessionName", roleSessionName, 2, 64, RoleSessionName.PATTERN);
    options.check(validation).throwIfInvalid();
    Arn arn =
        Arn.parse(roleArn)
            .orElseThrow(() -> InvalidRequestException.validationError(roleArn + " is invalid"));
    return new AssumeRoleCommand(caller, arn, RoleSessionName.of(roleSessionName), options);
  }

  /**
   * AssumeRole's optional parameters.
   *
   * @param durationSeconds 900–43200 (and at most the role's maximum), or null for one hour
   * @param policies session policies that narrow the session
   * @param tags session tags; their limits are checked with the caller's inherited tags
   * @param transitiveTagKeys the keys among {@code tags} that pass on to chained sessions
   * @param externalId what the role's owner asked third parties to pass, as {@code sts:ExternalId}
   * @param serialNumber the caller's MFA device, with {@code tokenCode}
   * @param tokenCode the device's current 6-digit code
   * @param sourceIdentity set once, then carried by every chained session
   */
  public record Options(
      Integer durationSeconds,
      SessionPolicyParameters policies,
      List<Tag> tags,
      List<String> transitiveTagKeys,
      String externalId,
      String serialNumber,
      String tokenCode,
      String sourceIdentity) {

    public static final Options NONE =
        new Options(
            null, SessionPolicyParameters.NONE, List.of(), List.of(), null, null, null, null);

    private static final ModelPattern EXTERNAL_ID = ModelPattern.of("[\\w+=,.@:\\/-]*");

    public Options {
      Objects.requireNonNull(policies, "policies");
      tags = List.copyOf(tags);
      transitiveTagKeys = List.copyOf(transitiveTagKeys);
    }

    public Options withDurationSeconds(Integer seconds) {
      return new Options(
          seconds,
          policies,
          tags,
          transitiveTagKeys,
          externalId,
          serialNumber,
          tokenCode,
          sourceIdentity);
    }

    /** Adds the model's checks of every member; the tags' own rules come with the caller's. */
    ParameterValidation check(ParameterValidation validation) {
      policies.check(validation, Integer.MAX_VALUE);
      return validation
          .range("durationSeconds", durationSeconds, 900, 43200)
          .text("externalId", externalId, 2, 1224, EXTERNAL_ID)
          .text("serialNumber", serialNumber, 9, 256, VirtualMfaDevice.SERIAL_NUMBER)
          .text("tokenCode", tokenCode, 6, 6, VirtualMfaDevice.TOKEN_CODE)
          .text("sourceIdentity", sourceIdentity, 2, 64, RoleSessionName.PATTERN);
    }
  }
}
