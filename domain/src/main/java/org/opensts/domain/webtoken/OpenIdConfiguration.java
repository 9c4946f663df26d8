package org.opensts.domain.webtoken;

import org.opensts.domain.authorization.JsonWriter;

/**
 * An issuer's discovery document, {@code /.well-known/openid-configuration} (OpenID Connect
 * Discovery 1.0 section 3): the members AWS's issuers publish, and {@code
 * response_types_supported}, which the specification requires.
 */
public final class OpenIdConfiguration {

  private OpenIdConfiguration() {}

  /**
   * @param issuerUrl the account's issuer URL, without a trailing slash
   */
  public static String of(String issuerUrl) {
    JsonWriter json =
        new JsonWriter()
            .beginObject()
            .name("issuer")
            .value(issuerUrl)
            .name("jwks_uri")
            .value(issuerUrl + "/.well-known/jwks.json");
    array(json, "response_types_supported", "id_token");
    array(json, "subject_types_supported", "public");
    array(json, "id_token_signing_alg_values_supported", "RS256", "ES384");
    array(
        json,
        "claims_supported",
        "sub",
        "iss",
        "aud",
        "exp",
        "iat",
        "jti",
        WebIdentityTokenClaims.AWS_NAMESPACE);
    return json.endObject().toString();
  }

  private static void array(JsonWriter json, String name, String... values) {
    json.name(name).beginArray();
    for (String value : values) {
      json.value(value);
    }
    json.endArray();
  }
}
