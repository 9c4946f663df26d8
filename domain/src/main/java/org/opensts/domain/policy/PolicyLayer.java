package org.opensts.domain.policy;

import java.util.List;

/**
 * One kind of policy in a request's evaluation, present or not. The difference matters: a role
 * session without session policies is unrestricted by them, while one with session policies that
 * allow nothing may do nothing.
 */
public record PolicyLayer(boolean present, List<PolicyDocument> documents) {

  public static final PolicyLayer ABSENT = new PolicyLayer(false, List.of());

  public PolicyLayer {
    documents = List.copyOf(documents);
    if (!present && !documents.isEmpty()) {
      throw new IllegalArgumentException("An absent layer has no documents");
    }
  }

  public static PolicyLayer of(List<PolicyDocument> documents) {
    return new PolicyLayer(true, documents);
  }

  public static PolicyLayer of(PolicyDocument document) {
    return of(List.of(document));
  }
}
