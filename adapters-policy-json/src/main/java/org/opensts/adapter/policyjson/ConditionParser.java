package org.opensts.adapter.policyjson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensts.domain.policy.Condition;
import org.opensts.domain.policy.ConditionOperator;
import org.opensts.domain.policy.PolicyPattern;
import org.opensts.domain.policy.SetQualifier;

/**
 * A statement's Condition block, {@code {"<Operator>": {"<key>": value or [values]}}}: one domain
 * condition per operator and key, in document order.
 */
final class ConditionParser {

  private static final String IF_EXISTS = "IfExists";

  private ConditionParser() {}

  /**
   * @param variablesEnabled whether {@code ${…}} in a value is a policy variable (only in policies
   *     of version 2012-10-17, and only for operators that accept variables)
   */
  static List<Condition> parse(JsonNode condition, boolean variablesEnabled) {
    if (!condition.isObject()) {
      throw PolicyErrors.syntax("Condition must be an object.");
    }
    List<Condition> conditions = new ArrayList<>();
    for (Map.Entry<String, JsonNode> block : condition.properties()) {
      String operatorName = block.getKey();
      OperatorName operator = OperatorName.parse(operatorName);
      JsonNode keys = block.getValue();
      if (!keys.isObject()) {
        throw PolicyErrors.syntax(
            "Condition operator " + operatorName + " must be an object of condition keys.");
      }
      if (keys.isEmpty()) {
        throw PolicyErrors.syntax("Condition operator " + operatorName + " has no condition keys.");
      }
      for (Map.Entry<String, JsonNode> key : keys.properties()) {
        List<PolicyPattern> values =
            values(key.getValue(), operatorName, key.getKey()).stream()
                .map(value -> pattern(value, operator.operator(), variablesEnabled))
                .toList();
        conditions.add(
            new Condition(
                operator.operator(),
                operator.qualifier(),
                operator.ifExists(),
                key.getKey(),
                values));
      }
    }
    return conditions;
  }

  /**
   * Which operators take policy variables is the domain's rule; AWS documents them for String, Arn
   * and Bool conditions, and not for Numeric, Date, Binary or IpAddress ones, where {@code ${…}}
   * stays plain text.
   */
  private static PolicyPattern pattern(
      String value, ConditionOperator operator, boolean variablesEnabled) {
    return operator.acceptsVariables()
        ? PolicyPattern.compile(value, variablesEnabled)
        : PolicyPattern.literal(value);
  }

  /** A scalar, or a non-empty array of scalars; a number or boolean is kept as its JSON text. */
  private static List<String> values(JsonNode node, String operatorName, String key) {
    if (node.isArray()) {
      if (node.isEmpty()) {
        throw PolicyErrors.syntax(
            "Condition key " + key + " under " + operatorName + " has no values.");
      }
      List<String> values = new ArrayList<>(node.size());
      for (JsonNode item : node) {
        values.add(scalar(item, operatorName, key));
      }
      return values;
    }
    return List.of(scalar(node, operatorName, key));
  }

  private static String scalar(JsonNode node, String operatorName, String key) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isNumber() || node.isBoolean()) {
      return node.asText();
    }
    throw PolicyErrors.syntax(
        "Condition key "
            + key
            + " under "
            + operatorName
            + " must have a string, number or boolean value, or an array of them.");
  }

  /**
   * An operator as a policy writes it: an optional set qualifier, the operator's name and an
   * optional {@code IfExists}, all matched case-sensitively.
   */
  private record OperatorName(
      SetQualifier qualifier, ConditionOperator operator, boolean ifExists) {

    static OperatorName parse(String name) {
      String rest = name;
      SetQualifier qualifier = SetQualifier.NONE;
      for (SetQualifier candidate : SetQualifier.values()) {
        if (candidate != SetQualifier.NONE && rest.startsWith(candidate.prefix())) {
          qualifier = candidate;
          rest = rest.substring(candidate.prefix().length());
          break;
        }
      }
      boolean ifExists = rest.endsWith(IF_EXISTS);
      if (ifExists) {
        rest = rest.substring(0, rest.length() - IF_EXISTS.length());
      }
      ConditionOperator operator =
          ConditionOperator.named(rest).orElseThrow(() -> PolicyErrors.invalidConditionType(name));
      // AWS: "You can add IfExists to the end of any condition operator name except the Null
      // condition."
      if (ifExists && operator == ConditionOperator.NULL) {
        throw PolicyErrors.invalidConditionType(name);
      }
      return new OperatorName(qualifier, operator, ifExists);
    }
  }
}
