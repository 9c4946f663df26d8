package org.opensts.domain.iam;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.identity.Arn;
import org.opensts.domain.identity.Tag;

/**
 * An IAM OpenID Connect identity provider: the issuer URL (kept without {@code https://}, as IAM
 * returns it and names it in the ARN), the audiences it accepts and its CA thumbprints.
 *
 * @param url the issuer without its scheme, such as {@code server.example.com/tenant}
 */
public record OpenIdConnectProvider(
    AccountId account,
    String url,
    List<String> clientIds,
    List<String> thumbprints,
    List<Tag> tags,
    Instant createDate) {

  public static final int MAX_CLIENT_IDS = 100;
  public static final int MAX_THUMBPRINTS = 5;
  private static final String SCHEME = "https://";
  private static final String HTTP_SCHEME = "http://";

  public OpenIdConnectProvider {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(url, "url");
    clientIds = List.copyOf(clientIds);
    thumbprints = List.copyOf(thumbprints);
    tags = List.copyOf(tags);
    Objects.requireNonNull(createDate, "createDate");
  }

  /**
   * Checks a new provider's issuer URL as IAM does ("must begin with https://", no port, no query
   * or fragment) and returns it without the scheme.
   *
   * @throws InvalidRequestException {@code InvalidInput} otherwise
   */
  public static String issuerOf(String url) {
    return issuerOf(url, false);
  }

  /**
   * Like {@link #issuerOf(String)}; with {@code allowHttpLoopback} also a local identity provider,
   * {@code http://} on a loopback host ({@code 127.0.0.1}, {@code localhost}, {@code [::1]}), the
   * only case where a port is accepted. Its URL keeps {@code host:port/path}.
   */
  public static String issuerOf(String url, boolean allowHttpLoopback) {
    String scheme = null;
    if (url != null && url.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      scheme = SCHEME;
    } else if (allowHttpLoopback
        && url != null
        && url.regionMatches(true, 0, HTTP_SCHEME, 0, HTTP_SCHEME.length())) {
      scheme = HTTP_SCHEME;
    }
    if (scheme == null) {
      throw invalidUrl();
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw invalidUrl();
    }
    boolean loopbackHttp = scheme.equals(HTTP_SCHEME);
    if (uri.getHost() == null
        || (loopbackHttp && !isLoopbackHost(uri.getHost()))
        || (!loopbackHttp && uri.getPort() != -1)
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null) {
      throw invalidUrl();
    }
    String issuer = url.substring(scheme.length());
    return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
  }

  /** The hosts a plain-http issuer may have: this machine's loopback names and addresses. */
  public static boolean isLoopbackHost(String host) {
    return host.equals("127.0.0.1")
        || host.equalsIgnoreCase("localhost")
        || host.equals("[::1]")
        || host.equals("::1");
  }

  /**
   * Checks the thumbprints and audiences of a new provider: at most 5 and 100, each thumbprint 40
   * hexadecimal digits (a SHA-1 fingerprint).
   */
  public static void checkLists(List<String> clientIds, List<String> thumbprints) {
    if (clientIds.size() > MAX_CLIENT_IDS) {
      throw EntityException.limitExceeded("ClientIdsPerOpenIdConnectProvider", MAX_CLIENT_IDS);
    }
    if (thumbprints.size() > MAX_THUMBPRINTS) {
      throw EntityException.limitExceeded("ThumbprintsPerOpenIdConnectProvider", MAX_THUMBPRINTS);
    }
    for (String thumbprint : thumbprints) {
      if (!thumbprint.toLowerCase(Locale.ROOT).matches("[0-9a-f]{40}")) {
        throw InvalidRequestException.invalidInput(
            "Thumbprint " + thumbprint + " is not a 40-character hexadecimal SHA-1 fingerprint.");
      }
    }
  }

  /** {@code arn:aws:iam::ACCOUNT:oidc-provider/URL-WITHOUT-SCHEME}. */
  public static Arn arnOf(AccountId account, String url) {
    return Arn.iam(account.value(), "oidc-provider/" + url);
  }

  /**
   * The issuer URL an ARN names, in the given account.
   *
   * @throws InvalidRequestException {@code InvalidInput} when the text is no OIDC provider ARN
   */
  public static String urlIn(String arn) {
    Arn parsed = Arn.parse(arn).orElseThrow(() -> invalidArn(arn));
    if (!parsed.service().equals("iam")
        || !parsed.region().isEmpty()
        || !parsed.resource().startsWith("oidc-provider/")
        || parsed.resource().length() == "oidc-provider/".length()) {
      throw invalidArn(arn);
    }
    return parsed.resource().substring("oidc-provider/".length());
  }

  /** The account an OIDC provider ARN names, which must parse. */
  public static String accountIn(String arn) {
    return Arn.parse(arn).orElseThrow(() -> invalidArn(arn)).account();
  }

  public Arn arn() {
    return arnOf(account, url);
  }

  private static InvalidRequestException invalidUrl() {
    return InvalidRequestException.invalidInput("Invalid Open ID Connect Provider URL");
  }

  static InvalidRequestException invalidArn(String arn) {
    return InvalidRequestException.invalidInput("ARN " + arn + " is not valid.");
  }
}
