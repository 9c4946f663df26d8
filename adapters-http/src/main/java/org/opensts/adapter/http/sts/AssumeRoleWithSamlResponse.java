package org.opensts.adapter.http.sts;

import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.in.sts.AssumeRoleWithSamlResult;

/**
 * {@code AssumeRoleWithSAMLResult}: Credentials, AssumedRoleUser, PackedPolicySize when there is
 * one, Subject, SubjectType, Issuer, Audience, NameQualifier, and SourceIdentity when there is one,
 * in the model's order.
 */
record AssumeRoleWithSamlResponse(AssumeRoleWithSamlResult result) implements QueryResponse {

  static AssumeRoleWithSamlResponse from(AssumeRoleWithSamlResult result) {
    return new AssumeRoleWithSamlResponse(result);
  }

  @Override
  public String action() {
    return "AssumeRoleWithSAML";
  }

  @Override
  public void writeResult(XmlDocument document) {
    CredentialsXml.write(document, result.credentials());
    CredentialsXml.assumedRoleUser(document, result.assumedRoleId(), result.assumedRoleArn());
    document.optionalElement("PackedPolicySize", result.packedPolicySize());
    document
        .element("Subject", result.subject())
        .element("SubjectType", result.subjectType())
        .element("Issuer", result.issuer())
        .element("Audience", result.audience())
        .element("NameQualifier", result.nameQualifier());
    document.optionalElement("SourceIdentity", result.sourceIdentity());
  }
}
