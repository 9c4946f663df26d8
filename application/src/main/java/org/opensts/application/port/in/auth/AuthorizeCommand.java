package org.opensts.application.port.in.auth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ModelPattern;
import org.opensts.domain.error.ParameterValidation;

/**
 * A question an internal service asks about a request it received from an authenticated caller.
 *
 * @param action the one action requested, {@code service:Action}, such as {@code s3:ListBucket}
 * @param resource the ARN (or {@code *}) of the resource acted on
 * @param contextKeys the condition keys the service adds to the caller's own, such as {@code
 *     s3:prefix}; empty when it adds none
 * @param resourcePolicy the resource's policy JSON, which must name principals; null when the
 *     resource has none
 * @param resourceAccount the 12-digit account owning the resource; null for the caller's account
 */
public record AuthorizeCommand(
    Caller caller,
    String action,
    String resource,
    Map<String, List<String>> contextKeys,
    String resourcePolicy,
    String resourceAccount) {

  static final ModelPattern ACTION = ModelPattern.of("[a-zA-Z0-9-]+:[a-zA-Z0-9]+");
  static final ModelPattern ACCOUNT = ModelPattern.of("[0-9]{12}");

  public AuthorizeCommand {
    Objects.requireNonNull(caller, "caller");
    ParameterValidation.start()
        .required("action", action)
        .text("action", action, 3, 128, ACTION)
        .required("resource", resource)
        .length("resource", resource, 1, 2048)
        .text("resourceAccount", resourceAccount, 12, 12, ACCOUNT)
        .throwIfInvalid();
    contextKeys = copyOf(contextKeys);
  }

  /** A request on a resource of the caller's account without a policy or extra keys. */
  public static AuthorizeCommand of(Caller caller, String action, String resource) {
    return new AuthorizeCommand(caller, action, resource, Map.of(), null, null);
  }

  /** Keeps the order the service gave; a key without values is kept, as AWS keeps empty keys. */
  private static Map<String, List<String>> copyOf(Map<String, List<String>> keys) {
    if (keys == null) {
      return Map.of();
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    keys.forEach(
        (key, values) -> copy.put(Objects.requireNonNull(key, "context key"), List.copyOf(values)));
    return Collections.unmodifiableMap(copy);
  }
}
