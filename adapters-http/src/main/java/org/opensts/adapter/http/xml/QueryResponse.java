package org.opensts.adapter.http.xml;

/** A successful AWS Query response: the action's name and the members of its result element. */
public interface QueryResponse {

  String action();

  /** Writes the members inside {@code <ActionResult>}; writes nothing for an empty result. */
  void writeResult(XmlDocument document);

  /** A response without a result element, as AWS sends for actions that return nothing. */
  static QueryResponse empty(String action) {
    return new EmptyResponse(action);
  }

  /** {@code <ActionResponse><ActionResult>…</ActionResult><ResponseMetadata>…</ActionResponse>}. */
  default String toXml(String namespace, String requestId) {
    XmlDocument document = XmlDocument.withRoot(action() + "Response", namespace);
    document.start(action() + "Result");
    writeResult(document);
    document.end();
    return document.start("ResponseMetadata").element("RequestId", requestId).end().finish();
  }
}
