package org.opensts.domain.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.identity.IamPath;

class IdentityProviderTest {

  @Test
  void givenHttpsIssuer_issuerOf_dropsTheSchemeAndATrailingSlash() {
    assertEquals(
        "idp.example.com/tenant",
        OpenIdConnectProvider.issuerOf("https://idp.example.com/tenant/"));
    assertEquals("idp.example.com", OpenIdConnectProvider.issuerOf("https://idp.example.com"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "http://idp.example.com",
        "idp.example.com",
        "https://idp.example.com:8443",
        "https://idp.example.com/?tenant=1",
        "https://idp.example.com/#x",
        "https://user@idp.example.com",
        "https://"
      })
  void givenUrlIamRefuses_issuerOf_failsWithInvalidInput(String url) {
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> OpenIdConnectProvider.issuerOf(url));

    assertEquals(ErrorCode.INVALID_INPUT, e.code());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "http://127.0.0.1:43123/realm|127.0.0.1:43123/realm",
        "http://localhost:8080|localhost:8080",
        "http://[::1]:9000/a/|[::1]:9000/a",
        "https://idp.example.com/tenant|idp.example.com/tenant"
      })
  void givenLoopbackHttpAllowed_issuerOf_keepsHostPortAndPath(String urlAndIssuer) {
    String[] parts = urlAndIssuer.split("\\|");

    assertEquals(parts[1], OpenIdConnectProvider.issuerOf(parts[0], true));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "http://idp.example.com:8080",
        "http://10.0.0.1:8080",
        "http://127.0.0.2:8080",
        "https://127.0.0.1:8443",
        "http://localhost:8080/?x=1"
      })
  void givenNonLoopbackOrPortedHttps_issuerOfWithLoopbackAllowed_failsWithInvalidInput(String url) {
    assertThrows(InvalidRequestException.class, () -> OpenIdConnectProvider.issuerOf(url, true));
  }

  @Test
  void givenLoopbackHttpNotAllowed_issuerOf_failsWithInvalidInput() {
    assertThrows(
        InvalidRequestException.class,
        () -> OpenIdConnectProvider.issuerOf("http://127.0.0.1:43123/realm"));
  }

  @Test
  void givenTooManyOrMalformedThumbprints_checkLists_refusesThem() {
    assertEquals(
        ErrorCode.LIMIT_EXCEEDED,
        assertThrows(
                EntityException.class,
                () ->
                    OpenIdConnectProvider.checkLists(
                        List.of(), Collections.nCopies(6, "a".repeat(40))))
            .code());
    assertEquals(
        ErrorCode.INVALID_INPUT,
        assertThrows(
                InvalidRequestException.class,
                () -> OpenIdConnectProvider.checkLists(List.of(), List.of("g".repeat(40))))
            .code());
    OpenIdConnectProvider.checkLists(List.of("sts.amazonaws.com"), List.of("AbCdEf0123".repeat(4)));
  }

  @Test
  void givenProviderArns_urlInAndNameIn_readTheirResource() {
    assertEquals(
        "idp.example.com/t",
        OpenIdConnectProvider.urlIn("arn:aws:iam::111111111111:oidc-provider/idp.example.com/t"));
    assertEquals("Corp_1", SamlProvider.nameIn("arn:aws:iam::111111111111:saml-provider/Corp_1"));
    assertThrows(
        InvalidRequestException.class,
        () -> OpenIdConnectProvider.urlIn("arn:aws:iam::111111111111:saml-provider/Corp"));
    assertThrows(
        InvalidRequestException.class,
        () -> SamlProvider.nameIn("arn:aws:iam::111111111111:saml-provider/a/b"));
    assertThrows(InvalidRequestException.class, () -> SamlProvider.nameIn("not-an-arn"));
  }

  @Test
  void givenPathAndName_serialNumberOf_isTheMfaArn() {
    assertEquals(
        "arn:aws:iam::111111111111:mfa/alice",
        VirtualMfaDevice.serialNumberOf(TestAccounts.ALPHA, IamPath.ROOT, "alice").toString());
    assertEquals(
        "arn:aws:iam::111111111111:mfa/team/alice",
        VirtualMfaDevice.serialNumberOf(TestAccounts.ALPHA, IamPath.of("/team/"), "alice")
            .toString());
  }
}
