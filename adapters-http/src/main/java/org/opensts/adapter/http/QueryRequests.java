package org.opensts.adapter.http;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.opensts.adapter.http.iam.IamApi;
import org.opensts.adapter.http.sts.StsApi;
import org.opensts.application.port.in.admission.AdmitRequestCommand;
import org.opensts.application.port.in.admission.AdmitRequestResult;
import org.opensts.application.port.in.admission.AdmitRequestUseCase;
import org.opensts.application.port.in.auth.AuthenticateRequestUseCase;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.error.CapacityException;
import org.opensts.domain.error.StsException;
import org.opensts.domain.identity.RandomUuids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Serves one Query request as it came off the wire, whichever HTTP path carried it (the fast lane
 * or the controller): the per-key limits, the endpoint, metrics and the request log.
 */
@Singleton
final class QueryRequests {

  /** The MDC key of the request id, the one the response carries in {@code x-amzn-RequestId}. */
  private static final String REQUEST_ID = "requestId";

  /** One line per request at DEBUG. */
  private static final Logger REQUEST_LOG = LoggerFactory.getLogger("org.opensts.requests");

  private final QueryEndpoint endpoint;
  private final AdmitRequestUseCase admission;
  private final RequestMetrics metrics;

  /** STS comes first: it answers requests whose Version names no API. */
  QueryRequests(
      AuthenticateRequestUseCase authenticateRequest,
      StsApi sts,
      IamApi iam,
      AdmitRequestUseCase admission,
      RequestMetrics metrics,
      QueryAudit audit) {
    this.endpoint = new QueryEndpoint(authenticateRequest, List.of(sts, iam), audit);
    this.admission = admission;
    this.metrics = metrics;
  }

  /** Whether serving the request may wait on a disk, a database or the network. */
  boolean mayWait(QueryRequest request) {
    return endpoint.mayWait(request);
  }

  /** The response to the request; every outcome, refusals and failures included, is one. */
  WireResponse serve(QueryRequest request, RequestOrigin origin) {
    String requestId = newRequestId();
    long start = System.nanoTime();
    MDC.put(REQUEST_ID, requestId);
    try {
      WireResponse response = admitted(request, origin, requestId);
      long elapsed = System.nanoTime() - start;
      metrics.record(response, elapsed);
      REQUEST_LOG
          .atDebug()
          .addKeyValue("method", request.signed().method())
          .addKeyValue("action", response.action())
          .addKeyValue("status", response.status())
          .addKeyValue("errorCode", response.errorCode())
          .addKeyValue("durationMs", elapsed / 1_000_000)
          .addKeyValue("requestId", requestId)
          .log("request");
      return response;
    } finally {
      MDC.remove(REQUEST_ID);
    }
  }

  /** Renders an error that stopped the request before it reached the endpoint. */
  WireResponse error(StsException e) {
    return endpoint.error(e, newRequestId());
  }

  /** Renders a failure of the HTTP layer itself, known only by its status. */
  WireResponse frameworkError(int status) {
    return endpoint.frameworkError(status, newRequestId());
  }

  private WireResponse admitted(QueryRequest request, RequestOrigin origin, String requestId) {
    try (AdmitRequestResult admitted =
        admission.admit(new AdmitRequestCommand(ClaimedAccessKey.of(request.signed())))) {
      return endpoint.handle(request, origin, requestId);
    } catch (CapacityException e) {
      return endpoint.refuse(e, request.signed(), origin, requestId);
    }
  }

  private static String newRequestId() {
    return RandomUuids.next(ThreadLocalRandom.current());
  }
}
