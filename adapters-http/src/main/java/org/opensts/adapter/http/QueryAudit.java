package org.opensts.adapter.http;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.out.AuditEvent;
import org.opensts.application.port.out.AuditTrail;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.identity.RandomUuids;
import org.opensts.domain.signature.SignedRequest;

/**
 * Builds the one audit event of each Query request once its response is known, from what the
 * endpoint learnt on the way: the API, the parameters, the caller, the error message.
 */
@Singleton
final class QueryAudit {

  private final AuditTrail trail;
  private final Clock clock;
  private final String region;

  QueryAudit(AuditTrail trail, Clock clock, @Value("${sts.region:us-east-1}") String region) {
    this.trail = trail;
    this.clock = clock;
    this.region = region;
  }

  /** What one request revealed while it was served; filled in by the endpoint as it goes. */
  static final class Exchange {
    private final SignedRequest request;
    private final RequestOrigin origin;
    private String signingName = "sts";
    private Map<String, String> parameters = Map.of();
    private Caller caller;
    private String errorMessage;
    private final QueryAuditMaps.ResultElements result = new QueryAuditMaps.ResultElements();

    Exchange(SignedRequest request, RequestOrigin origin) {
      this.request = request;
      this.origin = origin;
    }

    void api(String signingName) {
      this.signingName = signingName;
    }

    void parameters(Map<String, String> parameters) {
      this.parameters = parameters;
    }

    void caller(Caller caller) {
      this.caller = caller;
    }

    void failed(String message) {
      this.errorMessage = message;
    }

    /**
     * Told the result as the response of {@code action} is written, when the event will record it
     * (writes, and the reads that issue credentials); other reads skip gathering it.
     */
    XmlDocument.Observer result(String action) {
      return recordsResponse(action) ? result : XmlDocument.Observer.NONE;
    }
  }

  /** Records the event of a request whose response is {@code response}. */
  void record(Exchange exchange, WireResponse response) {
    trail.record(event(exchange, response));
  }

  AuditEvent event(Exchange exchange, WireResponse response) {
    String action = response.action();
    boolean success = response.status() < 300;
    Map<String, Object> responseElements =
        success && recordsResponse(action) ? exchange.result.value() : null;
    AuditEvent.UserIdentity identity = identity(exchange, action, responseElements);
    return new AuditEvent(
        clock.instant(),
        "iam".equals(exchange.signingName) ? AuditEvent.IAM : AuditEvent.STS,
        action,
        region,
        exchange.origin.sourceIp(),
        exchange.origin.userAgent(),
        identity,
        QueryAuditMaps.requestParameters(exchange.parameters),
        responseElements,
        success ? null : response.errorCode(),
        success ? null : exchange.errorMessage,
        response.requestId(),
        RandomUuids.next(ThreadLocalRandom.current()),
        AuditEvent.isReadOnly(action),
        identity.accountId() != null
            ? identity.accountId()
            : AuditEvent.recipientAccountOf(exchange.parameters.get("RoleArn")),
        success && AuditEvent.isAssumeRole(action)
            ? RandomUuids.next(ThreadLocalRandom.current())
            : null);
  }

  private static AuditEvent.UserIdentity identity(
      Exchange exchange, String action, Map<String, Object> responseElements) {
    if (exchange.caller != null) {
      return AuditEvent.UserIdentity.of(exchange.caller);
    }
    Map<String, Object> elements = responseElements == null ? Map.of() : responseElements;
    if ("AssumeRoleWithWebIdentity".equals(action)) {
      return AuditEvent.UserIdentity.federated(
          "WebIdentityUser",
          text(elements.get("provider")),
          text(elements.get("subjectFromWebIdentityToken")));
    }
    if ("AssumeRoleWithSAML".equals(action)) {
      return AuditEvent.UserIdentity.federated(
          "SAMLUser", text(elements.get("issuer")), text(elements.get("subject")));
    }
    return AuditEvent.UserIdentity.unknown(ClaimedAccessKey.of(exchange.request).orElse(null));
  }

  /** CloudTrail records the response of writes and of the reads that issue credentials. */
  private static boolean recordsResponse(String action) {
    return !AuditEvent.isReadOnly(action)
        || action.equals("GetSessionToken")
        || action.equals("GetFederationToken");
  }

  private static String text(Object value) {
    return value instanceof String text ? text : null;
  }
}
