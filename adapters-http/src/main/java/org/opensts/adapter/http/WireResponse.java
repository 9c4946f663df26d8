package org.opensts.adapter.http;

/**
 * What goes back on the wire: status, XML body and the request id that both carry; with the action
 * served and the AWS error code, for metrics and the request log.
 *
 * @param action the action the API served, or {@link #UNKNOWN_ACTION} (never the caller's raw text,
 *     so that metrics stay bounded)
 * @param errorCode AWS's error code, or {@link #NO_ERROR} for a success
 */
record WireResponse(int status, String body, String requestId, String action, String errorCode) {

  static final String UNKNOWN_ACTION = "Unknown";
  static final String NO_ERROR = "None";

  WireResponse forAction(String name) {
    return new WireResponse(status, body, requestId, name, errorCode);
  }
}
