package org.opensts.adapter.http.sts;

import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.in.sts.AssumeRoleWithWebIdentityResult;

/**
 * {@code AssumeRoleWithWebIdentityResult}: Credentials, SubjectFromWebIdentityToken,
 * AssumedRoleUser, PackedPolicySize when there is one, Provider, Audience, and SourceIdentity when
 * there is one, in the model's order.
 */
record AssumeRoleWithWebIdentityResponse(AssumeRoleWithWebIdentityResult result)
    implements QueryResponse {

  static AssumeRoleWithWebIdentityResponse from(AssumeRoleWithWebIdentityResult result) {
    return new AssumeRoleWithWebIdentityResponse(result);
  }

  @Override
  public String action() {
    return "AssumeRoleWithWebIdentity";
  }

  @Override
  public void writeResult(XmlDocument document) {
    CredentialsXml.write(document, result.credentials());
    document.element("SubjectFromWebIdentityToken", result.subjectFromWebIdentityToken());
    CredentialsXml.assumedRoleUser(document, result.assumedRoleId(), result.assumedRoleArn());
    document.optionalElement("PackedPolicySize", result.packedPolicySize());
    document.element("Provider", result.provider()).element("Audience", result.audience());
    document.optionalElement("SourceIdentity", result.sourceIdentity());
  }
}
