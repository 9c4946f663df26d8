package org.opensts.adapter.http;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.opensts.application.port.out.AuditEvent;
import org.opensts.domain.signature.SignedRequest;

/**
 * The maps of an audit event, from a Query request's parameters and its XML response, under
 * CloudTrail's names ({@code RoleArn} becomes {@code roleArn}, {@code Tags.member.1.Key} becomes
 * {@code tags[0].key}). Secrets never get in: token-like parameters read {@link AuditEvent#HIDDEN},
 * and secret keys and session tokens are left out of responses.
 */
final class QueryAuditMaps {

  /** Parameters whose values prove identity: kept out as CloudTrail does. */
  private static final Set<String> HIDDEN_PARAMETERS =
      Set.of(
          "WebIdentityToken",
          "SAMLAssertion",
          "TokenCode",
          "AuthenticationCode1",
          "AuthenticationCode2",
          "SecretAccessKey",
          "EncodedMessage",
          "TradeInToken",
          "Password",
          "OldPassword",
          "NewPassword",
          "PrivateKey");

  /** Protocol and signature parameters, which are not the operation's. */
  private static final Set<String> PROTOCOL_PARAMETERS =
      Set.of(
          "Action",
          "Version",
          "AWSAccessKeyId",
          "Signature",
          "SignatureMethod",
          "SignatureVersion",
          "Timestamp",
          "SecurityToken");

  /** Response members that are credentials: never recorded. */
  private static final Set<String> SECRET_ELEMENTS =
      Set.of(
          "SecretAccessKey",
          "SessionToken",
          "Base32StringSeed",
          "QRCodePNG",
          "PrivateKey",
          "WebIdentityToken");

  private static final Pattern HEADER_CREDENTIAL =
      Pattern.compile("Credential=([A-Za-z0-9]{1,128})/");
  private static final Pattern QUERY_CREDENTIAL =
      Pattern.compile(
          "(?:^|&)X-Amz-Credential=([A-Za-z0-9]{1,128})(?:/|%2F)", Pattern.CASE_INSENSITIVE);

  private static final XMLInputFactory XML = secureFactory();

  private QueryAuditMaps() {}

  /** {@code requestParameters}: every operation parameter, lists and structures nested. */
  static Map<String, Object> requestParameters(Map<String, String> parameters) {
    Map<String, Object> result = new LinkedHashMap<>();
    parameters.forEach(
        (name, value) -> {
          String[] path = name.split("\\.");
          if (PROTOCOL_PARAMETERS.contains(path[0]) || path[0].startsWith("X-Amz-")) {
            return;
          }
          String leaf = path[path.length - 1];
          boolean hidden = HIDDEN_PARAMETERS.contains(path[0]) || HIDDEN_PARAMETERS.contains(leaf);
          put(result, path, 0, hidden ? AuditEvent.HIDDEN : value);
        });
    return result;
  }

  /** Puts {@code Name.member.N.Field…} into nested lists and maps. */
  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> map, String[] path, int at, String value) {
    String key = camel(path[at]);
    if (at == path.length - 1) {
      map.putIfAbsent(key, value);
      return;
    }
    if ("member".equals(path[at + 1]) && at + 2 < path.length) {
      int index = index(path[at + 2]);
      if (index < 1 || index > 1000) {
        return;
      }
      Object existing = map.computeIfAbsent(key, k -> new ArrayList<>());
      if (!(existing instanceof List)) {
        return;
      }
      List<Object> list = (List<Object>) existing;
      while (list.size() < index) {
        list.add(null);
      }
      if (at + 3 == path.length) {
        list.set(index - 1, value);
        return;
      }
      Object element = list.get(index - 1);
      if (!(element instanceof Map)) {
        element = new LinkedHashMap<String, Object>();
        list.set(index - 1, element);
      }
      put((Map<String, Object>) element, path, at + 3, value);
      return;
    }
    Object child = map.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
    if (child instanceof Map) {
      put((Map<String, Object>) child, path, at + 1, value);
    }
  }

  private static int index(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * {@code responseElements}: the members of {@code <ActionResult>}, without credentials; null when
   * the result cannot be read. A streaming read of the document this endpoint has just written: no
   * DOM, and a factory made once.
   */
  static Map<String, Object> responseElements(String xml, String action) {
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(new StringReader(xml));
      try {
        String result = action + "Result";
        int depth = 0;
        while (reader.hasNext()) {
          int event = reader.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            depth++;
            if (depth == 2 && reader.getLocalName().equals(result)) {
              Object members = members(reader);
              return members instanceof Map ? castMap(members) : new LinkedHashMap<>();
            }
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
          }
        }
        return null;
      } finally {
        reader.close();
      }
    } catch (XMLStreamException | RuntimeException e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object map) {
    return (Map<String, Object>) map;
  }

  /**
   * The element the reader stands on, read to its end: text when it has no element children, a list
   * when they are all {@code member}s, else a map of its children.
   */
  private static Object members(XMLStreamReader reader) throws XMLStreamException {
    List<String> names = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        names.add(reader.getLocalName());
        values.add(members(reader));
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        text.append(reader.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
    }
    if (names.isEmpty()) {
      return text.toString();
    }
    if (names.stream().allMatch("member"::equals)) {
      return values;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (!SECRET_ELEMENTS.contains(names.get(i))) {
        map.put(camel(names.get(i)), values.get(i));
      }
    }
    return map;
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  /** The access key id a request claims, before (or without) authenticating it. */
  static String claimedAccessKeyId(SignedRequest request) {
    Optional<String> header = request.header("authorization");
    if (header.isPresent()) {
      Matcher matcher = HEADER_CREDENTIAL.matcher(header.get());
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    if (request.rawQuery() != null) {
      Matcher matcher = QUERY_CREDENTIAL.matcher(request.rawQuery());
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    return null;
  }

  /** CloudTrail's member names: the Query name with a lower-case first letter. */
  static String camel(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
