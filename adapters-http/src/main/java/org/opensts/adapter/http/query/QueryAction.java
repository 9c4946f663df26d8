package org.opensts.adapter.http.query;

import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.domain.credential.Caller;

/** One action of a Query API: parameters to a command, the use case, its result to a response. */
@FunctionalInterface
public interface QueryAction {

  QueryResponse handle(QueryParameters parameters, Caller caller);
}
