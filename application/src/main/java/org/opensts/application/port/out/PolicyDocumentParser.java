package org.opensts.application.port.out;

import org.opensts.domain.error.MalformedPolicyDocumentException;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PolicyKind;

/** Turns policy JSON into a domain policy document, enforcing the grammar of its kind. */
public interface PolicyDocumentParser {

  /**
   * @throws MalformedPolicyDocumentException saying what is wrong, in AWS's words where AWS has
   *     them
   */
  PolicyDocument parse(String json, PolicyKind kind);
}
