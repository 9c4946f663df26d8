package org.opensts.adapter.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Options;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Trace;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import org.opensts.adapter.http.iam.IamApi;
import org.opensts.adapter.http.sts.StsApi;
import org.opensts.application.port.in.admission.AdmitRequestResult;
import org.opensts.application.port.in.admission.AdmitRequestUseCase;
import org.opensts.application.port.in.auth.AuthenticateRequestUseCase;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.error.CapacityException;
import org.opensts.domain.error.StsException;
import org.opensts.domain.identity.RandomUuids;
import org.opensts.domain.signature.SignedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The HTTP face of the Query endpoint. Any path and method is accepted, as the path and method are
 * part of what the client signed; the endpoint decides what the request means.
 *
 * <p>A request that only computes (most of STS: signatures, policies, sealing) is served on the
 * event loop that read it: handing it to another thread would cost more than serving it. One that
 * may wait on a disk (the file store's fsync), a database or the network (an identity provider's
 * keys, possibly served by this very server) runs on the blocking pool, so that it stalls no other
 * connection of its event loop.
 */
@Controller
final class QueryController {

  private static final String TEXT_XML = "text/xml";

  /** The MDC key of the request id, the one the response carries in {@code x-amzn-RequestId}. */
  static final String REQUEST_ID = "requestId";

  /** One line per request at DEBUG. */
  private static final Logger REQUEST_LOG = LoggerFactory.getLogger("org.opensts.requests");

  private final QueryEndpoint endpoint;
  private final AdmitRequestUseCase admission;
  private final RequestMetrics metrics;
  private final Executor blocking;

  /** STS comes first: it answers requests whose Version names no API. */
  QueryController(
      AuthenticateRequestUseCase authenticateRequest,
      StsApi sts,
      IamApi iam,
      AdmitRequestUseCase admission,
      RequestMetrics metrics,
      QueryAudit audit,
      @Named(TaskExecutors.BLOCKING) Executor blocking) {
    this.endpoint = new QueryEndpoint(authenticateRequest, List.of(sts, iam), audit);
    this.admission = admission;
    this.metrics = metrics;
    this.blocking = blocking;
  }

  @Post(
      uris = {"/", "/{+path}"},
      consumes = MediaType.ALL,
      produces = TEXT_XML)
  CompletionStage<HttpResponse<String>> post(HttpRequest<?> request, @Nullable @Body byte[] body) {
    return handle(request, body);
  }

  @Get(
      uris = {"/", "/{+path}"},
      produces = TEXT_XML)
  CompletionStage<HttpResponse<String>> get(HttpRequest<?> request) {
    return handle(request, null);
  }

  @Put(
      uris = {"/", "/{+path}"},
      consumes = MediaType.ALL,
      produces = TEXT_XML)
  CompletionStage<HttpResponse<String>> put(HttpRequest<?> request, @Nullable @Body byte[] body) {
    return handle(request, body);
  }

  @Delete(
      uris = {"/", "/{+path}"},
      consumes = MediaType.ALL,
      produces = TEXT_XML)
  CompletionStage<HttpResponse<String>> delete(
      HttpRequest<?> request, @Nullable @Body byte[] body) {
    return handle(request, body);
  }

  @Patch(
      uris = {"/", "/{+path}"},
      consumes = MediaType.ALL,
      produces = TEXT_XML)
  CompletionStage<HttpResponse<String>> patch(HttpRequest<?> request, @Nullable @Body byte[] body) {
    return handle(request, body);
  }

  @Options(
      uris = {"/", "/{+path}"},
      consumes = MediaType.ALL)
  CompletionStage<HttpResponse<String>> options(
      HttpRequest<?> request, @Nullable @Body byte[] body) {
    return handle(request, body);
  }

  @Trace(uris = {"/", "/{+path}"})
  CompletionStage<HttpResponse<String>> trace(HttpRequest<?> request) {
    return handle(request, null);
  }

  /** Renders an error that stopped the request before it reached the endpoint. */
  MutableHttpResponse<String> error(StsException e) {
    return respond(endpoint.error(e, newRequestId()));
  }

  /** Renders a failure of the HTTP layer itself, known only by its status. */
  MutableHttpResponse<String> frameworkError(int status) {
    return respond(endpoint.frameworkError(status, newRequestId()));
  }

  private CompletionStage<HttpResponse<String>> handle(HttpRequest<?> request, byte[] body) {
    SignedRequest signed =
        new SignedRequest(
            request.getMethodName(),
            request.getUri().getRawPath(),
            request.getUri().getRawQuery(),
            headers(request),
            body);
    if (endpoint.mayWait(signed)) {
      return CompletableFuture.supplyAsync(() -> served(request, signed), blocking);
    }
    return CompletableFuture.completedFuture(served(request, signed));
  }

  private HttpResponse<String> served(HttpRequest<?> request, SignedRequest signed) {
    String requestId = newRequestId();
    long start = System.nanoTime();
    MDC.put(REQUEST_ID, requestId);
    try {
      WireResponse response = admitted(request, signed, requestId);
      long elapsed = System.nanoTime() - start;
      metrics.record(response, elapsed);
      REQUEST_LOG
          .atDebug()
          .addKeyValue("method", request.getMethodName())
          .addKeyValue("action", response.action())
          .addKeyValue("status", response.status())
          .addKeyValue("errorCode", response.errorCode())
          .addKeyValue("durationMs", elapsed / 1_000_000)
          .addKeyValue("requestId", requestId)
          .log("request");
      return respond(response);
    } finally {
      MDC.remove(REQUEST_ID);
    }
  }

  private WireResponse admitted(HttpRequest<?> request, SignedRequest signed, String requestId) {
    try (AdmitRequestResult admitted = admission.admit(ClaimedAccessKey.admission(request))) {
      return endpoint.handle(signed, origin(request), requestId);
    } catch (CapacityException e) {
      return endpoint.refuse(e, signed, origin(request), requestId);
    }
  }

  private static RequestOrigin origin(HttpRequest<?> request) {
    return new RequestOrigin(
        request.getRemoteAddress().getAddress().getHostAddress(),
        request.isSecure(),
        request.getHeaders().get("User-Agent"));
  }

  private static Map<String, List<String>> headers(HttpRequest<?> request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    request.getHeaders().forEach((name, values) -> headers.put(name, new ArrayList<>(values)));
    return headers;
  }

  private static MutableHttpResponse<String> respond(WireResponse response) {
    return HttpResponse.<String>status(io.micronaut.http.HttpStatus.valueOf(response.status()))
        .contentType(TEXT_XML)
        .header("x-amzn-RequestId", response.requestId())
        .body(response.body());
  }

  private static String newRequestId() {
    return RandomUuids.next(ThreadLocalRandom.current());
  }
}
