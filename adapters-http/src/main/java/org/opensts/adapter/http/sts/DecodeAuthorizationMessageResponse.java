package org.opensts.adapter.http.sts;

import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageResult;

/** {@code DecodeAuthorizationMessageResult}: the JSON document as the text of DecodedMessage. */
record DecodeAuthorizationMessageResponse(DecodeAuthorizationMessageResult result)
    implements QueryResponse {

  static DecodeAuthorizationMessageResponse from(DecodeAuthorizationMessageResult result) {
    return new DecodeAuthorizationMessageResponse(result);
  }

  @Override
  public String action() {
    return "DecodeAuthorizationMessage";
  }

  @Override
  public void writeResult(XmlDocument document) {
    document.element("DecodedMessage", result.decodedMessage());
  }
}
