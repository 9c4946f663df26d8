package org.opensts.adapter.http;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.opensts.adapter.http.iam.IamApi;
import org.opensts.adapter.http.sts.StsApi;
import org.opensts.application.port.in.iam.CreateAccessKeyUseCase;
import org.opensts.application.port.in.iam.CreateUserUseCase;
import org.opensts.application.port.in.iam.DeleteAccessKeyUseCase;
import org.opensts.application.port.in.iam.DeleteUserUseCase;
import org.opensts.application.port.in.iam.GetUserUseCase;
import org.opensts.application.port.in.iam.ListAccessKeysUseCase;
import org.opensts.application.port.in.iam.ListUsersUseCase;
import org.opensts.application.port.in.iam.TagUserUseCase;
import org.opensts.application.port.in.iam.UntagUserUseCase;
import org.opensts.application.port.in.iam.UpdateAccessKeyUseCase;
import org.opensts.application.port.in.sts.AssumeRoleUseCase;
import org.opensts.application.port.in.sts.GetCallerIdentityUseCase;
import org.opensts.application.port.in.sts.GetSessionTokenUseCase;

/** Builds the Query APIs the endpoint serves from the use cases the server provides. */
@Factory
final class QueryApiFactory {

  @Singleton
  StsApi stsApi(
      GetCallerIdentityUseCase getCallerIdentity,
      GetSessionTokenUseCase getSessionToken,
      AssumeRoleUseCase assumeRole) {
    return new StsApi(getCallerIdentity, getSessionToken, assumeRole);
  }

  @Singleton
  IamApi iamApi(
      CreateUserUseCase createUser,
      GetUserUseCase getUser,
      ListUsersUseCase listUsers,
      DeleteUserUseCase deleteUser,
      TagUserUseCase tagUser,
      UntagUserUseCase untagUser,
      CreateAccessKeyUseCase createAccessKey,
      ListAccessKeysUseCase listAccessKeys,
      UpdateAccessKeyUseCase updateAccessKey,
      DeleteAccessKeyUseCase deleteAccessKey) {
    return new IamApi(
        new IamApi.UseCases(
            createUser,
            getUser,
            listUsers,
            deleteUser,
            tagUser,
            untagUser,
            createAccessKey,
            listAccessKeys,
            updateAccessKey,
            deleteAccessKey));
  }
}
