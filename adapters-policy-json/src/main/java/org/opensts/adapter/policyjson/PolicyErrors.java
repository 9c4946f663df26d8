package org.opensts.adapter.policyjson;

import org.opensts.domain.error.MalformedPolicyDocumentException;

/**
 * The messages of every malformed-policy error, worded as AWS words them where AWS's wording is
 * known; AWS's generic "Syntax errors in policy." gets a sentence saying what is wrong.
 */
final class PolicyErrors {

  static final String INVALID_JSON = "This policy contains invalid Json";

  private PolicyErrors() {}

  /**
   * Names and values quoted from the policy may hold JSON escapes of characters that IAM does not
   * allow (U+0000, say); they are shown escaped so that every message stays printable and fits XML.
   */
  private static MalformedPolicyDocumentException malformed(String message) {
    StringBuilder shown = new StringBuilder(message.length());
    for (char c : message.toCharArray()) {
      if (PolicyText.isAllowed(c)) {
        shown.append(c);
      } else {
        shown.append(String.format("\\u%04X", (int) c));
      }
    }
    return new MalformedPolicyDocumentException(shown.toString());
  }

  static MalformedPolicyDocumentException invalidJson() {
    return malformed(INVALID_JSON);
  }

  static MalformedPolicyDocumentException duplicateKey(String key) {
    return malformed(INVALID_JSON + ": duplicate key \"" + key + "\"");
  }

  static MalformedPolicyDocumentException tooLarge(int maxCharacters) {
    return malformed("Cannot exceed quota for PolicySize: " + maxCharacters);
  }

  static MalformedPolicyDocumentException invalidCharacter(int codePoint, int index) {
    return malformed(
        String.format(
            "Policy document contains U+%04X at position %d; only U+0009, U+000A, U+000D and"
                + " U+0020 to U+00FF are allowed",
            codePoint, index));
  }

  static MalformedPolicyDocumentException syntax(String detail) {
    return malformed("Syntax errors in policy. " + detail);
  }

  static MalformedPolicyDocumentException legacyParsing(String detail) {
    return malformed("The policy failed legacy parsing. " + detail);
  }

  static MalformedPolicyDocumentException duplicateSid() {
    return malformed("Statement IDs (SID) in a single policy must be unique.");
  }

  static MalformedPolicyDocumentException missingActions() {
    return malformed("Policy statement must contain actions.");
  }

  static MalformedPolicyDocumentException missingResources() {
    return malformed("Policy statement must contain resources.");
  }

  static MalformedPolicyDocumentException actionWithoutVendor() {
    return malformed("Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.");
  }

  static MalformedPolicyDocumentException actionWithSeveralColons() {
    return malformed("Actions/Condition can contain only one colon.");
  }

  static MalformedPolicyDocumentException invalidVendor(String vendor) {
    return malformed("Vendor " + vendor + " is not valid");
  }

  static MalformedPolicyDocumentException resourceNotArn(String resource) {
    return malformed("Resource " + resource + " must be in ARN format or \"*\".");
  }

  static MalformedPolicyDocumentException principalInIdentityPolicy() {
    return malformed("Policy document should not specify a principal.");
  }

  static MalformedPolicyDocumentException noPrincipals() {
    return malformed(
        "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException:"
            + " The passed in policy has a statement with no principals!");
  }

  static MalformedPolicyDocumentException invalidPrincipal(String type, String value) {
    return malformed("Invalid principal in policy: \"" + type + "\":\"" + value + "\"");
  }

  /**
   * An operator name that is not a known operator with an optional set qualifier and IfExists. The
   * detail is worded as AWS words it for bucket policies; IAM itself answers only "Syntax errors in
   * policy."
   */
  static MalformedPolicyDocumentException invalidConditionType(String operatorName) {
    return syntax("Invalid Condition type : " + operatorName);
  }
}
