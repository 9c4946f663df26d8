package org.opensts.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.opensts.application.port.in.iam.CreateSamlProviderCommand;
import org.opensts.application.port.in.iam.CreateSamlProviderResult;
import org.opensts.application.port.in.iam.CreateSamlProviderUseCase;
import org.opensts.application.port.out.SamlMetadataParser;
import org.opensts.application.port.out.SamlMetadataParser.SamlMetadata;
import org.opensts.application.port.out.SamlProviderStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.iam.SamlProvider;

/** CreateSAMLProvider: a provider per name per account, from metadata with a signing key. */
final class CreateSamlProviderService implements CreateSamlProviderUseCase {

  /** IAM's quota of SAML providers per account. */
  static final int MAX_PER_ACCOUNT = 100;

  /** How long metadata without {@code validUntil} stays valid. */
  static final Duration DEFAULT_VALIDITY = Duration.ofDays(36_500);

  private final SamlProviderStore providers;
  private final SamlMetadataParser parser;
  private final IamAuthorizer authorizer;
  private final Clock clock;

  CreateSamlProviderService(
      SamlProviderStore providers,
      SamlMetadataParser parser,
      IamAuthorizer authorizer,
      Clock clock) {
    this.providers = providers;
    this.parser = parser;
    this.authorizer = authorizer;
    this.clock = clock;
  }

  @Override
  public CreateSamlProviderResult createSamlProvider(CreateSamlProviderCommand command) {
    AccountId account = command.caller().principal().account();
    String arn = SamlProvider.arnOf(account, command.name()).toString();
    authorizer.authorize(command.caller(), "iam:CreateSAMLProvider", arn);
    SamlMetadata metadata = parser.parse(command.metadataDocument());
    Instant now = clock.instant();
    SamlProvider provider =
        new SamlProvider(
            account,
            command.name(),
            command.metadataDocument(),
            metadata.entityId(),
            metadata.certificates(),
            now,
            metadata.validUntil().orElse(now.plus(DEFAULT_VALIDITY)),
            command.tags());
    if (providers.list(account).size() >= MAX_PER_ACCOUNT) {
      throw EntityException.limitExceeded("SAMLProvidersPerAccount", MAX_PER_ACCOUNT);
    }
    if (!providers.add(provider)) {
      throw EntityException.alreadyExists(
          "SAMLProvider with name " + command.name() + " already exists.");
    }
    return new CreateSamlProviderResult(provider);
  }
}
