package org.opensts.domain.authorization;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.opensts.domain.policy.ConditionKeys;
import org.opensts.domain.policy.Decision;
import org.opensts.domain.policy.PolicyPattern;
import org.opensts.domain.policy.RequestContext;
import org.opensts.domain.policy.Statement;

/**
 * Why a request was decided as it was: what a service encodes when it denies a request, and what
 * STS DecodeAuthorizationMessage gives back as JSON.
 */
public record AuthorizationMessage(
    boolean allowed,
    boolean explicitDeny,
    List<MatchedStatement> matchedStatements,
    List<String> failures,
    Context context) {

  public AuthorizationMessage {
    matchedStatements = List.copyOf(matchedStatements);
    failures = List.copyOf(failures);
    Objects.requireNonNull(context, "context");
  }

  /**
   * A statement that decided the request, with its elements as the policy writes them. {@code
   * statementId} is empty when the statement has no {@code Sid}; {@code effect} is {@code ALLOW} or
   * {@code DENY}.
   */
  public record MatchedStatement(
      String statementId,
      String effect,
      List<String> principals,
      List<String> actions,
      List<String> resources,
      List<ConditionEntry> conditions) {

    public MatchedStatement {
      Objects.requireNonNull(statementId, "statementId");
      Objects.requireNonNull(effect, "effect");
      principals = List.copyOf(principals);
      actions = List.copyOf(actions);
      resources = List.copyOf(resources);
      conditions = List.copyOf(conditions);
    }

    /**
     * The statement's elements as written. {@code NotPrincipal}, {@code NotAction} and {@code
     * NotResource} show their values too, as AWS's format has no place for the negation.
     */
    static MatchedStatement of(Statement statement) {
      return new MatchedStatement(
          statement.sid(),
          statement.effect().name().toUpperCase(Locale.ROOT),
          statement.principal().values().entrySet().stream()
              .sorted(Map.Entry.comparingByKey())
              .flatMap(entry -> entry.getValue().stream())
              .toList(),
          statement.action().patterns(),
          sources(statement.resource().patterns()),
          statement.conditions().stream()
              .map(condition -> new ConditionEntry(condition.key(), sources(condition.values())))
              .toList());
    }

    private static List<String> sources(List<PolicyPattern> patterns) {
      return patterns.stream().map(PolicyPattern::source).toList();
    }
  }

  /** The request as the decision saw it: who, which action on which resource, and its keys. */
  public record Context(
      String principalId,
      String principalArn,
      String action,
      String resource,
      List<ConditionEntry> conditions) {

    public Context {
      Objects.requireNonNull(principalId, "principalId");
      Objects.requireNonNull(principalArn, "principalArn");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(resource, "resource");
      conditions = List.copyOf(conditions);
    }

    static Context of(RequestContext request) {
      ConditionKeys keys = request.keys();
      return new Context(
          request.principal().userId(),
          request.principal().arn().toString(),
          request.action(),
          request.resource(),
          keys.names().stream().map(name -> new ConditionEntry(name, keys.values(name))).toList());
    }
  }

  /** A condition key and its values, of a statement or of the request. */
  public record ConditionEntry(String key, List<String> values) {

    public ConditionEntry {
      Objects.requireNonNull(key, "key");
      values = List.copyOf(values);
    }
  }

  /** The message for a decision about a request; the policy evaluator records no failures. */
  public static AuthorizationMessage from(Decision decision, RequestContext request) {
    return new AuthorizationMessage(
        decision.isAllowed(),
        decision.isExplicitDeny(),
        decision.decidingStatements().stream().map(MatchedStatement::of).toList(),
        List.of(),
        Context.of(request));
  }

  /**
   * The message in AWS's current format, compact: every list is an object holding {@code items},
   * and every string item an object holding {@code value}.
   */
  public String toJson() {
    JsonWriter json = new JsonWriter().beginObject();
    json.name("allowed").value(allowed).name("explicitDeny").value(explicitDeny);
    items(json, "matchedStatements", matchedStatements, AuthorizationMessage::writeStatement);
    values(json, "failures", failures);
    json.name("context").beginObject();
    json.name("principal").beginObject();
    json.name("id").value(context.principalId()).name("arn").value(context.principalArn());
    json.endObject();
    json.name("action").value(context.action()).name("resource").value(context.resource());
    items(json, "conditions", context.conditions(), AuthorizationMessage::writeCondition);
    return json.endObject().endObject().toString();
  }

  private static void writeStatement(JsonWriter json, MatchedStatement statement) {
    json.name("statementId").value(statement.statementId());
    json.name("effect").value(statement.effect());
    values(json, "principals", statement.principals());
    // IAM groups never appear in this server's policies; AWS keeps the member, empty.
    values(json, "principalGroups", List.of());
    values(json, "actions", statement.actions());
    values(json, "resources", statement.resources());
    items(json, "conditions", statement.conditions(), AuthorizationMessage::writeCondition);
  }

  private static void writeCondition(JsonWriter json, ConditionEntry condition) {
    json.name("key").value(condition.key());
    values(json, "values", condition.values());
  }

  private static void values(JsonWriter json, String name, List<String> values) {
    items(json, name, values, (writer, value) -> writer.name("value").value(value));
  }

  /** {@code "name":{"items":[{…},…]}}, each item's members written by {@code members}. */
  private static <T> void items(
      JsonWriter json, String name, List<T> items, BiConsumer<JsonWriter, T> members) {
    json.name(name).beginObject().name("items").beginArray();
    for (T item : items) {
      json.beginObject();
      members.accept(json, item);
      json.endObject();
    }
    json.endArray().endObject();
  }
}
