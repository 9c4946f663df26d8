package org.opensts.adapter.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.opensts.application.port.out.WebIdentityTokenVerifier;
import org.opensts.domain.error.IdentityProviderException;
import org.opensts.domain.iam.OpenIdConnectProvider;
import org.opensts.domain.identity.Tag;

/**
 * Verifies OpenID Connect ID tokens with the JDK: the compact JWS is split strictly, its {@code
 * alg} must be an asymmetric one (RS*, PS*, ES*), its issuer must be a registered provider, the key
 * comes from that issuer's JWKS (or the keys given inline for it) chosen by {@code kid}, and then
 * {@code aud}, {@code exp}, {@code nbf}, {@code iat} and {@code sub} are checked. Header members
 * that point at keys ({@code jku}, {@code x5u}, {@code jwk}, {@code x5c}) are ignored.
 */
public final class JwtWebIdentityTokenVerifier implements WebIdentityTokenVerifier {

  /** How far clocks may disagree. */
  static final Duration SKEW = Duration.ofMinutes(5);

  static final String TAGS_CLAIM = "https://aws.amazon.com/tags";
  static final String SOURCE_IDENTITY_CLAIM = "https://aws.amazon.com/source_identity";

  private final boolean allowHttpLoopback;
  private final Map<String, List<JsonWebKey>> inlineKeys;
  private final IssuerKeys issuerKeys;

  /**
   * @param allowHttpLoopback whether issuers on a loopback host may be reached over plain HTTP
   * @param inlineJwks JWKS documents (JSON text) by issuer URL, for issuers whose keys must not be
   *     fetched; the scheme and a trailing slash of the URL do not matter
   * @throws IllegalArgumentException when an inline JWKS cannot be read
   */
  public JwtWebIdentityTokenVerifier(boolean allowHttpLoopback, Map<String, String> inlineJwks) {
    this(allowHttpLoopback, inlineJwks, JwksFetchObserver.NONE);
  }

  /**
   * @param observer told of every key fetch, for metrics
   */
  public JwtWebIdentityTokenVerifier(
      boolean allowHttpLoopback, Map<String, String> inlineJwks, JwksFetchObserver observer) {
    this(
        allowHttpLoopback,
        inlineJwks,
        Duration.ofSeconds(3),
        Duration.ofHours(1),
        Duration.ofSeconds(30),
        observer);
  }

  JwtWebIdentityTokenVerifier(
      boolean allowHttpLoopback,
      Map<String, String> inlineJwks,
      Duration timeout,
      Duration cacheLifetime,
      Duration refreshInterval,
      JwksFetchObserver observer) {
    this.allowHttpLoopback = allowHttpLoopback;
    this.issuerKeys =
        new IssuerKeys(allowHttpLoopback, timeout, cacheLifetime, refreshInterval, observer);
    Map<String, List<JsonWebKey>> inline = new HashMap<>();
    inlineJwks.forEach(
        (issuer, jwks) -> {
          try {
            List<JsonWebKey> keys = JsonWebKey.parseSet(CompactJws.JSON.readTree(jwks));
            if (keys.isEmpty()) {
              throw new IllegalArgumentException("the JWKS for " + issuer + " has no usable key");
            }
            inline.put(withoutScheme(issuer), keys);
          } catch (IOException e) {
            throw new IllegalArgumentException("the JWKS for " + issuer + " is not valid JSON", e);
          }
        });
    this.inlineKeys = Map.copyOf(inline);
  }

  @Override
  public VerifiedWebIdentity verify(
      String token, Function<String, Optional<OpenIdConnectProvider>> providers, Instant now) {
    CompactJws jws = CompactJws.parse(token);
    String algName = jws.algorithm();
    JwsAlgorithm alg =
        JwsAlgorithm.named(algName)
            .orElseThrow(
                () ->
                    IdentityProviderException.invalidIdentityToken(
                        "The web identity token's signing algorithm is not supported: " + algName));
    if (jws.header().has("crit")) {
      // No JWS extension is understood, so a token that requires one cannot be accepted.
      throw IdentityProviderException.invalidIdentityToken(
          "The web identity token requires header extensions that are not supported");
    }
    JsonNode claims = jws.payload();
    String issuer = requiredText(claims, "iss");
    String url = withoutScheme(issuer);
    OpenIdConnectProvider provider =
        providers
            .apply(url)
            .orElseThrow(
                () ->
                    IdentityProviderException.invalidIdentityToken(
                        "No OpenIDConnect provider found in your account for " + issuer));
    checkIssuerScheme(issuer);
    verifySignature(jws, alg, issuer, url, now);
    String audience = audience(claims, provider);
    checkTimes(claims, now);
    String subject = requiredText(claims, "sub");
    Tags tags = tags(claims);
    return new VerifiedWebIdentity(
        provider,
        subject,
        audience,
        strings(claims, "amr"),
        tags.principalTags(),
        tags.transitiveTagKeys(),
        optionalText(claims, SOURCE_IDENTITY_CLAIM));
  }

  /** The issuer is reached at the URL the token names, so it must be one keys may come from. */
  private void checkIssuerScheme(String issuer) {
    URI uri;
    try {
      uri = new URI(issuer);
    } catch (URISyntaxException e) {
      throw invalid("The web identity token's issuer is not a URL");
    }
    String scheme = uri.getScheme();
    boolean https = "https".equals(scheme);
    boolean loopbackHttp =
        "http".equals(scheme)
            && allowHttpLoopback
            && uri.getHost() != null
            && OpenIdConnectProvider.isLoopbackHost(uri.getHost());
    if (!https && !loopbackHttp) {
      throw invalid("The web identity token's issuer must use https");
    }
  }

