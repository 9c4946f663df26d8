package org.opensts.adapter.http.sts;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.opensts.adapter.http.query.QueryAction;
import org.opensts.adapter.http.query.QueryApi;
import org.opensts.adapter.http.xml.ResultResponse;
import org.opensts.application.port.in.sts.AssumeRoleCommand;
import org.opensts.application.port.in.sts.AssumeRoleUseCase;
import org.opensts.application.port.in.sts.GetAccessKeyInfoCommand;
import org.opensts.application.port.in.sts.GetAccessKeyInfoUseCase;
import org.opensts.application.port.in.sts.GetCallerIdentityCommand;
import org.opensts.application.port.in.sts.GetCallerIdentityUseCase;
import org.opensts.application.port.in.sts.GetSessionTokenCommand;
import org.opensts.application.port.in.sts.GetSessionTokenUseCase;

/** STS, API version 2011-06-15: each action translates its parameters and calls its use case. */
@Singleton
public final class StsApi implements QueryApi {

  public static final String VERSION = "2011-06-15";
  public static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

  private final Map<String, QueryAction> actions;

  public StsApi(
      GetCallerIdentityUseCase getCallerIdentity,
      GetSessionTokenUseCase getSessionToken,
      AssumeRoleUseCase assumeRole,
      GetAccessKeyInfoUseCase getAccessKeyInfo) {
    this.actions =
        Map.of(
            "GetAccessKeyInfo",
            (parameters, caller) -> {
              String account =
                  getAccessKeyInfo
                      .getAccessKeyInfo(
                          new GetAccessKeyInfoCommand(caller, parameters.getOrNull("AccessKeyId")))
                      .account();
              return new ResultResponse("GetAccessKeyInfo", d -> d.element("Account", account));
            },
            "GetCallerIdentity",
            (parameters, caller) ->
                GetCallerIdentityResponse.from(
                    getCallerIdentity.getCallerIdentity(new GetCallerIdentityCommand(caller))),
            "GetSessionToken",
            (parameters, caller) ->
                GetSessionTokenResponse.from(
                    getSessionToken.getSessionToken(
                        new GetSessionTokenCommand(
                            caller,
                            parameters.integer("DurationSeconds"),
                            parameters.getOrNull("SerialNumber"),
                            parameters.getOrNull("TokenCode")))),
            "AssumeRole",
            (parameters, caller) ->
                AssumeRoleResponse.from(
                    assumeRole.assumeRole(
                        AssumeRoleCommand.of(
                            caller,
                            parameters.getOrNull("RoleArn"),
                            parameters.getOrNull("RoleSessionName"),
                            parameters.integer("DurationSeconds")))));
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public String namespace() {
    return NAMESPACE;
  }

  @Override
  public String signingName() {
    return "sts";
  }

  @Override
  public Optional<QueryAction> action(String name) {
    return Optional.ofNullable(actions.get(name));
  }
}
