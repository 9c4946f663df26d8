package org.opensts.application.service;

import java.util.ArrayList;
import java.util.List;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.application.port.out.PolicyStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.PackedPolicySize;
import org.opensts.domain.credential.SessionPolicyParameters;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.iam.ManagedPolicy;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.policy.PolicyKind;

/**
 * Turns the session policies a request passes into the texts its session will carry: the inline
 * policy, checked against the policy grammar, then the documents of the managed policies, which
 * must be the account's. Their documents are taken as they are now, so a later change of a managed
 * policy does not reach sessions already issued.
 */
final class SessionPolicyResolver {

  private final PolicyDocumentParser parser;
  private final PolicyStore policies;

  SessionPolicyResolver(PolicyDocumentParser parser, PolicyStore policies) {
    this.parser = parser;
    this.policies = policies;
  }

  /** The resolved texts, the inline one first. */
  List<String> resolve(SessionPolicyParameters parameters, AccountId account) {
    List<String> texts = new ArrayList<>();
    if (parameters.policy() != null) {
      parser.parse(parameters.policy(), PolicyKind.IDENTITY);
      texts.add(parameters.policy());
    }
    for (String arn : parameters.policyArns()) {
      ManagedPolicy policy =
          policies
              .find(arn)
              .filter(found -> found.account().equals(account))
              .orElseThrow(
                  () ->
                      InvalidRequestException.invalidParameterValue(
                          "Policy " + arn + " does not exist or is not attachable."));
      texts.add(policy.document().text());
    }
    return List.copyOf(texts);
  }

  /**
   * The packed size of what the request passed: the inline policy, the managed policies' ARNs (AWS
   * packs the ARNs, not their documents) and the tags.
   */
  static int packedSize(SessionPolicyParameters parameters, List<Tag> tags) {
    List<String> inline = parameters.policy() == null ? List.of() : List.of(parameters.policy());
    return PackedPolicySize.of(inline, parameters.policyArns(), tags);
  }
}
