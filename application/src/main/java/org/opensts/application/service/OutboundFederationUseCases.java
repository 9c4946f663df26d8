package org.opensts.application.service;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.opensts.application.port.in.iam.DisableOutboundWebIdentityFederationUseCase;
import org.opensts.application.port.in.iam.EnableOutboundWebIdentityFederationUseCase;
import org.opensts.application.port.in.iam.GetOutboundWebIdentityFederationInfoUseCase;
import org.opensts.application.port.in.oidc.GetIssuerMetadataUseCase;
import org.opensts.application.port.in.oidc.ProvisionOutboundFederationUseCase;
import org.opensts.application.port.in.oidc.RotateWebTokenSigningKeysUseCase;
import org.opensts.application.port.in.sts.GetWebIdentityTokenUseCase;
import org.opensts.application.port.out.OutboundFederationStore;
import org.opensts.application.port.out.WebTokenSigningKeyRing;

/**
 * Builds outbound identity federation: GetWebIdentityToken, the IAM operations that turn it on and
 * off, and this server's part as the OpenID Connect issuer of each account, beside {@link
 * StsUseCases} and with its permissions and authorizer.
 */
public final class OutboundFederationUseCases {

  private final GetWebIdentityTokenUseCase getWebIdentityToken;
  private final EnableOutboundWebIdentityFederationUseCase enable;
  private final DisableOutboundWebIdentityFederationUseCase disable;
  private final GetOutboundWebIdentityFederationInfoUseCase getInfo;
  private final GetIssuerMetadataUseCase getIssuerMetadata;
  private final RotateWebTokenSigningKeysUseCase rotateSigningKeys;
  private final ProvisionOutboundFederationUseCase provision;

  private OutboundFederationUseCases(
      StsUseCases core,
      Ports ports,
      Clock clock,
      RandomGenerator random,
      String region,
      Supplier<String> issuerBaseUrl) {
    IamAuthorizer authorizer = core.iamAuthorizer();
    this.getWebIdentityToken =
        new GetWebIdentityTokenService(
            core.callerPermissions(),
            core.requestKeys(),
            core.principalDirectory(),
            ports.federations(),
            ports.signingKeys(),
            clock,
            random,
            region,
            issuerBaseUrl);
    this.enable =
        new EnableOutboundFederationService(ports.federations(), authorizer, random, issuerBaseUrl);
    this.disable = new DisableOutboundFederationService(ports.federations(), authorizer);
    this.getInfo =
        new GetOutboundFederationInfoService(ports.federations(), authorizer, issuerBaseUrl);
    this.getIssuerMetadata =
        new GetOutboundFederationIssuerService(
            ports.federations(), ports.signingKeys(), issuerBaseUrl);
    this.rotateSigningKeys = new RotateWebIdentityTokenKeysService(ports.signingKeys(), clock);
    this.provision = new ProvisionOutboundFederationService(ports.federations(), random);
  }

  /**
   * @param core the STS and IAM use cases, whose permissions and authorizer these share
   * @param clock the only source of time
   * @param random the only source of randomness (issuer and token ids): pass a SecureRandom
   * @param region the region tokens name as their {@code source_region}
   * @param issuerBaseUrl the server's public base URL; asked each time an issuer URL is written, so
   *     that a server on a port chosen at start can answer with the port it got
   */
  public static OutboundFederationUseCases create(
      StsUseCases core,
      Ports ports,
      Clock clock,
      RandomGenerator random,
      String region,
      Supplier<String> issuerBaseUrl) {
    return new OutboundFederationUseCases(
        Objects.requireNonNull(core, "core"),
        Objects.requireNonNull(ports, "ports"),
        Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(random, "random"),
        Objects.requireNonNull(region, "region"),
        Objects.requireNonNull(issuerBaseUrl, "issuerBaseUrl"));
  }

  /** Each account's setting and issuer id, and the keys every issuer signs with. */
  public record Ports(OutboundFederationStore federations, WebTokenSigningKeyRing signingKeys) {

    public Ports {
      Objects.requireNonNull(federations, "federations");
      Objects.requireNonNull(signingKeys, "signingKeys");
    }
  }

  public GetWebIdentityTokenUseCase getWebIdentityToken() {
    return getWebIdentityToken;
  }

  public EnableOutboundWebIdentityFederationUseCase enableOutboundWebIdentityFederation() {
    return enable;
  }

  public DisableOutboundWebIdentityFederationUseCase disableOutboundWebIdentityFederation() {
    return disable;
  }

  public GetOutboundWebIdentityFederationInfoUseCase getOutboundWebIdentityFederationInfo() {
    return getInfo;
  }

  /** The discovery documents, which anyone may read. */
  public GetIssuerMetadataUseCase getIssuerMetadata() {
    return getIssuerMetadata;
  }

  /** The operator's rotation of the signing keys, which the server also runs on a schedule. */
  public RotateWebTokenSigningKeysUseCase rotateWebTokenSigningKeys() {
    return rotateSigningKeys;
  }

  /** The bootstrap file's {@code outboundWebIdentityFederation}. */
  public ProvisionOutboundFederationUseCase provisionOutboundFederation() {
    return provision;
  }
}
