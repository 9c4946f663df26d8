package org.opensts.adapter.grpc;

import io.grpc.Context;
import org.opensts.domain.credential.Caller;

/** The caller that {@code SigV4ServerInterceptor} authenticated, carried in the call's Context. */
final class AuthenticatedCaller {

  static final Context.Key<Caller> KEY = Context.key("opensts-authenticated-caller");

  private AuthenticatedCaller() {}

  /**
   * The current call's caller.
   *
   * @throws IllegalStateException when no interceptor authenticated the call: a wiring mistake,
   *     answered as INTERNAL rather than served unauthenticated
   */
  static Caller current() {
    Caller caller = KEY.get();
    if (caller == null) {
      throw new IllegalStateException("The call was not authenticated by SigV4ServerInterceptor");
    }
    return caller;
  }
}
