package org.opensts.domain.credential;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.identity.TagLimits;

/**
 * The tags of a new session: those the request passes, checked as STS checks them, and the caller
 * session's transitive tags, which pass on unchanged and cannot be overridden.
 *
 * @param requested the tags the request passed, as it passed them
 * @param tags all the new session's tags: requested and inherited
 * @param transitiveTagKeys the new session's transitive keys: requested and inherited
 */
public record SessionTags(List<Tag> requested, List<Tag> tags, List<String> transitiveTagKeys) {

  public static final SessionTags NONE = new SessionTags(List.of(), List.of(), List.of());

  public SessionTags {
    requested = List.copyOf(requested);
    tags = List.copyOf(tags);
    transitiveTagKeys = List.copyOf(transitiveTagKeys);
  }

  /**
   * @param caller the calling session's context, {@link SessionContext#NONE} for long-term keys
   * @throws InvalidRequestException {@code ValidationError} for the model's limits, {@code
   *     InvalidParameterValue} for keys repeated regardless of case, in the {@code aws:} namespace,
   *     transitive without being passed, or overriding an inherited transitive tag
   */
  public static SessionTags of(
      List<Tag> requested, List<String> transitiveTagKeys, SessionContext caller) {
    ParameterValidation validation =
        TagLimits.check(ParameterValidation.start(), "tags", requested);
    validation.size("transitiveTagKeys", transitiveTagKeys, TagLimits.MAX_TAGS);
    for (int i = 0; i < transitiveTagKeys.size(); i++) {
      validation.text(
          "transitiveTagKeys." + (i + 1) + ".member",
          transitiveTagKeys.get(i),
          1,
          128,
          TagLimits.KEY);
    }
    validation.throwIfInvalid();
    Set<String> keys = new HashSet<>();
    for (Tag tag : requested) {
      if (!keys.add(lower(tag.key()))) {
        throw InvalidRequestException.invalidParameterValue(
            "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
      }
      if (lower(tag.key()).startsWith("aws:")) {
        throw InvalidRequestException.invalidParameterValue(
            "Tag keys cannot start with the reserved prefix 'aws:'.");
      }
    }
    for (String key : transitiveTagKeys) {
      if (!keys.contains(lower(key))) {
        throw InvalidRequestException.invalidParameterValue(
            "The specified transitive tag key must be included in the requested tags.");
      }
    }
    for (Tag tag : requested) {
      if (caller.isTransitive(tag.key())) {
        throw InvalidRequestException.invalidParameterValue(
            "One of the specified transitive tag keys can't be set because it conflicts with a"
                + " transitive tag key from the calling session.");
      }
    }
    List<Tag> all = new ArrayList<>(requested);
    all.addAll(caller.transitiveTags());
    List<String> transitive = new ArrayList<>(transitiveTagKeys);
    transitive.addAll(caller.transitiveTagKeys());
    return new SessionTags(requested, all, transitive);
  }

  private static String lower(String key) {
    return key.toLowerCase(Locale.ROOT);
  }
}
