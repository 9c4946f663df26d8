package org.opensts.server.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.opensts.adapter.policyjson.JacksonPolicyDocumentParser;
import org.opensts.application.port.in.delegation.CreateTradeInTokenUseCase;
import org.opensts.application.port.in.sts.GetDelegatedAccessTokenUseCase;
import org.opensts.application.service.DelegationUseCases;
import org.opensts.application.service.StsUseCases;

/**
 * Builds temporary delegation (the customer's CreateTradeInToken, the partner's
 * GetDelegatedAccessToken) over the session tokens' key ring and exposes each inbound port as a
 * bean.
 */
@Factory
final class DelegationFactory {

  @Singleton
  DelegationUseCases delegationUseCases(StsUseCases core, Stores stores, Clock clock) {
    return DelegationUseCases.create(
        core,
        new DelegationUseCases.Ports(stores.keyRing(), new JacksonPolicyDocumentParser()),
        clock,
        new PerThreadSecureRandom());
  }

  @Singleton
  CreateTradeInTokenUseCase createTradeInToken(DelegationUseCases useCases) {
    return useCases.createTradeInToken();
  }

  @Singleton
  GetDelegatedAccessTokenUseCase getDelegatedAccessToken(DelegationUseCases useCases) {
    return useCases.getDelegatedAccessToken();
  }
}
