package org.opensts.adapter.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.out.AuditEvent;

class AuditJsonTest {

  @Test
  void givenParametersOfEveryKind_theLine_holdsThemAsJacksonWouldWriteThem() throws IOException {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("roleArn", "arn:aws:iam::123456789012:role/r \"quoted\" é");
    parameters.put("durationSeconds", 3600);
    parameters.put("expiration", 1795833400L);
    parameters.put("ratio", new BigDecimal("0.5"));
    parameters.put("mfa", true);
    parameters.put("nothing", null);
    List<Object> tags = new ArrayList<>();
    tags.add(Map.of("key", "team", "value", "infra"));
    tags.add("plain");
    parameters.put("tags", tags);
    AuditEvent base = JsonLinesAuditTrailTest.event("req-1");
    AuditEvent event =
        new AuditEvent(
            base.eventTime(),
            base.eventSource(),
            base.eventName(),
            base.awsRegion(),
            base.sourceIPAddress(),
            base.userAgent(),
            base.userIdentity(),
            parameters,
            null,
            "AccessDenied",
            "not allowed",
            base.requestID(),
            base.eventID(),
            base.readOnly(),
            base.recipientAccountId(),
            null);

    JsonLine json = new JsonLine();
    AuditJson.write(event, json);

    ObjectMapper mapper = new ObjectMapper();
    Map<?, ?> line = mapper.readValue(json.toByteArray(), Map.class);
    assertEquals(
        mapper.readTree(mapper.writeValueAsString(parameters)),
        mapper.valueToTree(line.get("requestParameters")));
    assertEquals(null, line.get("responseElements"));
    assertEquals(
        List.of(
            "eventVersion",
            "userIdentity",
            "eventTime",
            "eventSource",
            "eventName",
            "awsRegion",
            "sourceIPAddress",
            "userAgent",
            "errorCode",
            "errorMessage",
            "requestParameters",
            "responseElements",
            "requestID",
            "eventID",
            "readOnly",
            "eventType",
            "managementEvent",
            "recipientAccountId",
            "eventCategory"),
        List.copyOf(line.keySet()));
  }
}