  private void verifySignature(
      CompactJws jws, JwsAlgorithm alg, String issuer, String url, Instant now) {
    String kid = jws.keyId();
    List<JsonWebKey> inline = inlineKeys.get(url);
    JsonWebKey key;
    if (inline != null) {
      key = select(inline, alg, kid).orElseThrow(() -> unknownKey(kid));
    } else {
      Optional<JsonWebKey> found = select(issuerKeys.keys(issuer, now, false), alg, kid);
      if (found.isEmpty()) {
        // The issuer may have rotated its keys since they were cached.
        found = select(issuerKeys.keys(issuer, now, true), alg, kid);
      }
      key = found.orElseThrow(() -> unknownKey(kid));
    }
    if (!alg.verifies(key.key(), jws.signingInput(), jws.signature())) {
      throw invalid("The web identity token's signature is invalid");
    }
  }

  /** The key with the token's {@code kid}, or without one the only key of the algorithm's type. */
  private static Optional<JsonWebKey> select(List<JsonWebKey> keys, JwsAlgorithm alg, String kid) {
    if (kid != null) {
      return keys.stream().filter(k -> kid.equals(k.keyId()) && k.fits(alg)).findFirst();
    }
    List<JsonWebKey> candidates = keys.stream().filter(k -> k.fits(alg)).toList();
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  private static String audience(JsonNode claims, OpenIdConnectProvider provider) {
    List<String> audiences = strings(claims, "aud");
    return audiences.stream()
        .filter(provider.clientIds()::contains)
        .findFirst()
        .orElseThrow(() -> invalid("Incorrect token audience"));
  }

  private static void checkTimes(JsonNode claims, Instant now) {
    Long exp = timestamp(claims, "exp");
    if (exp == null) {
      throw invalid("The web identity token has no expiration time (exp)");
    }
    if (now.minus(SKEW).getEpochSecond() >= exp) {
      throw IdentityProviderException.expired(
          "Token expired: current date/time "
              + now.getEpochSecond()
              + " must be before the expiration date/time "
              + exp);
    }
    Long nbf = timestamp(claims, "nbf");
    if (nbf != null && nbf > now.plus(SKEW).getEpochSecond()) {
      throw invalid("The web identity token is not valid yet (nbf)");
    }
    Long iat = timestamp(claims, "iat");
    if (iat != null && iat > now.plus(SKEW).getEpochSecond()) {
      throw invalid("The web identity token was issued in the future (iat)");
    }
  }

  /** AWS: "Timestamps in the token must be formatted as either an integer or a long integer". */
  private static Long timestamp(JsonNode claims, String name) {
    JsonNode value = claims.get(name);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw invalid("The web identity token's " + name + " must be an integer");
    }
    return value.longValue();
  }

  private record Tags(List<Tag> principalTags, List<String> transitiveTagKeys) {}

  /** {@code {"principal_tags": {"k": ["v"]}, "transitive_tag_keys": ["k"]}}. */
  private static Tags tags(JsonNode claims) {
    JsonNode claim = claims.get(TAGS_CLAIM);
    if (claim == null) {
      return new Tags(List.of(), List.of());
    }
    if (!claim.isObject()) {
      throw invalid("The web identity token's " + TAGS_CLAIM + " claim must be an object");
    }
    List<Tag> tags = new ArrayList<>();
    JsonNode principalTags = claim.get("principal_tags");
    if (principalTags != null) {
      if (!principalTags.isObject()) {
        throw invalid("principal_tags must be an object");
      }
      for (var fields = principalTags.fields(); fields.hasNext(); ) {
        var field = fields.next();
        JsonNode value = field.getValue();
        // AWS writes each value as a one-element array; session tags have one value each.
        if (value.isArray() && value.size() == 1 && value.get(0).isTextual()) {
          tags.add(new Tag(field.getKey(), value.get(0).textValue()));
        } else if (value.isTextual()) {
          tags.add(new Tag(field.getKey(), value.textValue()));
        } else {
          throw invalid("Each principal tag must have exactly one string value");
        }
      }
    }
    return new Tags(tags, strings(claim, "transitive_tag_keys"));
  }

  /** A string or an array of strings; empty when absent. */
  private static List<String> strings(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      return List.of();
    }
    if (value.isTextual()) {
      return List.of(value.textValue());
    }
    if (!value.isArray()) {
      throw invalid("The web identity token's " + name + " must be a string or an array");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw invalid("The web identity token's " + name + " must hold strings");
      }
      values.add(item.textValue());
    }
    return values;
  }

  private static String requiredText(JsonNode claims, String name) {
    String value = optionalText(claims, name);
    if (value == null || value.isEmpty()) {
      throw invalid("The web identity token has no " + name + " claim");
    }
    return value;
  }

  private static String optionalText(JsonNode claims, String name) {
    JsonNode value = claims.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw invalid("The web identity token's " + name + " must be a string");
    }
    return value.textValue();
  }

  /** The issuer as IAM names its provider: without scheme and trailing slash. */
  static String withoutScheme(String issuer) {
    int at = issuer.indexOf("://");
    String url = at < 0 ? issuer : issuer.substring(at + 3);
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static IdentityProviderException unknownKey(String kid) {
    return invalid(
        kid == null
            ? "No single verification key of the token's type was found for a token without kid"
            : "No verification key with the token's kid was found");
  }

  private static IdentityProviderException invalid(String message) {
    return IdentityProviderException.invalidIdentityToken(message);
  }
}
