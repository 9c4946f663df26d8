package org.opensts.adapter.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opensts.adapter.http.error.ErrorResponse;
import org.opensts.adapter.http.error.ErrorTable;
import org.opensts.adapter.http.error.WireError;
import org.opensts.adapter.http.query.QueryAction;
import org.opensts.adapter.http.query.QueryApi;
import org.opensts.adapter.http.query.QueryParameters;
import org.opensts.adapter.http.query.UnsignedQueryAction;
import org.opensts.application.port.in.auth.AuthenticateRequestCommand;
import org.opensts.application.port.in.auth.AuthenticateRequestUseCase;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.error.StsException;
import org.opensts.domain.signature.SignedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One AWS Query endpoint serving several APIs: reads the parameters, authenticates the request
 * (except for the actions AWS serves unsigned), dispatches on {@code Version} and {@code Action},
 * and renders the result or the error as AWS does. Every path ends in an AWS response.
 */
final class QueryEndpoint {

  private static final Logger LOG = LoggerFactory.getLogger(QueryEndpoint.class);
  private static final String NO_VERSION = "NO_VERSION_SPECIFIED";

  private final AuthenticateRequestUseCase authenticator;
  private final Map<String, QueryApi> apis;
  private final QueryApi defaultApi;
  private final QueryAudit audit;

  QueryEndpoint(AuthenticateRequestUseCase authenticator, List<QueryApi> apis, QueryAudit audit) {
    this.authenticator = authenticator;
    this.audit = audit;
    this.apis =
        apis.stream().collect(Collectors.toUnmodifiableMap(QueryApi::version, Function.identity()));
    this.defaultApi = apis.get(0);
  }

  /**
   * Whether serving the request may wait on a disk, a database or the network, as its API says of
   * its action; a request that names none, or cannot be read, is answered at once.
   */
  boolean mayWait(QueryRequest request) {
    QueryParameters parameters = request.parameters();
    if (parameters == null) {
      return false;
    }
    QueryApi api = apis.get(parameters.get("Version").orElse(NO_VERSION));
    return api != null
        && parameters.get("Action").map(action -> api.mayWait(action, parameters)).orElse(false);
  }

  /** Serves the request and records its audit event once the response is known. */
  WireResponse handle(QueryRequest request, RequestOrigin origin, String requestId) {
    QueryAudit.Exchange exchange = new QueryAudit.Exchange(request.signed(), origin);
    WireResponse response = serve(request, origin, requestId, exchange);
    audit.record(exchange, response);
    return response;
  }

  /** Answers a request refused before it was served (a limit), and records it too. */
  WireResponse refuse(
      StsException e, SignedRequest request, RequestOrigin origin, String requestId) {
    QueryAudit.Exchange exchange = new QueryAudit.Exchange(request, origin);
    exchange.failed(e.getMessage());
    WireResponse response = error(e, requestId);
    audit.record(exchange, response);
    return response;
  }

  private WireResponse serve(
      QueryRequest request, RequestOrigin origin, String requestId, QueryAudit.Exchange exchange) {
    QueryApi api = defaultApi;
    String operation = WireResponse.UNKNOWN_ACTION;
    try {
      QueryParameters parameters = request.readParameters();
      exchange.parameters(parameters.asMap());
      String version = parameters.get("Version").orElse(NO_VERSION);
      api = apis.getOrDefault(version, defaultApi);
      exchange.api(api.signingName());
      operation = apis.containsKey(version) ? knownAction(api, parameters) : operation;
      Optional<UnsignedQueryAction> unsigned =
          apis.containsKey(version)
              ? parameters.get("Action").flatMap(api::unsignedAction)
              : Optional.empty();
      if (unsigned.isPresent()) {
        // Unsigned as in AWS: a signature, if any, is not looked at.
        return new WireResponse(
            200,
            unsigned
                .get()
                .handle(parameters, origin)
                .toXml(api.namespace(), requestId, exchange.result(operation)),
            requestId,
            operation,
            WireResponse.NO_ERROR);
      }
      Caller caller =
          authenticator
              .authenticate(
                  new AuthenticateRequestCommand(request.signed(), api.signingName(), origin))
              .caller();
      exchange.caller(caller);
      String actionName =
          parameters
              .get("Action")
              .filter(a -> !a.isEmpty())
              .orElseThrow(InvalidRequestException::missingAction);
      QueryAction action =
          apis.containsKey(version)
              ? api.action(actionName)
                  .orElseThrow(() -> InvalidRequestException.invalidAction(actionName, version))
              : failUnknownVersion(actionName, version);
      return new WireResponse(
          200,
          action
              .handle(parameters, caller)
              .toXml(api.namespace(), requestId, exchange.result(operation)),
          requestId,
          operation,
          WireResponse.NO_ERROR);
    } catch (StsException e) {
      exchange.failed(e.getMessage());
      return error(api, ErrorTable.wire(e.code()), e.getMessage(), requestId).forAction(operation);
    } catch (RuntimeException e) {
      LOG.error("Request {} failed unexpectedly", requestId, e);
      exchange.failed("An internal error has occurred");
      return error(api, WireError.INTERNAL_FAILURE, "An internal error has occurred", requestId)
          .forAction(operation);
    }
  }

  /** The action the request names, if the API serves it; a bounded set for metrics and logs. */
  private static String knownAction(QueryApi api, QueryParameters parameters) {
    return parameters
        .get("Action")
        .filter(name -> api.action(name).isPresent() || api.unsignedAction(name).isPresent())
        .orElse(WireResponse.UNKNOWN_ACTION);
  }

  /** Renders an error outside of a request's processing, such as a body over the size limit. */
  WireResponse error(StsException e, String requestId) {
    return error(defaultApi, ErrorTable.wire(e.code()), e.getMessage(), requestId);
  }

  /**
   * Renders a failure of the HTTP layer: a client fault is a malformed request as AWS names it, a
   * server fault is an internal failure.
   */
  WireResponse frameworkError(int status, String requestId) {
    return status >= 500
        ? error(defaultApi, WireError.INTERNAL_FAILURE, "An internal error has occurred", requestId)
        : error(
            defaultApi,
            WireError.MALFORMED_QUERY_STRING,
            "The query string contains a syntax error.",
            requestId);
  }

  private static QueryAction failUnknownVersion(String action, String version) {
    throw InvalidRequestException.invalidAction(action, version);
  }

  private static WireResponse error(
      QueryApi api, WireError error, String message, String requestId) {
    return new WireResponse(
        error.status(),
        new ErrorResponse(error, message).toXml(api.namespace(), requestId),
        requestId,
        WireResponse.UNKNOWN_ACTION,
        error.code());
  }
}
