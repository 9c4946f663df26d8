package org.opensts.adapter.http.error;

import org.opensts.adapter.http.xml.XmlDocument;

/**
 * {@code <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>}, the
 * request id a sibling of {@code Error}, as AWS sends it.
 */
public record ErrorResponse(WireError error, String message) {

  public String toXml(String namespace, String requestId) {
    return XmlDocument.withRoot("ErrorResponse", namespace)
        .start("Error")
        .element("Type", error.sender() ? "Sender" : "Receiver")
        .element("Code", error.code())
        .element("Message", message)
        .end()
        .element("RequestId", requestId)
        .finish();
  }
}
