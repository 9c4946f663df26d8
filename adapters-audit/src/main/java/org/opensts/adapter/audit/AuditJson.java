package org.opensts.adapter.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.opensts.application.port.out.AuditEvent;

/** One event as one line of CloudTrail's JSON record format, fields in CloudTrail's order. */
final class AuditJson {

  /** Writes the rare value that is not a string, number, boolean, list or map. */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AuditJson() {}

  /** Writes the event's JSON into {@code json}, without the line break. */
  static void write(AuditEvent event, JsonLine json) throws IOException {
    json.startObject();
    json.field("eventVersion", event.eventVersion());
    json.name("userIdentity");
    userIdentity(event.userIdentity(), json);
    json.field("eventTime", eventTime(event.eventTime()));
    json.field("eventSource", event.eventSource());
    json.field("eventName", event.eventName());
    json.field("awsRegion", event.awsRegion());
    json.field("sourceIPAddress", event.sourceIPAddress());
    json.field("userAgent", event.userAgent());
    if (event.errorCode() != null) {
      json.field("errorCode", event.errorCode());
      json.field("errorMessage", event.errorMessage());
    }
    json.name("requestParameters");
    value(event.requestParameters(), json);
    json.name("responseElements");
    value(event.responseElements(), json);
    json.field("requestID", event.requestID());
    json.field("eventID", event.eventID());
    json.name("readOnly").bool(event.readOnly());
    json.field("eventType", "AwsApiCall");
    json.name("managementEvent").bool(true);
    writeIfPresent(json, "recipientAccountId", event.recipientAccountId());
    writeIfPresent(json, "sharedEventID", event.sharedEventID());
    json.field("eventCategory", "Management");
    json.endObject();
  }

  private static void userIdentity(AuditEvent.UserIdentity identity, JsonLine json) {
    json.startObject();
    json.field("type", identity.type());
    writeIfPresent(json, "principalId", identity.principalId());
    writeIfPresent(json, "arn", identity.arn());
    writeIfPresent(json, "accountId", identity.accountId());
    writeIfPresent(json, "accessKeyId", identity.accessKeyId());
    writeIfPresent(json, "userName", identity.userName());
    writeIfPresent(json, "identityProvider", identity.identityProvider());
    AuditEvent.SessionContext context = identity.sessionContext();
    if (context != null) {
      json.name("sessionContext").startObject();
      AuditEvent.SessionIssuer issuer = context.sessionIssuer();
      if (issuer != null) {
        json.name("sessionIssuer").startObject();
        json.field("type", issuer.type());
        writeIfPresent(json, "principalId", issuer.principalId());
        writeIfPresent(json, "arn", issuer.arn());
        writeIfPresent(json, "accountId", issuer.accountId());
        writeIfPresent(json, "userName", issuer.userName());
        json.endObject();
      }
      json.name("attributes").startObject();
      json.field("creationDate", time(context.creationDate()));
      json.field("mfaAuthenticated", String.valueOf(context.mfaAuthenticated()));
      json.endObject();
      writeIfPresent(json, "sourceIdentity", context.sourceIdentity());
      json.endObject();
    }
    json.endObject();
  }

  /**
   * A value of the parameter and element maps, written by hand for the kinds they hold; anything
   * else goes to Jackson's databind.
   */
  private static void value(Object value, JsonLine json) throws IOException {
    if (value == null) {
      json.nullValue();
    } else if (value instanceof String text) {
      json.string(text);
    } else if (value instanceof Map<?, ?> map) {
      json.startObject();
      for (Map.Entry<?, ?> member : map.entrySet()) {
        json.name(String.valueOf(member.getKey()));
        value(member.getValue(), json);
      }
      json.endObject();
    } else if (value instanceof List<?> list) {
      json.startArray();
      for (Object element : list) {
        value(element, json);
      }
      json.endArray();
    } else if (value instanceof Boolean flag) {
      json.bool(flag);
    } else if (value instanceof Integer number) {
      json.number(number);
    } else if (value instanceof Long number) {
      json.number(number);
    } else {
      json.json(MAPPER.writeValueAsBytes(value));
    }
  }

  /** The last event time written, formatted: events come many to a second. */
  private record Second(long epochSecond, String text) {}

  private static volatile Second lastEventTime = new Second(Long.MIN_VALUE, "");

  private static String eventTime(Instant instant) {
    Second last = lastEventTime;
    if (last.epochSecond() != instant.getEpochSecond()) {
      last = new Second(instant.getEpochSecond(), time(instant));
      lastEventTime = last;
    }
    return last.text();
  }

  /** CloudTrail's timestamps have whole seconds. */
  private static String time(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static void writeIfPresent(JsonLine json, String name, String value) {
    if (value != null) {
      json.field(name, value);
    }
  }
}
