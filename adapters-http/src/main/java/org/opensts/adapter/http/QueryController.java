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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.signature.SignedRequest;

/**
 * The HTTP face of the Query endpoint through Micronaut's router: any path and method is accepted,
 * as the path and method are part of what the client signed; the endpoint decides what the request
 * means. Most requests to {@code /} never come here: {@link QueryFastLane} serves them first.
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

  private final QueryRequests requests;
  private final Executor blocking;

  QueryController(QueryRequests requests, @Named(TaskExecutors.BLOCKING) Executor blocking) {
    this.requests = requests;
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

  private CompletionStage<HttpResponse<String>> handle(HttpRequest<?> request, byte[] body) {
    QueryRequest query =
        QueryRequest.read(
            new SignedRequest(
                request.getMethodName(),
                request.getUri().getRawPath(),
                request.getUri().getRawQuery(),
                headers(request),
                body));
    if (requests.mayWait(query)) {
      return CompletableFuture.supplyAsync(
          () -> respond(requests.serve(query, origin(request))), blocking);
    }
    return CompletableFuture.completedFuture(respond(requests.serve(query, origin(request))));
  }

  private static RequestOrigin origin(HttpRequest<?> request) {
    return new RequestOrigin(
        request.getRemoteAddress().getAddress().getHostAddress(),
        request.isSecure(),
        request.getHeaders().get("User-Agent"));
  }

  private static Map<String, List<String>> headers(HttpRequest<?> request) {
    SignedRequest.HeadersBuilder headers = new SignedRequest.HeadersBuilder(16);
    request
        .getHeaders()
        .forEach((name, values) -> values.forEach(value -> headers.add(name, value)));
    return headers.build();
  }

  static MutableHttpResponse<String> respond(WireResponse response) {
    return HttpResponse.<String>status(io.micronaut.http.HttpStatus.valueOf(response.status()))
        .contentType(TEXT_XML)
        .header("x-amzn-RequestId", response.requestId())
        .body(response.body());
  }
}
