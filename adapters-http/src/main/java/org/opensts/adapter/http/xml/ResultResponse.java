package org.opensts.adapter.http.xml;

import java.util.function.Consumer;

/** A response whose result members are written by a function, for the many small IAM results. */
public record ResultResponse(String action, Consumer<XmlDocument> members)
    implements QueryResponse {

  @Override
  public void writeResult(XmlDocument document) {
    members.accept(document);
  }
}
