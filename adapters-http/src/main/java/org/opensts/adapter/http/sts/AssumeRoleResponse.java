package org.opensts.adapter.http.sts;

import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.in.sts.AssumeRoleResult;

/**
 * {@code AssumeRoleResult}: Credentials, AssumedRoleUser, and PackedPolicySize and SourceIdentity
 * when there are any, in the model's order.
 */
record AssumeRoleResponse(AssumeRoleResult result) implements QueryResponse {

  static AssumeRoleResponse from(AssumeRoleResult result) {
    return new AssumeRoleResponse(result);
  }

  @Override
  public String action() {
    return "AssumeRole";
  }

  @Override
  public void writeResult(XmlDocument document) {
    CredentialsXml.write(document, result.credentials());
    CredentialsXml.assumedRoleUser(document, result.assumedRoleId(), result.assumedRoleArn());
    document.optionalElement("PackedPolicySize", result.packedPolicySize());
    document.optionalElement("SourceIdentity", result.sourceIdentity());
  }
}
