package org.opensts.adapter.http;

import org.opensts.adapter.http.query.QueryParameters;
import org.opensts.domain.error.StsException;
import org.opensts.domain.signature.SignedRequest;

/**
 * A request as signed, with its parameters read once: deciding where to serve it and serving it
 * both need them.
 *
 * @param parameters null when they cannot be read; {@code unreadable} says why
 * @param unreadable the error the request gets when its parameters cannot be read
 */
record QueryRequest(SignedRequest signed, QueryParameters parameters, StsException unreadable) {

  static QueryRequest read(SignedRequest signed) {
    try {
      return new QueryRequest(
          signed,
          QueryParameters.parse(
              signed.rawQuery(), signed.payload(), signed.header("content-type").orElse(null)),
          null);
    } catch (StsException e) {
      return new QueryRequest(signed, null, e);
    }
  }

  /** The parameters, or the error that they cannot be read. */
  QueryParameters readParameters() {
    if (parameters == null) {
      throw unreadable;
    }
    return parameters;
  }
}
