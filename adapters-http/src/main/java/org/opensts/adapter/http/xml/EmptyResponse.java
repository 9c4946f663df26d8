package org.opensts.adapter.http.xml;

/**
 * {@code <ActionResponse><ResponseMetadata>…</ResponseMetadata></ActionResponse>}, nothing else.
 */
record EmptyResponse(String action) implements QueryResponse {

  @Override
  public void writeResult(XmlDocument document) {}

  @Override
  public String toXml(String namespace, String requestId, XmlDocument.Observer result) {
    return XmlDocument.withRoot(action + "Response", namespace)
        .start("ResponseMetadata")
        .element("RequestId", requestId)
        .finish();
  }
}
