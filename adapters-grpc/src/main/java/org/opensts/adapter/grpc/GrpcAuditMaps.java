package org.opensts.adapter.grpc;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.grpc.MethodDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opensts.adapter.grpc.v1.SecurityTokenServiceGrpc;
import org.opensts.application.port.out.AuditEvent;

/**
 * The maps of an audit event from the sts.v1 messages, under their JSON names (CloudTrail's
 * camelCase): token-like request fields read {@link AuditEvent#HIDDEN}, and secret keys and session
 * tokens are left out of responses.
 */
final class GrpcAuditMaps {

  private static final Set<String> HIDDEN_FIELDS =
      Set.of(
          "web_identity_token",
          "saml_assertion",
          "token_code",
          "encoded_message",
          "trade_in_token");

  /** Bearer secrets of responses: GetWebIdentityToken's JWT proves identity to whoever holds it. */
  private static final Set<String> SECRET_FIELDS =
      Set.of("secret_access_key", "session_token", "web_identity_token");

  /**
   * Each sts.v1 method's request and response types. Their events are read as dynamic messages: the
   * generated classes' field-by-field access ({@code getAllFields}) goes through Java reflection,
   * on every call.
   */
  private static final Map<String, MessageTypes> TYPES = messageTypes();

  private record MessageTypes(Descriptor request, Descriptor response) {}

  private GrpcAuditMaps() {}

  /** The request or response of a method of {@code sts.v1.SecurityTokenService}. */
  static Optional<Message> parse(String fullMethodName, byte[] bytes, boolean request) {
    MessageTypes types = TYPES.get(fullMethodName);
    if (bytes == null || types == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          DynamicMessage.parseFrom(request ? types.request() : types.response(), bytes));
    } catch (InvalidProtocolBufferException e) {
      return Optional.empty();
    }
  }

  private static Map<String, MessageTypes> messageTypes() {
    Map<String, MessageTypes> types = new HashMap<>();
    for (MethodDescriptor<?, ?> method :
        SecurityTokenServiceGrpc.getServiceDescriptor().getMethods()) {
      if (method.getRequestMarshaller() instanceof MethodDescriptor.PrototypeMarshaller<?> request
          && method.getResponseMarshaller()
              instanceof MethodDescriptor.PrototypeMarshaller<?> response
          && request.getMessagePrototype() instanceof Message requestType
          && response.getMessagePrototype() instanceof Message responseType) {
        types.put(
            method.getFullMethodName(),
            new MessageTypes(
                requestType.getDescriptorForType(), responseType.getDescriptorForType()));
      }
    }
    return Map.copyOf(types);
  }

  static Map<String, Object> requestParameters(Message message) {
    return map(message, true);
  }

  static Map<String, Object> responseElements(Message message) {
    return map(message, false);
  }

  private static Map<String, Object> map(Message message, boolean request) {
    Map<String, Object> map = new LinkedHashMap<>();
    message
        .getAllFields()
        .forEach(
            (field, value) -> {
              if (!request && SECRET_FIELDS.contains(field.getName())) {
                return;
              }
              if (request && HIDDEN_FIELDS.contains(field.getName())) {
                map.put(field.getJsonName(), AuditEvent.HIDDEN);
                return;
              }
              map.put(field.getJsonName(), value(field, value, request));
            });
    return map;
  }

  private static Object value(FieldDescriptor field, Object value, boolean request) {
    if (field.isRepeated() && value instanceof List<?> list) {
      List<Object> values = new ArrayList<>();
      list.forEach(element -> values.add(single(element, request)));
      return values;
    }
    return single(value, request);
  }

  private static Object single(Object value, boolean request) {
    if (value instanceof Message message) {
      return map(message, request);
    }
    if (value instanceof EnumValueDescriptor enumValue) {
      return enumValue.getName();
    }
    return value instanceof Number || value instanceof Boolean ? value : String.valueOf(value);
  }

  /** A string field of a response, such as {@code provider}; null when absent. */
  static String text(Map<String, Object> elements, String name) {
    return elements != null && elements.get(name) instanceof String text ? text : null;
  }
}
