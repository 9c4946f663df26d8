package org.opensts.domain.credential;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.identity.Tag;

/**
 * How much of a session token's room its session policies and tags take, as the percentage AWS
 * reports as {@code PackedPolicySize}. AWS compresses them "into a packed binary format that has a
 * separate limit" without documenting either; here they are deflated (policies without the white
 * space that policy sizes never count) against a limit calibrated so that the example policy of
 * AWS's documentation packs to the 8% AWS shows for it.
 */
public final class PackedPolicySize {

  /** Bytes of deflated policies and tags a session may carry. */
  static final int LIMIT_BYTES = 1280;

  private PackedPolicySize() {}

  /**
   * The percentage, rounded up.
   *
   * @throws InvalidRequestException {@code PackedPolicyTooLarge} above 100%, naming the tags when
   *     they take more room than the policies, as AWS's two messages do
   */
  public static int of(List<String> policies, List<String> policyArns, List<Tag> tags) {
    int policyBytes = packed(policyText(policies, policyArns));
    int tagBytes = packed(tagText(tags));
    int total = packed(policyText(policies, policyArns) + tagText(tags));
    int percent = percent(total);
    if (percent > 100) {
      throw InvalidRequestException.packedPolicyTooLarge(
          tagBytes > policyBytes
              ? "Packed size of session tags consumes " + percent + "% of allotted space."
              : "Packed policy consumes "
                  + percent
                  + "% of allotted space, please use smaller"
                  + " policy.");
    }
    return percent;
  }

  private static int percent(int bytes) {
    return (int) Math.ceil(bytes * 100.0 / LIMIT_BYTES);
  }

  private static String policyText(List<String> policies, List<String> policyArns) {
    StringBuilder text = new StringBuilder();
    policies.forEach(policy -> text.append(withoutWhiteSpace(policy)));
    policyArns.forEach(arn -> text.append(arn).append('\n'));
    return text.toString();
  }

  private static String tagText(List<Tag> tags) {
    StringBuilder text = new StringBuilder();
    tags.forEach(tag -> text.append(tag.key()).append('=').append(tag.value()).append('\n'));
    return text.toString();
  }

  /** White space outside JSON strings, which policy size limits do not count. */
  static String withoutWhiteSpace(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\' && i + 1 < json.length()) {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int packed(String text) {
    return text.isEmpty() ? 0 : Deflate.deflate(text.getBytes(StandardCharsets.UTF_8)).length;
  }
}
