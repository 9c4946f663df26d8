package org.opensts.domain.iam;

import java.util.Collection;
import org.opensts.domain.policy.PolicyDocument;

/**
 * How IAM measures policies against its size quotas: characters of the document as given, white
 * space not counted.
 */
final class PolicySize {

  /** The aggregate size of a user's inline policies. */
  static final int USER_INLINE_LIMIT = 2048;

  /** The aggregate size of a role's inline policies. */
  static final int ROLE_INLINE_LIMIT = 10240;

  /** A role trust policy's size (quota {@code ACLSizePerRole}), at its default. */
  static final int TRUST_POLICY_LIMIT = 2048;

  private PolicySize() {}

  static int of(PolicyDocument document) {
    String text = document.text();
    int size = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        size++;
      }
    }
    return size;
  }

  static int of(Collection<PolicyDocument> documents) {
    return documents.stream().mapToInt(PolicySize::of).sum();
  }
}
