package org.opensts.domain.iam;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.identity.TagLimits;

/**
 * IAM's rules for the tags of a user or role: at most 50, keys unique regardless of case (within
 * one request a repeated key is refused; a tag added later with a key in another case replaces the
 * first), and no keys in the {@code aws:} namespace.
 */
public final class TagSet {

  public static final int MAX_TAGS = TagLimits.MAX_TAGS;

  private TagSet() {}

  /** Checks tags as a request gives them; {@code member} names the list, such as {@code tags}. */
  public static void validate(String member, List<Tag> tags) {
    TagLimits.check(ParameterValidation.start(), member, tags).throwIfInvalid();
    Set<String> keys = new HashSet<>();
    for (Tag tag : tags) {
      if (!keys.add(tag.key().toLowerCase(Locale.ROOT))) {
        throw InvalidRequestException.invalidInput(
            "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
      }
    }
    for (Tag tag : tags) {
      if (tag.key().toLowerCase(Locale.ROOT).startsWith("aws:")) {
        throw InvalidRequestException.invalidInput(
            "User and role tag keys cannot start with the reserved prefix 'aws:'.");
      }
    }
  }

  /** The tags after adding some: a key present in any case is replaced, and 50 is the most. */
  public static List<Tag> merge(List<Tag> existing, List<Tag> added, String quota) {
    List<Tag> merged = new ArrayList<>(existing);
    for (Tag tag : added) {
      merged.removeIf(old -> old.key().equalsIgnoreCase(tag.key()));
      merged.add(tag);
    }
    if (merged.size() > MAX_TAGS) {
      throw EntityException.limitExceeded(quota, MAX_TAGS);
    }
    return List.copyOf(merged);
  }

  /** The tags without the given keys, compared regardless of case; unknown keys are ignored. */
  public static List<Tag> remove(List<Tag> existing, Collection<String> keys) {
    return existing.stream()
        .filter(tag -> keys.stream().noneMatch(k -> k.equalsIgnoreCase(tag.key())))
        .toList();
  }
}
