package org.opensts.adapter.http.query;

import java.util.Optional;

/** An AWS Query API served on the endpoint, chosen by the request's {@code Version}. */
public interface QueryApi {

  /** The API version, such as {@code 2011-06-15}. */
  String version();

  /** The XML namespace of its responses. */
  String namespace();

  /** The SigV4 service name its requests are scoped to. */
  String signingName();

  Optional<QueryAction> action(String name);

  /**
   * Whether serving the action may wait on a disk, a database or the network, and so must run off
   * the event loop that read the request.
   */
  boolean mayWait(String action, QueryParameters parameters);

  /** An action served without authentication; none unless the API has such actions. */
  default Optional<UnsignedQueryAction> unsignedAction(String name) {
    return Optional.empty();
  }
}
