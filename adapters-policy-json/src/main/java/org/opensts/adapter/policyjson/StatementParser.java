package org.opensts.adapter.policyjson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.opensts.domain.error.MalformedPolicyDocumentException;
import org.opensts.domain.policy.ActionClause;
import org.opensts.domain.policy.Condition;
import org.opensts.domain.policy.Effect;
import org.opensts.domain.policy.PolicyKind;
import org.opensts.domain.policy.PolicyPattern;
import org.opensts.domain.policy.PrincipalClause;
import org.opensts.domain.policy.ResourceClause;
import org.opensts.domain.policy.Statement;

/** One statement of a policy: its elements, each checked against AWS's grammar. */
final class StatementParser {

  private static final Set<String> ELEMENTS =
      Set.of(
          "Sid",
          "Effect",
          "Principal",
          "NotPrincipal",
          "Action",
          "NotAction",
          "Resource",
          "NotResource",
          "Condition");

  /** A service prefix: letters, digits, dots and hyphens (for example {@code iam}, {@code s3}). */
  private static final Pattern VENDOR = Pattern.compile("[a-zA-Z0-9.-]+");

  private StatementParser() {}

  /**
   * @param variablesEnabled whether {@code ${…}} in resources and condition values is a policy
   *     variable: AWS reads it literally in policies of version 2008-10-17
   */
  static Statement parse(JsonNode node, PolicyKind kind, boolean variablesEnabled) {
    if (!node.isObject()) {
      throw PolicyErrors.syntax("Each Statement must be an object.");
    }
    for (String element : JsonValues.elementNames(node)) {
      if (!ELEMENTS.contains(element)) {
        throw PolicyErrors.syntax("Unknown element \"" + element + "\" in a statement.");
      }
    }
    String sid = node.has("Sid") ? JsonValues.string(node.get("Sid"), "Sid") : "";
    Effect effect = effect(node.get("Effect"));
    ActionClause action = action(node);
    ResourceClause resource = resource(node, kind, variablesEnabled);
    PrincipalClause principal = PrincipalParser.parse(node, kind);
    JsonNode condition = node.get("Condition");
    List<Condition> conditions =
        condition == null ? List.of() : ConditionParser.parse(condition, variablesEnabled);
    return new Statement(sid, effect, principal, action, resource, conditions);
  }

  private static Effect effect(JsonNode node) {
    if (node == null) {
      throw PolicyErrors.syntax("A statement has no Effect.");
    }
    String effect = JsonValues.string(node, "Effect");
    return switch (effect) {
      case "Allow" -> Effect.ALLOW;
      case "Deny" -> Effect.DENY;
      default -> throw unknownEffect(effect);
    };
  }

  /** AWS reads Effect case-insensitively first and case-sensitively later ("legacy parsing"). */
  private static MalformedPolicyDocumentException unknownEffect(String effect) {
    if (effect.equalsIgnoreCase("Allow") || effect.equalsIgnoreCase("Deny")) {
      return PolicyErrors.legacyParsing(
          "Effect is case-sensitive: \"Allow\" or \"Deny\", not \"" + effect + "\".");
    }
    return PolicyErrors.syntax("Effect must be \"Allow\" or \"Deny\", not \"" + effect + "\".");
  }

  private static ActionClause action(JsonNode statement) {
    JsonNode action = statement.get("Action");
    JsonNode notAction = statement.get("NotAction");
    if (action != null && notAction != null) {
      throw PolicyErrors.syntax("A statement cannot have both Action and NotAction.");
    }
    if (action == null && notAction == null) {
      throw PolicyErrors.missingActions();
    }
    boolean negated = notAction != null;
    List<String> patterns =
        JsonValues.stringOrStrings(negated ? notAction : action, negated ? "NotAction" : "Action");
    if (patterns.isEmpty()) {
      throw PolicyErrors.missingActions();
    }
    patterns.forEach(StatementParser::checkAction);
    return negated ? ActionClause.notAction(patterns) : ActionClause.action(patterns);
  }

  /** An action is {@code *} or {@code vendor:name}, where the name may hold wildcards. */
  private static void checkAction(String action) {
    if (action.equals("*")) {
      return;
    }
    int colon = action.indexOf(':');
    if (colon <= 0) {
      throw PolicyErrors.actionWithoutVendor();
    }
    if (action.indexOf(':', colon + 1) >= 0) {
      throw PolicyErrors.actionWithSeveralColons();
    }
    String vendor = action.substring(0, colon);
    if (!vendor.equals("*") && !VENDOR.matcher(vendor).matches()) {
      throw PolicyErrors.invalidVendor(vendor);
    }
  }

  /**
   * A trust policy's resource is the role it is attached to, so it needs no resource element; an
   * identity policy must say what it applies to.
   */
  private static ResourceClause resource(
      JsonNode statement, PolicyKind kind, boolean variablesEnabled) {
    JsonNode resource = statement.get("Resource");
    JsonNode notResource = statement.get("NotResource");
    if (resource != null && notResource != null) {
      throw PolicyErrors.syntax("A statement cannot have both Resource and NotResource.");
    }
    if (resource == null && notResource == null) {
      if (kind == PolicyKind.TRUST) {
        return ResourceClause.ATTACHED_RESOURCE;
      }
      throw PolicyErrors.missingResources();
    }
    boolean negated = notResource != null;
    List<String> patterns =
        JsonValues.stringOrStrings(
            negated ? notResource : resource, negated ? "NotResource" : "Resource");
    if (patterns.isEmpty()) {
      throw PolicyErrors.missingResources();
    }
    patterns.forEach(StatementParser::checkResource);
    return new ResourceClause(
        negated,
        patterns.stream()
            .map(pattern -> PolicyPattern.compile(pattern, variablesEnabled))
            .toList());
  }

  private static void checkResource(String resource) {
    if (!resource.equals("*") && !resource.startsWith("arn:")) {
      throw PolicyErrors.resourceNotArn(resource);
    }
  }
}
