package org.opensts.adapter.grpc;

import io.grpc.Metadata;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The access key id a call's authorization header names, read before anything is verified. */
final class ClaimedAccessKey {

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of(GrpcSigning.AUTHORIZATION, Metadata.ASCII_STRING_MARSHALLER);
  private static final Pattern CREDENTIAL = Pattern.compile("Credential=([A-Za-z0-9]{1,128})/");

  private ClaimedAccessKey() {}

  /** The key the call claims; empty for an unsigned call. */
  static Optional<String> of(Metadata headers) {
    String authorization = headers.get(AUTHORIZATION);
    if (authorization == null) {
      return Optional.empty();
    }
    Matcher matcher = CREDENTIAL.matcher(authorization);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
