package org.opensts.adapter.http.sts;

import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.domain.credential.TemporaryCredentials;

/**
 * The elements shared by the credential-issuing actions: {@code Credentials}, and {@code
 * AssumedRoleUser} for the ways of assuming a role.
 */
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

  static void assumedRoleUser(XmlDocument document, String assumedRoleId, String arn) {
    document
        .start("AssumedRoleUser")
        .element("AssumedRoleId", assumedRoleId)
        .element("Arn", arn)
        .end();
  }
}
