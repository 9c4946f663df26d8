package org.opensts.adapter.policyjson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opensts.domain.policy.PolicyKind;
import org.opensts.domain.policy.PrincipalClause;

/**
 * A statement's Principal or NotPrincipal: required in trust policies, forbidden in identity
 * policies.
 */
final class PrincipalParser {

  private static final Set<String> PRINCIPAL_TYPES =
      Set.of(PrincipalClause.AWS, "Federated", "Service", "CanonicalUser");

  private static final String NAME = "[\\w+=,.@-]+";
  private static final String ACCOUNT = "\\d{12}";

  /**
   * The AWS principals a trust policy may name: everyone, an account, the account root, a user, a
   * role or a role session. Wildcards inside a name are not allowed.
   */
  private static final Pattern AWS_PRINCIPAL =
      Pattern.compile(
          String.join(
              "|",
              "\\*",
              ACCOUNT,
              "arn:aws:iam::" + ACCOUNT + ":root",
              "arn:aws:iam::" + ACCOUNT + ":(?:user|role)/(?:" + NAME + "/)*" + NAME,
              "arn:aws:sts::" + ACCOUNT + ":assumed-role/" + NAME + "/" + NAME));

  private PrincipalParser() {}

  static PrincipalClause parse(JsonNode statement, PolicyKind kind) {
    JsonNode principal = statement.get("Principal");
    JsonNode notPrincipal = statement.get("NotPrincipal");
    if (principal != null && notPrincipal != null) {
      throw PolicyErrors.syntax("A statement cannot have both Principal and NotPrincipal.");
    }
    if (kind == PolicyKind.IDENTITY) {
      if (principal != null || notPrincipal != null) {
        throw PolicyErrors.principalInIdentityPolicy();
      }
      return PrincipalClause.ABSENT;
    }
    if (principal == null && notPrincipal == null) {
      throw PolicyErrors.noPrincipals();
    }
    boolean negated = notPrincipal != null;
    Map<String, List<String>> values =
        values(negated ? notPrincipal : principal, negated ? "NotPrincipal" : "Principal");
    if (values.values().stream().allMatch(List::isEmpty)) {
      throw PolicyErrors.noPrincipals();
    }
    for (String value : values.getOrDefault(PrincipalClause.AWS, List.of())) {
      if (!AWS_PRINCIPAL.matcher(value).matches()) {
        throw PolicyErrors.invalidPrincipal(PrincipalClause.AWS, value);
      }
    }
    return negated ? PrincipalClause.notPrincipal(values) : PrincipalClause.principal(values);
  }

  /** {@code "*"} stands for every AWS principal; otherwise principal values keyed by type. */
  private static Map<String, List<String>> values(JsonNode node, String element) {
    if (node.isTextual() && node.textValue().equals("*")) {
      return PrincipalClause.EVERYONE.values();
    }
    if (!node.isObject()) {
      throw PolicyErrors.syntax(element + " must be \"*\" or an object of principal types.");
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String type = entry.getKey();
      if (!PRINCIPAL_TYPES.contains(type)) {
        throw PolicyErrors.syntax(
            "Unknown principal type \""
                + type
                + "\" in "
                + element
                + "; expected AWS, Federated, Service or CanonicalUser.");
      }
      values.put(type, JsonValues.stringOrStrings(entry.getValue(), element + "." + type));
    }
    return values;
  }
}
