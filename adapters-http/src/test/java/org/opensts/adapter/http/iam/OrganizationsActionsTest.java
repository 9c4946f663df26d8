package org.opensts.adapter.http.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensts.application.port.in.iam.DisableOrganizationsRootCredentialsManagementUseCase;
import org.opensts.application.port.in.iam.DisableOrganizationsRootSessionsUseCase;
import org.opensts.application.port.in.iam.EnableOrganizationsRootCredentialsManagementUseCase;
import org.opensts.application.port.in.iam.EnableOrganizationsRootSessionsUseCase;
import org.opensts.application.port.in.iam.ListOrganizationsFeaturesUseCase;
import org.opensts.application.port.in.iam.OrganizationsFeaturesCommand;
import org.opensts.application.port.in.iam.OrganizationsFeaturesResult;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.organization.OrganizationFeature;

/** The centralized root access actions' XML: the organization id and a member list of features. */
class OrganizationsActionsTest {

  private final ListOrganizationsFeaturesUseCase list =
      mock(ListOrganizationsFeaturesUseCase.class);
  private final IamApi.OrganizationsUseCases useCases =
      new IamApi.OrganizationsUseCases(
          mock(EnableOrganizationsRootCredentialsManagementUseCase.class),
          mock(DisableOrganizationsRootCredentialsManagementUseCase.class),
          mock(EnableOrganizationsRootSessionsUseCase.class),
          mock(DisableOrganizationsRootSessionsUseCase.class),
          list);

  @Test
  void givenEnabledFeatures_listOrganizationsFeatures_rendersThemAsMembers() {
    Caller caller = TestCallers.withLongTermKey(TestPrincipals.root());
    when(list.listOrganizationsFeatures(new OrganizationsFeaturesCommand(caller)))
        .thenReturn(
            new OrganizationsFeaturesResult(
                "o-exampleorgid1",
                List.of(
                    OrganizationFeature.ROOT_CREDENTIALS_MANAGEMENT,
                    OrganizationFeature.ROOT_SESSIONS)));

    String xml =
        OrganizationsActions.of(useCases)
            .get("ListOrganizationsFeatures")
            .handle(null, caller)
            .toXml(IamApi.NAMESPACE, "rid");

    assertEquals(
        "<ListOrganizationsFeaturesResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">\n"
            + "  <ListOrganizationsFeaturesResult>\n"
            + "    <OrganizationId>o-exampleorgid1</OrganizationId>\n"
            + "    <EnabledFeatures>\n"
            + "      <member>RootCredentialsManagement</member>\n"
            + "      <member>RootSessions</member>\n"
            + "    </EnabledFeatures>\n"
            + "  </ListOrganizationsFeaturesResult>\n"
            + "  <ResponseMetadata>\n"
            + "    <RequestId>rid</RequestId>\n"
            + "  </ResponseMetadata>\n"
            + "</ListOrganizationsFeaturesResponse>\n",
        xml);
  }
}
