package org.opensts.adapter.http.query;

import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.domain.credential.RequestOrigin;

/**
 * An action AWS serves without a signature (AssumeRoleWithWebIdentity, AssumeRoleWithSAML): the
 * token or assertion it carries is the only proof of who calls.
 */
@FunctionalInterface
public interface UnsignedQueryAction {

  QueryResponse handle(QueryParameters parameters, RequestOrigin origin);
}
