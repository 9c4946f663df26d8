package org.opensts.adapter.http.sts;

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
        .element("Expiration", XmlDocument.timestamp(credentials.expiration()))
        .end();
  }
}
