package org.opensts.domain.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A parsed policy document. The original text is kept because AWS returns documents exactly as they
 * were given.
 *
 * <p>Statements are also indexed by the service their actions name ({@code s3} for {@code
 * s3:Get*}), built once here, so that a decision looks only at the statements that can apply to its
 * action instead of at every statement of every policy.
 */
public final class PolicyDocument {

  private final String version;
  private final List<Statement> statements;
  private final String text;
  private final Map<String, List<Statement>> byService;
  private final List<Statement> anyService;

  public PolicyDocument(String version, List<Statement> statements, String text) {
    this.version = Objects.requireNonNull(version, "version");
    this.statements = List.copyOf(statements);
    this.text = Objects.requireNonNull(text, "text");
    this.anyService = this.statements.stream().filter(s -> services(s) == null).toList();
    Set<String> named = new LinkedHashSet<>();
    this.statements.forEach(
        s -> {
          Set<String> services = services(s);
          if (services != null) {
            named.addAll(services);
          }
        });
    Map<String, List<Statement>> index = new HashMap<>();
    for (String service : named) {
      List<Statement> applicable = new ArrayList<>();
      for (Statement statement : this.statements) {
        Set<String> services = services(statement);
        if (services == null || services.contains(service)) {
          applicable.add(statement);
        }
      }
      index.put(service, List.copyOf(applicable));
    }
    this.byService = Map.copyOf(index);
  }

  public String version() {
    return version;
  }

  public List<Statement> statements() {
    return statements;
  }

  public String text() {
    return text;
  }

  /**
   * The statements that may apply to an action of the given service (lower case), in document
   * order: those naming the service, and those whose actions could name any service.
   */
  List<Statement> statementsFor(String lowerCaseService) {
    return byService.getOrDefault(lowerCaseService, anyService);
  }

  /** The services a statement's actions can match, or null when they could match any service. */
  private static Set<String> services(Statement statement) {
    if (statement.action().negated()) {
      return null;
    }
    Set<String> services = new LinkedHashSet<>();
    for (String pattern : statement.action().patterns()) {
      int colon = pattern.indexOf(':');
      String service = colon < 0 ? pattern : pattern.substring(0, colon);
      if (colon < 0 || Wildcard.hasWildcard(service)) {
        return null;
      }
      services.add(service.toLowerCase(Locale.ROOT));
    }
    return services;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PolicyDocument that
        && version.equals(that.version)
        && statements.equals(that.statements)
        && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, statements, text);
  }

  @Override
  public String toString() {
    return "PolicyDocument[version="
        + version
        + ", statements="
        + statements
        + ", text="
        + text
        + "]";
  }
}
