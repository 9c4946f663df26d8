package org.opensts.adapter.policyjson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PolicyKind;
import org.opensts.domain.policy.Statement;

/**
 * Policy document parser: reads IAM policy JSON strictly (no duplicate keys, no trailing content)
 * and enforces AWS's grammar for the policy's kind.
 */
public final class JacksonPolicyDocumentParser implements PolicyDocumentParser {

  static final String VERSION_2012 = "2012-10-17";
  static final String VERSION_2008 = "2008-10-17";

  private static final Set<String> TOP_LEVEL_ELEMENTS = Set.of("Version", "Id", "Statement");

  /**
   * Configured once and never changed afterwards, so it is safe to share between threads. Decimal
   * numbers stay exact decimals, trailing zeros included, so that a numeric condition value such as
   * {@code 1.50} keeps its text.
   */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  @Override
  public PolicyDocument parse(String json, PolicyKind kind) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(kind, "kind");
    PolicyText.check(json);
    JsonNode root = readObject(json);
    for (String element : JsonValues.elementNames(root)) {
      if (!TOP_LEVEL_ELEMENTS.contains(element)) {
        throw PolicyErrors.syntax("Unknown element \"" + element + "\" at the top of the policy.");
      }
    }
    String version = version(root.get("Version"));
    if (root.has("Id")) {
      JsonValues.string(root.get("Id"), "Id");
    }
    // AWS: in a 2008-10-17 policy "variables like ${aws:username} are treated as literal strings".
    boolean variablesEnabled = version.equals(VERSION_2012);
    List<Statement> statements = statements(root.get("Statement"), kind, variablesEnabled);
    requireUniqueSids(statements);
    return new PolicyDocument(version, statements, json);
  }

  private static JsonNode readObject(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonParseException e) {
      throw isDuplicateKey(e)
          ? PolicyErrors.duplicateKey(duplicateKey(e))
          : PolicyErrors.invalidJson();
    } catch (JsonProcessingException e) {
      throw PolicyErrors.invalidJson();
    }
    if (root == null || !root.isObject()) {
      throw PolicyErrors.invalidJson();
    }
    return root;
  }

  /** Jackson reports duplicates as a parse error; the parser still points at the repeated key. */
  private static boolean isDuplicateKey(JsonParseException e) {
    return e.getOriginalMessage().startsWith("Duplicate field") && e.getProcessor() != null;
  }

  private static String duplicateKey(JsonParseException e) {
    try {
      return e.getProcessor().currentName();
    } catch (IOException unreadable) {
      throw PolicyErrors.invalidJson();
    }
  }

  /** AWS reads a policy without a Version as the original 2008-10-17 language. */
  private static String version(JsonNode node) {
    if (node == null) {
      return VERSION_2008;
    }
    if (node.isTextual()
        && (node.textValue().equals(VERSION_2012) || node.textValue().equals(VERSION_2008))) {
      return node.textValue();
    }
    throw PolicyErrors.syntax(
        "Version must be \"" + VERSION_2012 + "\" or \"" + VERSION_2008 + "\", not " + node + ".");
  }

  private static List<Statement> statements(
      JsonNode node, PolicyKind kind, boolean variablesEnabled) {
    if (node == null) {
      throw PolicyErrors.syntax("The policy has no Statement.");
    }
    if (node.isObject()) {
      return List.of(StatementParser.parse(node, kind, variablesEnabled));
    }
    if (!node.isArray() || node.isEmpty()) {
      throw PolicyErrors.syntax("Statement must be an object or a non-empty array of objects.");
    }
    List<Statement> statements = new ArrayList<>(node.size());
    for (JsonNode statement : node) {
      statements.add(StatementParser.parse(statement, kind, variablesEnabled));
    }
    return statements;
  }

  private static void requireUniqueSids(List<Statement> statements) {
    Set<String> seen = new HashSet<>();
    for (Statement statement : statements) {
      if (!statement.sid().isEmpty() && !seen.add(statement.sid())) {
        throw PolicyErrors.duplicateSid();
      }
    }
  }
}
