package org.opensts.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a SAML 2.0 IdP metadata document (an {@code md:EntityDescriptor}) for CreateSAMLProvider.
 */
public interface SamlMetadataParser {

  /**
   * @throws org.opensts.domain.error.InvalidRequestException {@code InvalidInput} when the text is
   *     not well-formed XML, declares a DOCTYPE, or lacks an entity id or an IdP signing
   *     certificate
   */
  SamlMetadata parse(String document);

  /**
   * What IAM needs from the metadata.
   *
   * @param certificates the base-64 DER X.509 certificates of the IdP's key descriptors
   * @param validUntil the descriptor's {@code validUntil}, when it has one
   */
  record SamlMetadata(String entityId, List<String> certificates, Optional<Instant> validUntil) {

    public SamlMetadata {
      Objects.requireNonNull(entityId, "entityId");
      certificates = List.copyOf(certificates);
      Objects.requireNonNull(validUntil, "validUntil");
    }
  }
}
