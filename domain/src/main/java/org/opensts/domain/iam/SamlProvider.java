package org.opensts.domain.iam;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.identity.Arn;
import org.opensts.domain.identity.Tag;

/**
 * An IAM SAML identity provider: its name and the IdP's metadata document, whose certificates
 * verify the assertions the IdP signs.
 *
 * @param entityId the IdP's {@code entityID}, the Issuer of its assertions
 * @param validUntil the metadata's {@code validUntil}, or 100 years after creation when it has none
 */
public record SamlProvider(
    AccountId account,
    String name,
    String metadataDocument,
    String entityId,
    List<String> certificates,
    Instant createDate,
    Instant validUntil,
    List<Tag> tags) {

  private static final String RESOURCE = "saml-provider/";

  public SamlProvider {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(metadataDocument, "metadataDocument");
    Objects.requireNonNull(entityId, "entityId");
    certificates = List.copyOf(certificates);
    Objects.requireNonNull(createDate, "createDate");
    Objects.requireNonNull(validUntil, "validUntil");
    tags = List.copyOf(tags);
  }

  /** {@code arn:aws:iam::ACCOUNT:saml-provider/NAME}. */
  public static Arn arnOf(AccountId account, String name) {
    return Arn.iam(account.value(), RESOURCE + name);
  }

  /**
   * The provider name a SAML provider ARN names.
   *
   * @throws InvalidRequestException {@code InvalidInput} when the text is no SAML provider ARN
   */
  public static String nameIn(String arn) {
    Arn parsed = Arn.parse(arn).orElseThrow(() -> OpenIdConnectProvider.invalidArn(arn));
    String resource = parsed.resource();
    if (!parsed.service().equals("iam")
        || !parsed.region().isEmpty()
        || !resource.startsWith(RESOURCE)
        || !resource.substring(RESOURCE.length()).matches("[\\w._-]{1,128}")) {
      throw OpenIdConnectProvider.invalidArn(arn);
    }
    return resource.substring(RESOURCE.length());
  }

  public Arn arn() {
    return arnOf(account, name);
  }
}
