package org.opensts.application.port.in.sts;

import java.util.List;
import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.credential.SessionPolicyParameters;
import org.opensts.domain.credential.SessionTags;
import org.opensts.domain.error.ModelPattern;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.identity.TagLimits;

/**
 * GetFederationToken's parameters, checked against AWS's model; all violations are reported
 * together, then the tags are checked as STS checks session tags.
 *
 * @param name the federated user's name: 2–32 characters of {@code [\w+=,.@-]}
 * @param policies the session policies; the inline one up to 2048 characters
 * @param durationSeconds 900–129600, or null for the default
 * @param tags the session tags, possibly empty; federation tokens have no transitive tags
 */
public record GetFederationTokenCommand(
    Caller caller,
    String name,
    SessionPolicyParameters policies,
    Integer durationSeconds,
    List<Tag> tags) {

  /** The model's {@code userNameType}. */
  static final ModelPattern USER_NAME = ModelPattern.of("[\\w+=,.@-]*");

  public GetFederationTokenCommand {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(policies, "policies");
    tags = List.copyOf(tags);
    validate(name, policies, durationSeconds, tags).throwIfInvalid();
    SessionTags.of(tags, List.of(), SessionContext.NONE);
  }

  /** Builds the command from the members as they arrived. */
  public static GetFederationTokenCommand of(
      Caller caller,
      String name,
      String policy,
      List<String> policyArns,
      Integer durationSeconds,
      List<Tag> tags) {
    return new GetFederationTokenCommand(
        caller, name, new SessionPolicyParameters(policy, policyArns), durationSeconds, tags);
  }

  private static ParameterValidation validate(
      String name, SessionPolicyParameters policies, Integer durationSeconds, List<Tag> tags) {
    ParameterValidation validation =
        ParameterValidation.start().required("name", name).text("name", name, 2, 32, USER_NAME);
    policies.check(validation, SessionPolicyParameters.MAX_POLICY_LENGTH);
    validation.range("durationSeconds", durationSeconds, 900, 129600);
    return TagLimits.check(validation, "tags", tags);
  }
}
