package org.opensts.adapter.policyjson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The value shapes the policy grammar allows: a string, or an array of strings. */
final class JsonValues {

  private JsonValues() {}

  /** A string or an array of strings, as a list; an empty array gives an empty list. */
  static List<String> stringOrStrings(JsonNode node, String element) {
    if (node.isTextual()) {
      return List.of(node.textValue());
    }
    if (!node.isArray()) {
      throw PolicyErrors.syntax(element + " must be a string or an array of strings.");
    }
    List<String> values = new ArrayList<>(node.size());
    for (JsonNode item : node) {
      if (!item.isTextual()) {
        throw PolicyErrors.syntax(element + " must be a string or an array of strings.");
      }
      values.add(item.textValue());
    }
    return values;
  }

  /** The element names of an object, in document order. */
  static List<String> elementNames(JsonNode object) {
    List<String> names = new ArrayList<>(object.size());
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static String string(JsonNode node, String element) {
    if (!node.isTextual()) {
      throw PolicyErrors.syntax(element + " must be a string.");
    }
    return node.textValue();
  }
}
