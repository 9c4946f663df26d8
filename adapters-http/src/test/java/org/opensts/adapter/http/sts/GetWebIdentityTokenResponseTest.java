package org.opensts.adapter.http.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.sts.GetWebIdentityTokenResult;

/** GetWebIdentityToken's XML, shaped as the model's output. */
class GetWebIdentityTokenResponseTest {

  @Test
  void givenResult_toXml_rendersTheTokenAndItsExpiration() {
    GetWebIdentityTokenResult result =
        new GetWebIdentityTokenResult("eyJ.a.b", Instant.parse("2025-01-01T00:05:00.456Z"));

    String xml = GetWebIdentityTokenResponse.from(result).toXml(StsApi.NAMESPACE, "rid");

    assertEquals(
        "<GetWebIdentityTokenResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
            + "  <GetWebIdentityTokenResult>\n"
            + "    <WebIdentityToken>eyJ.a.b</WebIdentityToken>\n"
            + "    <Expiration>2025-01-01T00:05:00Z</Expiration>\n"
            + "  </GetWebIdentityTokenResult>\n"
            + "  <ResponseMetadata>\n"
            + "    <RequestId>rid</RequestId>\n"
            + "  </ResponseMetadata>\n"
            + "</GetWebIdentityTokenResponse>\n",
        xml);
  }
}
