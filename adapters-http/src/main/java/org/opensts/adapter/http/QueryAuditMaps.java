package org.opensts.adapter.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.out.AuditEvent;

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

  private QueryAuditMaps() {}

  /** {@code requestParameters}: every operation parameter, lists and structures nested. */
  static Map<String, Object> requestParameters(Map<String, String> parameters) {
    Map<String, Object> result = new LinkedHashMap<>();
    parameters.forEach(
        (name, value) -> {
          // Most parameters are plain names: no split for them.
          String[] path = name.indexOf('.') < 0 ? new String[] {name} : name.split("\\.");
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
   * {@code responseElements}, gathered as the response is written: the members of {@code
   * <ActionResult>} as nested maps (lists for {@code member} elements), names in camel case,
   * without credentials; null when the response has no result element.
   */
  static final class ResultElements implements XmlDocument.Observer {

    /** An element being written: the names and values of its members so far. */
    private record Open(String name, List<String> names, List<Object> values) {
      Open(String name) {
        this(name, new ArrayList<>(), new ArrayList<>());
      }

      void add(String member, Object value) {
        names.add(member);
        values.add(value);
      }

      /** Text for an element without members, a list of {@code member}s, or a map. */
      Object value() {
        if (names.isEmpty()) {
          return "";
        }
        if (allMembers()) {
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

      private boolean allMembers() {
        for (String member : names) {
          if (!member.equals("member")) {
            return false;
          }
        }
        return true;
      }
    }

    private final Deque<Open> open = new ArrayDeque<>();
    private Map<String, Object> result;

    @Override
    public void start(String name) {
      open.push(new Open(name));
    }

    @Override
    public void element(String name, String text) {
      open.element().add(name, text);
    }

    @Override
    public void end() {
      Open closed = open.pop();
      Object value = closed.value();
      if (open.isEmpty()) {
        result = value instanceof Map ? castMap(value) : new LinkedHashMap<>();
      } else {
        open.element().add(closed.name(), value);
      }
    }

    Map<String, Object> value() {
      return result;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object map) {
    return (Map<String, Object>) map;
  }

  /** CloudTrail's member names: the Query name with a lower-case first letter. */
  static String camel(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
