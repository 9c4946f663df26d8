package org.opensts.domain.identity;

import java.util.List;
import org.opensts.domain.error.ModelPattern;
import org.opensts.domain.error.ParameterValidation;

/** The model's limits on a list of tags, the same for IAM tags and STS session tags. */
public final class TagLimits {

  public static final int MAX_TAGS = 50;

  /** The model's {@code tagKeyType}. */
  public static final ModelPattern KEY = ModelPattern.of("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");

  private static final ModelPattern VALUE = ModelPattern.of("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

  private TagLimits() {}

  /**
   * Adds the checks of count, key and value length and characters; {@code member} names the list.
   */
  public static ParameterValidation check(
      ParameterValidation validation, String member, List<Tag> tags) {
    validation.size(member, tags, MAX_TAGS);
    for (int i = 0; i < tags.size(); i++) {
      Tag tag = tags.get(i);
      String at = member + "." + (i + 1);
      validation
          .text(at + ".member.key", tag.key(), 1, 128, KEY)
          .text(at + ".member.value", tag.value(), 0, 256, VALUE);
    }
    return validation;
  }
}
