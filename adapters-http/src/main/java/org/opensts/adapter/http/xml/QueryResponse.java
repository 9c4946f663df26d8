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
    return toXml(namespace, requestId, XmlDocument.Observer.NONE);
  }

  /** The document, the observer told of the result element and everything in it. */
  default String toXml(String namespace, String requestId, XmlDocument.Observer result) {
    XmlDocument document = XmlDocument.withRoot(action() + "Response", namespace);
    document.observedBy(result).start(action() + "Result");
    writeResult(document);
    document.end().observedBy(XmlDocument.Observer.NONE);
    return document.start("ResponseMetadata").element("RequestId", requestId).end().finish();
  }
}
