package org.opensts.adapter.http.sts;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.domain.credential.TemporaryCredentials;

/** The {@code Credentials} element shared by every credential-issuing action. */
final class CredentialsXml {

  private CredentialsXml() {}

  static void write(XmlDocument document, TemporaryCredentials credentials) {
    document
        .start("Credentials")
        .element("AccessKeyId", credentials.accessKeyId().value())
        .element("SecretAccessKey", credentials.secretAccessKey().value())
        .element("SessionToken", credentials.sessionToken().value())
        .element("Expiration", timestamp(credentials.expiration()))
        .end();
  }

  /** ISO-8601 in UTC with a literal Z, which every SDK's parser accepts. */
  static String timestamp(java.time.Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
