package org.opensts.adapter.http.iam;

import java.util.Map;
import java.util.function.Function;
import org.opensts.adapter.http.query.QueryAction;
import org.opensts.adapter.http.xml.ResultResponse;
import org.opensts.application.port.in.iam.OrganizationsFeaturesCommand;
import org.opensts.application.port.in.iam.OrganizationsFeaturesResult;
import org.opensts.domain.organization.OrganizationFeature;

/**
 * IAM's centralized root access actions: none takes a parameter, and each answers with the
 * organization's id and its enabled features, a member list.
 */
final class OrganizationsActions {

  private OrganizationsActions() {}

  static Map<String, QueryAction> of(IamApi.OrganizationsUseCases iam) {
    return Map.of(
        "EnableOrganizationsRootCredentialsManagement",
        action(
            "EnableOrganizationsRootCredentialsManagement",
            command ->
                iam.enableRootCredentialsManagement()
                    .enableOrganizationsRootCredentialsManagement(command)),
        "DisableOrganizationsRootCredentialsManagement",
        action(
            "DisableOrganizationsRootCredentialsManagement",
            command ->
                iam.disableRootCredentialsManagement()
                    .disableOrganizationsRootCredentialsManagement(command)),
        "EnableOrganizationsRootSessions",
        action(
            "EnableOrganizationsRootSessions",
            command -> iam.enableRootSessions().enableOrganizationsRootSessions(command)),
        "DisableOrganizationsRootSessions",
        action(
            "DisableOrganizationsRootSessions",
            command -> iam.disableRootSessions().disableOrganizationsRootSessions(command)),
        "ListOrganizationsFeatures",
        action(
            "ListOrganizationsFeatures",
            command -> iam.listFeatures().listOrganizationsFeatures(command)));
  }

  private static QueryAction action(
      String name, Function<OrganizationsFeaturesCommand, OrganizationsFeaturesResult> useCase) {
    return (p, caller) -> {
      OrganizationsFeaturesResult result = useCase.apply(new OrganizationsFeaturesCommand(caller));
      return new ResultResponse(
          name,
          d -> {
            d.element("OrganizationId", result.organizationId()).start("EnabledFeatures");
            for (OrganizationFeature feature : result.enabledFeatures()) {
              d.element("member", feature.wireName());
            }
            d.end();
          });
    };
  }
}
