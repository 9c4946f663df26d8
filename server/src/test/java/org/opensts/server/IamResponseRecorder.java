package org.opensts.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Keeps the raw body of the last response an SDK client received, to check what the typed model
 * cannot show, such as a member the SDK would ignore.
 */
final class IamResponseRecorder implements ExecutionInterceptor {

  private volatile String lastBody = "";

  String lastBody() {
    return lastBody;
  }

  @Override
  public Optional<InputStream> modifyHttpResponseContent(
      Context.ModifyHttpResponse context, ExecutionAttributes executionAttributes) {
    return context
        .responseBody()
        .map(
            body -> {
              try (body) {
                byte[] bytes = body.readAllBytes();
                lastBody = new String(bytes, StandardCharsets.UTF_8);
                return new ByteArrayInputStream(bytes);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
