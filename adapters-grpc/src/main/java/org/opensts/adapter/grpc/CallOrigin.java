package org.opensts.adapter.grpc;

import io.grpc.Context;
import org.opensts.domain.credential.RequestOrigin;

/**
 * Where the current call came from, which {@code SigV4ServerInterceptor} puts in every call's
 * Context: the only identity an unsigned federation call has.
 */
final class CallOrigin {

  static final Context.Key<RequestOrigin> KEY = Context.key("opensts-call-origin");

  private CallOrigin() {}

  /**
   * The current call's origin.
   *
   * @throws IllegalStateException when no interceptor saw the call: a wiring mistake, answered as
   *     INTERNAL
   */
  static RequestOrigin current() {
    RequestOrigin origin = KEY.get();
    if (origin == null) {
      throw new IllegalStateException("The call did not pass SigV4ServerInterceptor");
    }
    return origin;
  }
}
