package org.opensts.adapter.http;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.opensts.application.port.in.auth.AuthenticateRequestUseCase;
import org.opensts.application.port.in.iam.CreateAccessKeyUseCase;
import org.opensts.application.port.in.iam.CreateRoleUseCase;
import org.opensts.application.port.in.iam.CreateUserUseCase;
import org.opensts.application.port.in.iam.DeleteAccessKeyUseCase;
import org.opensts.application.port.in.iam.DeleteRolePermissionsBoundaryUseCase;
import org.opensts.application.port.in.iam.DeleteRolePolicyUseCase;
import org.opensts.application.port.in.iam.DeleteRoleUseCase;
import org.opensts.application.port.in.iam.DeleteUserPolicyUseCase;
import org.opensts.application.port.in.iam.DeleteUserUseCase;
import org.opensts.application.port.in.iam.GetRolePolicyUseCase;
import org.opensts.application.port.in.iam.GetRoleUseCase;
import org.opensts.application.port.in.iam.GetUserPolicyUseCase;
import org.opensts.application.port.in.iam.GetUserUseCase;
import org.opensts.application.port.in.iam.ListAccessKeysUseCase;
import org.opensts.application.port.in.iam.ListRolePoliciesUseCase;
import org.opensts.application.port.in.iam.ListRolesUseCase;
import org.opensts.application.port.in.iam.ListUserPoliciesUseCase;
import org.opensts.application.port.in.iam.ListUsersUseCase;
import org.opensts.application.port.in.iam.PutRolePermissionsBoundaryUseCase;
import org.opensts.application.port.in.iam.PutRolePolicyUseCase;
import org.opensts.application.port.in.iam.PutUserPolicyUseCase;
import org.opensts.application.port.in.iam.TagRoleUseCase;
import org.opensts.application.port.in.iam.TagUserUseCase;
import org.opensts.application.port.in.iam.UntagRoleUseCase;
import org.opensts.application.port.in.iam.UntagUserUseCase;
import org.opensts.application.port.in.iam.UpdateAccessKeyUseCase;
import org.opensts.application.port.in.iam.UpdateAssumeRolePolicyUseCase;
import org.opensts.application.port.in.iam.UpdateRoleUseCase;
import org.opensts.application.port.in.sts.AssumeRoleUseCase;
import org.opensts.application.port.in.sts.GetCallerIdentityUseCase;
import org.opensts.application.port.in.sts.GetSessionTokenUseCase;
import org.opensts.domain.error.AuthenticationException;

/**
 * Stands in for the server's use cases in the HTTP slice: nobody authenticates, nothing else runs.
 */
@Factory
final class UseCaseMocks {

  @Singleton
  AuthenticateRequestUseCase authenticateRequest() {
    AuthenticateRequestUseCase authenticator = mock(AuthenticateRequestUseCase.class);
    when(authenticator.authenticate(any()))
        .thenThrow(AuthenticationException.missingAuthenticationToken());
    return authenticator;
  }

  @Singleton
  GetCallerIdentityUseCase getCallerIdentity() {
    return mock(GetCallerIdentityUseCase.class);
  }

  @Singleton
  GetSessionTokenUseCase getSessionToken() {
    return mock(GetSessionTokenUseCase.class);
  }

  @Singleton
  AssumeRoleUseCase assumeRole() {
    return mock(AssumeRoleUseCase.class);
  }

  @Singleton
  CreateUserUseCase createUser() {
    return mock(CreateUserUseCase.class);
  }

  @Singleton
  GetUserUseCase getUser() {
    return mock(GetUserUseCase.class);
  }

  @Singleton
  ListUsersUseCase listUsers() {
    return mock(ListUsersUseCase.class);
  }

  @Singleton
  DeleteUserUseCase deleteUser() {
    return mock(DeleteUserUseCase.class);
  }

  @Singleton
  TagUserUseCase tagUser() {
    return mock(TagUserUseCase.class);
  }

  @Singleton
  UntagUserUseCase untagUser() {
    return mock(UntagUserUseCase.class);
  }

  @Singleton
  CreateAccessKeyUseCase createAccessKey() {
    return mock(CreateAccessKeyUseCase.class);
  }

  @Singleton
  ListAccessKeysUseCase listAccessKeys() {
    return mock(ListAccessKeysUseCase.class);
  }

  @Singleton
  UpdateAccessKeyUseCase updateAccessKey() {
    return mock(UpdateAccessKeyUseCase.class);
  }

  @Singleton
  DeleteAccessKeyUseCase deleteAccessKey() {
    return mock(DeleteAccessKeyUseCase.class);
  }

  @Singleton
  CreateRoleUseCase createRole() {
    return mock(CreateRoleUseCase.class);
  }

  @Singleton
  GetRoleUseCase getRole() {
    return mock(GetRoleUseCase.class);
  }

  @Singleton
  ListRolesUseCase listRoles() {
    return mock(ListRolesUseCase.class);
  }

  @Singleton
  UpdateRoleUseCase updateRole() {
    return mock(UpdateRoleUseCase.class);
  }

  @Singleton
  UpdateAssumeRolePolicyUseCase updateAssumeRolePolicy() {
    return mock(UpdateAssumeRolePolicyUseCase.class);
  }

  @Singleton
  DeleteRoleUseCase deleteRole() {
    return mock(DeleteRoleUseCase.class);
  }

  @Singleton
  TagRoleUseCase tagRole() {
    return mock(TagRoleUseCase.class);
  }

  @Singleton
  UntagRoleUseCase untagRole() {
    return mock(UntagRoleUseCase.class);
  }

  @Singleton
  PutRolePermissionsBoundaryUseCase putRolePermissionsBoundary() {
    return mock(PutRolePermissionsBoundaryUseCase.class);
  }

  @Singleton
  DeleteRolePermissionsBoundaryUseCase deleteRolePermissionsBoundary() {
    return mock(DeleteRolePermissionsBoundaryUseCase.class);
  }

  @Singleton
  PutUserPolicyUseCase putUserPolicy() {
    return mock(PutUserPolicyUseCase.class);
  }

  @Singleton
  GetUserPolicyUseCase getUserPolicy() {
    return mock(GetUserPolicyUseCase.class);
  }

  @Singleton
  DeleteUserPolicyUseCase deleteUserPolicy() {
    return mock(DeleteUserPolicyUseCase.class);
  }

  @Singleton
  ListUserPoliciesUseCase listUserPolicies() {
    return mock(ListUserPoliciesUseCase.class);
  }

  @Singleton
  PutRolePolicyUseCase putRolePolicy() {
    return mock(PutRolePolicyUseCase.class);
  }

  @Singleton
  GetRolePolicyUseCase getRolePolicy() {
    return mock(GetRolePolicyUseCase.class);
  }

  @Singleton
  DeleteRolePolicyUseCase deleteRolePolicy() {
    return mock(DeleteRolePolicyUseCase.class);
  }

  @Singleton
  ListRolePoliciesUseCase listRolePolicies() {
    return mock(ListRolePoliciesUseCase.class);
  }
}
