package org.opensts.domain.signature;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.opensts.domain.error.AuthenticationException;

/**
 * The credential scope of a SigV4 signature: {@code yyyymmdd/region/service/aws4_request}. It binds
 * the derived signing key to one day, one region and one service.
 *
 * @param date the UTC day the request was signed on
 * @param region the region signed for, such as {@code us-east-1}
 * @param service the service signed for, such as {@code sts}
 */
public record CredentialScope(LocalDate date, String region, String service) {

  /** The fixed last element of every SigV4 scope. */
  public static final String TERMINATOR = "aws4_request";

  private static final String EXPECTED_FORM =
      "expecting \"<AccessKeyId>/<YYYYMMDD>/<Region>/<Service>/aws4_request\"";

  public CredentialScope {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(service, "service");
  }

  /**
   * Reads the scope part of a Credential, {@code 20250101/us-east-1/sts/aws4_request}.
   *
   * @throws AuthenticationException IncompleteSignature when it is malformed, SignatureDoesNotMatch
   *     when its terminator is not {@code aws4_request}
   */
  public static CredentialScope parse(String scope) {
    return parse(scope, scope);
  }

  /** As {@link #parse(String)}; {@code credential} is the whole value, quoted in messages. */
  static CredentialScope parse(String scope, String credential) {
    String[] parts = split(scope, credential);
    String terminator = parts[3];
    if (!TERMINATOR.equals(terminator)) {
      throw AuthenticationException.signatureDoesNotMatch(
          "Credential should be scoped with a valid terminator: 'aws4_request', not '"
              + terminator
              + "'. ");
    }
    return new CredentialScope(parseDate(parts[0], credential), parts[1], parts[2]);
  }

  /** The scope's date as SigV4 writes it, {@code yyyymmdd}. */
  public String dateStamp() {
    return SigV4Time.dateStamp(date);
  }

  /** {@code yyyymmdd/region/service/aws4_request}, the form used in the string to sign. */
  @Override
  public String toString() {
    return dateStamp() + '/' + region + '/' + service + '/' + TERMINATOR;
  }

  private static String[] split(String scope, String credential) {
    String[] parts = new String[4];
    int count = 0;
    int start = 0;
    while (true) {
      int slash = scope.indexOf('/', start);
      int end = slash < 0 ? scope.length() : slash;
      if (count == parts.length || end == start) {
        throw malformed(credential);
      }
      parts[count++] = scope.substring(start, end);
      if (slash < 0) {
        break;
      }
      start = slash + 1;
    }
    if (count != parts.length) {
      throw malformed(credential);
    }
    return parts;
  }

  private static LocalDate parseDate(String stamp, String credential) {
    if (stamp.length() != 8 || !SigV4Time.allDigits(stamp, 0, 8)) {
      throw invalidDate(stamp, credential);
    }
    try {
      return LocalDate.of(
          Integer.parseInt(stamp, 0, 4, 10),
          Integer.parseInt(stamp, 4, 6, 10),
          Integer.parseInt(stamp, 6, 8, 10));
    } catch (DateTimeException e) {
      throw invalidDate(stamp, credential);
    }
  }

  static AuthenticationException malformed(String credential) {
    return AuthenticationException.incompleteSignature(
        "Credential is malformed; " + EXPECTED_FORM + ". Credential=" + credential);
  }

  private static AuthenticationException invalidDate(String stamp, String credential) {
    return AuthenticationException.incompleteSignature(
        "Credential date '" + stamp + "' is not a valid YYYYMMDD date. Credential=" + credential);
  }
}
