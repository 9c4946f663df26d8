package org.opensts.adapter.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.opensts.domain.error.InvalidRequestException;

/** A body over {@code micronaut.server.max-request-size} gets an AWS error, not Micronaut's JSON. */
@Singleton
@Replaces(ContentLengthExceededHandler.class)
final class BodyTooLargeHandler implements ExceptionHandler<ContentLengthExceededException, HttpResponse<?>> {

  private final QueryController controller;
  private final long limitBytes;

  BodyTooLargeHandler(
      QueryController controller,
      @Value("${micronaut.server.max-request-size:10485760}") long limitBytes) {
    this.controller = controller;
    this.limitBytes = limitBytes;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, ContentLengthExceededException exception) {
    return controller.error(InvalidRequestException.requestEntityTooLarge(limitBytes));
  }
}
