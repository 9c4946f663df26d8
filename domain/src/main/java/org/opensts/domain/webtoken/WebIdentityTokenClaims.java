package org.opensts.domain.webtoken;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.opensts.domain.authorization.JsonWriter;
import org.opensts.domain.identity.Tag;

/**
 * The claims of a token GetWebIdentityToken signs: the registered ones, and AWS's own under the
 * {@code https://sts.amazonaws.com/} namespace, named and shaped as AWS's tokens carry them.
 *
 * @param issuer the account's issuer URL ({@code iss})
 * @param subject the caller's ARN, a role session's role's ARN ({@code sub})
 * @param audience one to ten audiences; {@code aud} is a string for one, an array for several
 * @param tokenId a random UUID ({@code jti})
 */
public record WebIdentityTokenClaims(
    String issuer,
    String subject,
    List<String> audience,
    Instant issuedAt,
    Instant expiresAt,
    String tokenId,
    AwsClaims aws) {

  /** The namespace of AWS's claims, itself a claim holding an object. */
  public static final String AWS_NAMESPACE = "https://sts.amazonaws.com/";

  public WebIdentityTokenClaims {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(subject, "subject");
    audience = List.copyOf(audience);
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(tokenId, "tokenId");
    Objects.requireNonNull(aws, "aws");
    if (audience.isEmpty()) {
      throw new IllegalArgumentException("A token has at least one audience");
    }
  }

  /**
   * The claims AWS nests under its namespace; a null or empty member is left out, as AWS leaves out
   * what does not apply to the caller.
   *
   * @param principalId the caller's ARN, a role session's role's ARN
   * @param principalTags the session's tags when it has any, else the user's or role's tags
   * @param originalSessionExpiry when the caller's temporary credentials expire; null for long-term
   *     keys
   * @param requestTags the tags passed to GetWebIdentityToken
   */
  public record AwsClaims(
      String account,
      String sourceRegion,
      String principalId,
      List<Tag> principalTags,
      Instant originalSessionExpiry,
      String sourceIdentity,
      String federatedProvider,
      List<Tag> requestTags) {

    public AwsClaims {
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(sourceRegion, "sourceRegion");
      Objects.requireNonNull(principalId, "principalId");
      principalTags = List.copyOf(principalTags);
      requestTags = List.copyOf(requestTags);
    }

    private void write(JsonWriter json) {
      json.beginObject()
          .name("aws_account")
          .value(account)
          .name("source_region")
          .value(sourceRegion)
          .name("principal_id")
          .value(principalId);
      tags(json, "principal_tags", principalTags);
      if (originalSessionExpiry != null) {
        json.name("original_session_exp")
            .value(DateTimeFormatter.ISO_INSTANT.format(originalSessionExpiry));
      }
      optional(json, "source_identity", sourceIdentity);
      optional(json, "federated_provider", federatedProvider);
      tags(json, "request_tags", requestTags);
      json.endObject();
    }

    private static void optional(JsonWriter json, String name, String value) {
      if (value != null) {
        json.name(name).value(value);
      }
    }

    private static void tags(JsonWriter json, String name, List<Tag> tags) {
      if (tags.isEmpty()) {
        return;
      }
      json.name(name).beginObject();
      for (Tag tag : tags) {
        json.name(tag.key()).value(tag.value());
      }
      json.endObject();
    }
  }

  /** The payload, compact JSON; NumericDate claims in whole seconds. */
  public String toJson() {
    JsonWriter json = new JsonWriter().beginObject().name("iss").value(issuer).name("sub");
    json.value(subject).name("aud");
    if (audience.size() == 1) {
      json.value(audience.get(0));
    } else {
      json.beginArray();
      audience.forEach(json::value);
      json.endArray();
    }
    json.name("iat")
        .value(issuedAt.getEpochSecond())
        .name("exp")
        .value(expiresAt.getEpochSecond())
        .name("jti")
        .value(tokenId)
        .name(AWS_NAMESPACE);
    aws.write(json);
    return json.endObject().toString();
  }
}
