package org.opensts.domain.policy;

import java.util.List;
import java.util.Objects;

/**
 * A parsed policy document. The original text is kept because AWS returns documents exactly as they
 * were given.
 */
public record PolicyDocument(String version, List<Statement> statements, String text) {

  public PolicyDocument {
    Objects.requireNonNull(version, "version");
    statements = List.copyOf(statements);
    Objects.requireNonNull(text, "text");
  }
}
