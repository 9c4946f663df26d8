package org.opensts.adapter.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opensts.domain.error.IdentityProviderException;
import org.opensts.domain.iam.OpenIdConnectProvider;

/**
 * The signing keys each issuer publishes: its discovery document names the {@code jwks_uri}, whose
 * JWKS is fetched over HTTPS (plain HTTP only to a loopback host, when allowed), cached for a
 * bounded time, and fetched again for an unknown {@code kid} at most once per refresh interval.
 * Nothing a token says (such as {@code jku} or {@code x5u}) decides where keys come from.
 */
final class IssuerKeys {

  /** AWS's answer when an issuer's keys cannot be had (two spaces, as AWS writes it). */
  static final String CANNOT_RETRIEVE =
      "Couldn't retrieve verification key from your identity provider,  please reference"
          + " AssumeRoleWithWebIdentity documentation for requirements";

  static final int MAX_DOCUMENT_BYTES = 256 * 1024;

  /**
   * Made on the first fetch: building one sets up the JDK's default TLS context (its trust store
   * read) and starts a selector thread, which a server that never federates OIDC has no use for.
   */
  private volatile HttpClient http;

  private final JwksFetchObserver observer;
  private final Duration timeout;
  private final Duration lifetime;
  private final Duration refreshInterval;
  private final boolean allowHttpLoopback;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  private record Cached(List<JsonWebKey> keys, Instant fetchedAt) {}

  IssuerKeys(
      boolean allowHttpLoopback,
      Duration timeout,
      Duration lifetime,
      Duration refreshInterval,
      JwksFetchObserver observer) {
    this.allowHttpLoopback = allowHttpLoopback;
    this.observer = observer;
    this.timeout = timeout;
    this.lifetime = lifetime;
    this.refreshInterval = refreshInterval;
  }

  /**
   * The issuer's keys, from the cache while they are fresh.
   *
   * @param refresh whether a key was missing from the cached set: fetched again, unless the set was
   *     fetched less than the refresh interval ago
   */
  List<JsonWebKey> keys(String issuer, Instant now, boolean refresh) {
    Cached cached = cache.get(issuer);
    if (cached != null && isFresh(cached, now, refresh)) {
      return cached.keys();
    }
    // One fetch at a time per issuer: concurrent requests wait for it and then use the new set.
    synchronized (lockFor(issuer)) {
      Cached current = cache.get(issuer);
      if (current != null && (current != cached || isFresh(current, now, refresh))) {
        return current.keys();
      }
      Cached fetched = new Cached(observed(issuer), now);
      cache.put(issuer, fetched);
      return fetched.keys();
    }
  }

  private List<JsonWebKey> observed(String issuer) {
    try {
      List<JsonWebKey> keys = fetch(issuer);
      observer.fetched(true);
      return keys;
    } catch (RuntimeException e) {
      observer.fetched(false);
      throw e;
    }
  }

  private boolean isFresh(Cached cached, Instant now, boolean refresh) {
    Duration age = Duration.between(cached.fetchedAt(), now);
    return refresh ? age.compareTo(refreshInterval) < 0 : age.compareTo(lifetime) < 0;
  }

  private Object lockFor(String issuer) {
    return locks.computeIfAbsent(issuer, i -> new Object());
  }

  private List<JsonWebKey> fetch(String issuer) {
    URI discovery = checkedUri(issuer + "/.well-known/openid-configuration");
    JsonNode configuration = getJson(discovery);
    JsonNode declaredIssuer = configuration.get("issuer");
    JsonNode jwksUri = configuration.get("jwks_uri");
    if (declaredIssuer == null
        || !declaredIssuer.isTextual()
        || !trimSlash(declaredIssuer.textValue()).equals(trimSlash(issuer))
        || jwksUri == null
        || !jwksUri.isTextual()) {
      throw IdentityProviderException.invalidIdentityToken(CANNOT_RETRIEVE);
    }
    JsonNode jwks = getJson(checkedUri(jwksUri.textValue()));
    try {
      List<JsonWebKey> keys = JsonWebKey.parseSet(jwks);
      if (keys.isEmpty()) {
        throw IdentityProviderException.invalidIdentityToken(CANNOT_RETRIEVE);
      }
      return keys;
    } catch (IllegalArgumentException e) {
      throw IdentityProviderException.invalidIdentityToken(CANNOT_RETRIEVE);
    }
  }

  /** HTTPS, or HTTP to a loopback host when allowed; no user info, no fragment. */
  URI checkedUri(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw IdentityProviderException.invalidIdentityToken(CANNOT_RETRIEVE);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean allowed =
        uri.getHost() != null
            && uri.getRawUserInfo() == null
            && uri.getRawFragment() == null
            && (scheme.equals("https")
                || (scheme.equals("http")
                    && allowHttpLoopback
                    && OpenIdConnectProvider.isLoopbackHost(uri.getHost())));
    if (!allowed) {
      throw IdentityProviderException.invalidIdentityToken(CANNOT_RETRIEVE);
    }
    return uri;
  }

  private JsonNode getJson(URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<InputStream> response;
    byte[] body;
    try {
      response = http().send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        body = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
      }
    } catch (IOException e) {
      // Connection refused, reset or timed out: the provider may come back, so SDKs may retry.
      throw IdentityProviderException.communicationError(
          "Couldn't connect to your identity provider to retrieve its verification keys");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw IdentityProviderException.communicationError(
          "Couldn't connect to your identity provider to retrieve its verification keys");
    }
    int status = response.statusCode();
    if (status >= 500) {
      throw IdentityProviderException.communicationError(
          "Your identity provider answered with HTTP " + status + "; try again later");
    }
    if (status != 200 || body.length > MAX_DOCUMENT_BYTES) {
      throw IdentityProviderException.invalidIdentityToken(CANNOT_RETRIEVE);
    }
    try {
      JsonNode node = CompactJws.JSON.readTree(body);
      if (node == null || !node.isObject()) {
        throw IdentityProviderException.invalidIdentityToken(CANNOT_RETRIEVE);
      }
      return node;
    } catch (IOException e) {
      throw IdentityProviderException.invalidIdentityToken(CANNOT_RETRIEVE);
    }
  }

  private HttpClient http() {
    HttpClient client = http;
    if (client == null) {
      synchronized (this) {
        client = http;
        if (client == null) {
          client =
              HttpClient.newBuilder()
                  .connectTimeout(timeout)
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .build();
          http = client;
        }
      }
    }
    return client;
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
