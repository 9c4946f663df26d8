package org.opensts.application.port.in.sts;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.credential.SessionTags;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.identity.TagLimits;
import org.opensts.domain.webtoken.SigningAlgorithm;

/**
 * GetWebIdentityToken's parameters, checked against AWS's model; all violations are reported
 * together, then the tags are checked as STS checks session tags.
 *
 * @param audience 1–10 audiences of 1–1000 characters each
 * @param durationSeconds 60–3600, or null for the default of 300
 * @param signingAlgorithm {@code RS256} or {@code ES384}
 * @param tags up to 50, which the token carries as {@code request_tags}
 */
public record GetWebIdentityTokenCommand(
    Caller caller,
    List<String> audience,
    Integer durationSeconds,
    String signingAlgorithm,
    List<Tag> tags) {

  public static final Duration DEFAULT_DURATION = Duration.ofSeconds(300);

  public GetWebIdentityTokenCommand {
    Objects.requireNonNull(caller, "caller");
    audience = List.copyOf(audience);
    tags = List.copyOf(tags);
    validate(audience, durationSeconds, signingAlgorithm, tags).throwIfInvalid();
    SessionTags.of(tags, List.of(), SessionContext.NONE);
  }

  /** The algorithm, which validation has checked to be one of the two. */
  public SigningAlgorithm algorithm() {
    return SigningAlgorithm.named(signingAlgorithm).orElseThrow();
  }

  public Duration duration() {
    return durationSeconds == null ? DEFAULT_DURATION : Duration.ofSeconds(durationSeconds);
  }

  /** The Query protocol cannot send an empty list: no audience at all is a missing member. */
  private static ParameterValidation validate(
      List<String> audience, Integer durationSeconds, String algorithm, List<Tag> tags) {
    ParameterValidation validation =
        ParameterValidation.start().required("audience", audience.isEmpty() ? null : audience);
    validation.size("audience", audience, 10);
    for (int i = 0; i < audience.size(); i++) {
      validation.length("audience." + (i + 1) + ".member", audience.get(i), 1, 1000);
    }
    validation
        .range("durationSeconds", durationSeconds, 60, 3600)
        .required("signingAlgorithm", algorithm)
        .length("signingAlgorithm", algorithm, 5, 5)
        .oneOf(
            "signingAlgorithm",
            algorithm,
            List.of(SigningAlgorithm.RS256.name(), SigningAlgorithm.ES384.name()));
    return TagLimits.check(validation, "tags", tags);
  }
}
