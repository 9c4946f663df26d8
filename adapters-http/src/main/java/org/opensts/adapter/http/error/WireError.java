package org.opensts.adapter.http.error;

/**
 * How an error looks on the wire.
 *
 * @param status HTTP status
 * @param code AWS error code
 * @param sender true for client faults ({@code <Type>Sender</Type>}), false for server faults
 */
public record WireError(int status, String code, boolean sender) {

  /** The answer to a bug of ours: AWS's generic server fault, never a stack trace. */
  public static final WireError INTERNAL_FAILURE = new WireError(500, "InternalFailure", false);

  /**
   * A request the HTTP layer could not even parse, such as a malformed URI (AWS's common error).
   */
  public static final WireError MALFORMED_QUERY_STRING =
      new WireError(404, "MalformedQueryString", true);
}
