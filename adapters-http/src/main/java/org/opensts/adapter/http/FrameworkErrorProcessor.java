package org.opensts.adapter.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.TooLongFrameException;
import jakarta.inject.Singleton;
import org.opensts.domain.error.InvalidRequestException;

/**
 * Errors the framework raises before a request reaches the controller (a body over {@code
 * micronaut.server.max-request-size}, a malformed URI) still get AWS's XML envelope, never
 * Micronaut's JSON.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class FrameworkErrorProcessor implements ErrorResponseProcessor<String> {

  private final QueryRequests requests;
  private final long maxRequestSize;
  private final long maxHeaderSize;

  FrameworkErrorProcessor(
      QueryRequests requests,
      @Value("${micronaut.server.max-request-size:10485760}") long maxRequestSize,
      @Value("${micronaut.server.netty.max-header-size:8192}") long maxHeaderSize) {
    this.requests = requests;
    this.maxRequestSize = maxRequestSize;
    this.maxHeaderSize = maxHeaderSize;
  }

  @Override
  public MutableHttpResponse<String> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    if (response.getStatus() == HttpStatus.REQUEST_ENTITY_TOO_LARGE) {
      // Netty refuses a request line or header section over micronaut.server.netty.max-header-size.
      boolean headers =
          context.getRequest() instanceof NettyHttpRequest<?> netty
              && netty.getNativeRequest().decoderResult().cause() instanceof TooLongFrameException;
      return QueryController.respond(
          requests.error(
              headers
                  ? InvalidRequestException.requestHeaderTooLarge(maxHeaderSize)
                  : InvalidRequestException.requestEntityTooLarge(maxRequestSize)));
    }
    return QueryController.respond(requests.frameworkError(response.code()));
  }
}
