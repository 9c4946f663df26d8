package org.opensts.adapter.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.opensts.application.port.out.AuditEvent;

/**
 * One event as one line of CloudTrail's JSON record format, fields in CloudTrail's order, streamed
 * straight to the output (the writer thread's share of every request's CPU).
 */
final class AuditJson {

  /**
   * Writes the parameter and element maps, whose values are plain strings, numbers, lists, maps.
   */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AuditJson() {}

  /** Writes the event's JSON, without the line break. */
  static void write(AuditEvent event, OutputStream out) throws IOException {
    try (JsonGenerator json = MAPPER.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("eventVersion", event.eventVersion());
      json.writeFieldName("userIdentity");
      userIdentity(event.userIdentity(), json);
      json.writeStringField("eventTime", time(event.eventTime()));
      json.writeStringField("eventSource", event.eventSource());
      json.writeStringField("eventName", event.eventName());
      json.writeStringField("awsRegion", event.awsRegion());
      json.writeStringField("sourceIPAddress", event.sourceIPAddress());
      json.writeStringField("userAgent", event.userAgent());
      if (event.errorCode() != null) {
        json.writeStringField("errorCode", event.errorCode());
        json.writeStringField("errorMessage", event.errorMessage());
      }
      json.writeFieldName("requestParameters");
      value(event.requestParameters(), json);
      json.writeFieldName("responseElements");
      value(event.responseElements(), json);
      json.writeStringField("requestID", event.requestID());
      json.writeStringField("eventID", event.eventID());
      json.writeBooleanField("readOnly", event.readOnly());
      json.writeStringField("eventType", "AwsApiCall");
      json.writeBooleanField("managementEvent", true);
      writeIfPresent(json, "recipientAccountId", event.recipientAccountId());
      writeIfPresent(json, "sharedEventID", event.sharedEventID());
      json.writeStringField("eventCategory", "Management");
      json.writeEndObject();
    }
  }

  private static void userIdentity(AuditEvent.UserIdentity identity, JsonGenerator json)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("type", identity.type());
    writeIfPresent(json, "principalId", identity.principalId());
    writeIfPresent(json, "arn", identity.arn());
    writeIfPresent(json, "accountId", identity.accountId());
    writeIfPresent(json, "accessKeyId", identity.accessKeyId());
    writeIfPresent(json, "userName", identity.userName());
    writeIfPresent(json, "identityProvider", identity.identityProvider());
    AuditEvent.SessionContext context = identity.sessionContext();
    if (context != null) {
      json.writeObjectFieldStart("sessionContext");
      AuditEvent.SessionIssuer issuer = context.sessionIssuer();
      if (issuer != null) {
        json.writeObjectFieldStart("sessionIssuer");
        json.writeStringField("type", issuer.type());
        writeIfPresent(json, "principalId", issuer.principalId());
        writeIfPresent(json, "arn", issuer.arn());
        writeIfPresent(json, "accountId", issuer.accountId());
        writeIfPresent(json, "userName", issuer.userName());
        json.writeEndObject();
      }
      json.writeObjectFieldStart("attributes");
      json.writeStringField("creationDate", time(context.creationDate()));
      json.writeStringField("mfaAuthenticated", String.valueOf(context.mfaAuthenticated()));
      json.writeEndObject();
      writeIfPresent(json, "sourceIdentity", context.sourceIdentity());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /**
   * A value of the parameter and element maps, written by hand for the kinds they hold (Jackson's
   * databind looks up a serializer for every value); anything else goes to databind.
   */
  private static void value(Object value, JsonGenerator json) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String text) {
      json.writeString(text);
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> member : map.entrySet()) {
        json.writeFieldName(String.valueOf(member.getKey()));
        value(member.getValue(), json);
      }
      json.writeEndObject();
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object element : list) {
        value(element, json);
      }
      json.writeEndArray();
    } else if (value instanceof Boolean flag) {
      json.writeBoolean(flag);
    } else if (value instanceof Integer number) {
      json.writeNumber(number);
    } else if (value instanceof Long number) {
      json.writeNumber(number);
    } else {
      json.writeObject(value);
    }
  }

  /** CloudTrail's timestamps have whole seconds. */
  private static String time(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static void writeIfPresent(JsonGenerator json, String name, String value)
      throws IOException {
    if (value != null) {
      json.writeStringField(name, value);
    }
  }
}
