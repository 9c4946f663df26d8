package org.opensts.adapter.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opensts.application.port.out.AuditEvent;

/** One event as one line of CloudTrail's JSON record format, fields in CloudTrail's order. */
final class AuditJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AuditJson() {}

  static String line(AuditEvent event) {
    try {
      return MAPPER.writeValueAsString(record(event));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("An audit event is not serialisable", e);
    }
  }

  static Map<String, Object> record(AuditEvent event) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("eventVersion", event.eventVersion());
    record.put("userIdentity", userIdentity(event.userIdentity()));
    record.put("eventTime", time(event.eventTime()));
    record.put("eventSource", event.eventSource());
    record.put("eventName", event.eventName());
    record.put("awsRegion", event.awsRegion());
    record.put("sourceIPAddress", event.sourceIPAddress());
    record.put("userAgent", event.userAgent());
    if (event.errorCode() != null) {
      record.put("errorCode", event.errorCode());
      record.put("errorMessage", event.errorMessage());
    }
    record.put("requestParameters", event.requestParameters());
    record.put("responseElements", event.responseElements());
    record.put("requestID", event.requestID());
    record.put("eventID", event.eventID());
    record.put("readOnly", event.readOnly());
    record.put("eventType", "AwsApiCall");
    record.put("managementEvent", true);
    putIfPresent(record, "recipientAccountId", event.recipientAccountId());
    putIfPresent(record, "sharedEventID", event.sharedEventID());
    record.put("eventCategory", "Management");
    return record;
  }

  private static Map<String, Object> userIdentity(AuditEvent.UserIdentity identity) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("type", identity.type());
    putIfPresent(map, "principalId", identity.principalId());
    putIfPresent(map, "arn", identity.arn());
    putIfPresent(map, "accountId", identity.accountId());
    putIfPresent(map, "accessKeyId", identity.accessKeyId());
    putIfPresent(map, "userName", identity.userName());
    putIfPresent(map, "identityProvider", identity.identityProvider());
    AuditEvent.SessionContext context = identity.sessionContext();
    if (context != null) {
      Map<String, Object> session = new LinkedHashMap<>();
      AuditEvent.SessionIssuer issuer = context.sessionIssuer();
      if (issuer != null) {
        Map<String, Object> issuerMap = new LinkedHashMap<>();
        issuerMap.put("type", issuer.type());
        putIfPresent(issuerMap, "principalId", issuer.principalId());
        putIfPresent(issuerMap, "arn", issuer.arn());
        putIfPresent(issuerMap, "accountId", issuer.accountId());
        putIfPresent(issuerMap, "userName", issuer.userName());
        session.put("sessionIssuer", issuerMap);
      }
      session.put(
          "attributes",
          Map.of(
              "creationDate",
              time(context.creationDate()),
              "mfaAuthenticated",
              String.valueOf(context.mfaAuthenticated())));
      putIfPresent(session, "sourceIdentity", context.sourceIdentity());
      map.put("sessionContext", session);
    }
    return map;
  }

  /** CloudTrail's timestamps have whole seconds. */
  private static String time(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static void putIfPresent(Map<String, Object> map, String name, Object value) {
    if (value != null) {
      map.put(name, value);
    }
  }
}
