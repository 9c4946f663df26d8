package org.opensts.server.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.opensts.application.port.in.admin.ProvisionOrganizationUseCase;
import org.opensts.application.port.in.iam.DisableOrganizationsRootCredentialsManagementUseCase;
import org.opensts.application.port.in.iam.DisableOrganizationsRootSessionsUseCase;
import org.opensts.application.port.in.iam.EnableOrganizationsRootCredentialsManagementUseCase;
import org.opensts.application.port.in.iam.EnableOrganizationsRootSessionsUseCase;
import org.opensts.application.port.in.iam.ListOrganizationsFeaturesUseCase;
import org.opensts.application.port.in.sts.AssumeRootUseCase;
import org.opensts.application.service.RootAccessUseCases;
import org.opensts.application.service.StsUseCases;

/**
 * Builds centralized root access (AssumeRoot, IAM's organization features, declaring organizations)
 * over the configured stores and exposes each inbound port as a bean.
 */
@Factory
final class RootAccessFactory {

  @Singleton
  RootAccessUseCases rootAccessUseCases(StsUseCases core, Stores stores) {
    return RootAccessUseCases.create(
        core, new RootAccessUseCases.Ports(stores.accounts(), stores.organizations()));
  }

  @Singleton
  AssumeRootUseCase assumeRoot(RootAccessUseCases useCases) {
    return useCases.assumeRoot();
  }

  @Singleton
  EnableOrganizationsRootCredentialsManagementUseCase enableOrganizationsRootCredentialsManagement(
      RootAccessUseCases useCases) {
    return useCases.enableOrganizationsRootCredentialsManagement();
  }

  @Singleton
  DisableOrganizationsRootCredentialsManagementUseCase
      disableOrganizationsRootCredentialsManagement(RootAccessUseCases useCases) {
    return useCases.disableOrganizationsRootCredentialsManagement();
  }

  @Singleton
  EnableOrganizationsRootSessionsUseCase enableOrganizationsRootSessions(
      RootAccessUseCases useCases) {
    return useCases.enableOrganizationsRootSessions();
  }

  @Singleton
  DisableOrganizationsRootSessionsUseCase disableOrganizationsRootSessions(
      RootAccessUseCases useCases) {
    return useCases.disableOrganizationsRootSessions();
  }

  @Singleton
  ListOrganizationsFeaturesUseCase listOrganizationsFeatures(RootAccessUseCases useCases) {
    return useCases.listOrganizationsFeatures();
  }

  @Singleton
  ProvisionOrganizationUseCase provisionOrganization(RootAccessUseCases useCases) {
    return useCases.provisionOrganization();
  }
}
