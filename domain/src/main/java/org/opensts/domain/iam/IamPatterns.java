package org.opensts.domain.iam;

import org.opensts.domain.error.ModelPattern;

/** The member patterns of AWS's IAM API model, quoted by its validation messages. */
public final class IamPatterns {

  public static final ModelPattern ENTITY_NAME = ModelPattern.of("[\\w+=,.@-]+");
  public static final ModelPattern PATH =
      ModelPattern.of("(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)");
  public static final ModelPattern PATH_PREFIX = ModelPattern.of("\\u002F[\\u0021-\\u007F]*");
  public static final ModelPattern MARKER = ModelPattern.of("[\\u0020-\\u00FF]+");
  public static final ModelPattern ACCESS_KEY_ID = ModelPattern.of("[\\w]+");
  public static final ModelPattern POLICY_DOCUMENT =
      ModelPattern.of("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
  public static final ModelPattern ROLE_DESCRIPTION =
      ModelPattern.of("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*");

  private IamPatterns() {}
}
