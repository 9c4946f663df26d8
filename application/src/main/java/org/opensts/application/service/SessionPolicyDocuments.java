package org.opensts.application.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PolicyKind;

/**
 * The parsed form of the session policy texts that sessions carry in their tokens. A session makes
 * many requests with the same few policies, so parsed documents are kept, least recently used first
 * out, up to a bound that a flood of distinct policies cannot exceed.
 */
final class SessionPolicyDocuments {

  private static final int CAPACITY = 1024;

  private final PolicyDocumentParser parser;
  private final Map<String, PolicyDocument> parsed =
      new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PolicyDocument> eldest) {
          return size() > CAPACITY;
        }
      };

  SessionPolicyDocuments(PolicyDocumentParser parser) {
    this.parser = parser;
  }

  /** Texts were checked when the session was issued, so they parse. */
  List<PolicyDocument> of(List<String> texts) {
    return texts.stream().map(this::parse).toList();
  }

  private PolicyDocument parse(String text) {
    synchronized (parsed) {
      PolicyDocument document = parsed.get(text);
      if (document != null) {
        return document;
      }
    }
    PolicyDocument document = parser.parse(text, PolicyKind.IDENTITY);
    synchronized (parsed) {
      parsed.put(text, document);
    }
    return document;
  }
}
