package org.opensts.adapter.http.sts;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opensts.adapter.http.query.QueryAction;
import org.opensts.adapter.http.query.QueryApi;
import org.opensts.adapter.http.query.QueryParameters;
import org.opensts.adapter.http.query.UnsignedQueryAction;
import org.opensts.adapter.http.xml.ResultResponse;
import org.opensts.application.port.in.sts.AssumeRoleCommand;
import org.opensts.application.port.in.sts.AssumeRoleUseCase;
import org.opensts.application.port.in.sts.AssumeRoleWithSamlCommand;
import org.opensts.application.port.in.sts.AssumeRoleWithSamlUseCase;
import org.opensts.application.port.in.sts.AssumeRoleWithWebIdentityCommand;
import org.opensts.application.port.in.sts.AssumeRoleWithWebIdentityUseCase;
import org.opensts.application.port.in.sts.AssumeRootCommand;
import org.opensts.application.port.in.sts.AssumeRootUseCase;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageCommand;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageUseCase;
import org.opensts.application.port.in.sts.GetAccessKeyInfoCommand;
import org.opensts.application.port.in.sts.GetAccessKeyInfoUseCase;
import org.opensts.application.port.in.sts.GetCallerIdentityCommand;
import org.opensts.application.port.in.sts.GetCallerIdentityUseCase;
import org.opensts.application.port.in.sts.GetDelegatedAccessTokenCommand;
import org.opensts.application.port.in.sts.GetDelegatedAccessTokenUseCase;
import org.opensts.application.port.in.sts.GetFederationTokenCommand;
import org.opensts.application.port.in.sts.GetFederationTokenUseCase;
import org.opensts.application.port.in.sts.GetSessionTokenCommand;
import org.opensts.application.port.in.sts.GetSessionTokenUseCase;
import org.opensts.application.port.in.sts.GetWebIdentityTokenCommand;
import org.opensts.application.port.in.sts.GetWebIdentityTokenUseCase;
import org.opensts.domain.credential.SessionPolicyParameters;

/** STS, API version 2011-06-15: each action translates its parameters and calls its use case. */
@Singleton
public final class StsApi implements QueryApi {

  public static final String VERSION = "2011-06-15";
  public static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

  /**
   * The actions that may wait: on an identity provider's keys (possibly served by this very
   * server), on the store for a new signing key. The others only compute, but for an MFA code,
   * whose use the store records.
   */
  private static final Set<String> WAITING =
      Set.of("AssumeRoleWithWebIdentity", "GetWebIdentityToken");

  private final Map<String, QueryAction> actions;
  private final Map<String, UnsignedQueryAction> unsignedActions;

  public StsApi(
      GetCallerIdentityUseCase getCallerIdentity,
      GetSessionTokenUseCase getSessionToken,
      AssumeRoleUseCase assumeRole,
      AssumeRootUseCase assumeRoot,
      DecodeAuthorizationMessageUseCase decodeAuthorizationMessage,
      GetAccessKeyInfoUseCase getAccessKeyInfo,
      GetFederationTokenUseCase getFederationToken,
      GetDelegatedAccessTokenUseCase getDelegatedAccessToken,
      GetWebIdentityTokenUseCase getWebIdentityToken,
      AssumeRoleWithSamlUseCase assumeRoleWithSaml,
      AssumeRoleWithWebIdentityUseCase assumeRoleWithWebIdentity) {
    this.unsignedActions =
        Map.of(
            "AssumeRoleWithSAML",
            (parameters, origin) ->
                AssumeRoleWithSamlResponse.from(
                    assumeRoleWithSaml.assumeRoleWithSaml(
                        AssumeRoleWithSamlCommand.of(
                            origin,
                            parameters.getOrNull("RoleArn"),
                            parameters.getOrNull("PrincipalArn"),
                            parameters.getOrNull("SAMLAssertion"),
                            sessionPolicies(parameters),
                            parameters.integer("DurationSeconds")))),
            "AssumeRoleWithWebIdentity",
            (parameters, origin) ->
                AssumeRoleWithWebIdentityResponse.from(
                    assumeRoleWithWebIdentity.assumeRoleWithWebIdentity(
                        AssumeRoleWithWebIdentityCommand.of(
                            origin,
                            parameters.getOrNull("RoleArn"),
                            parameters.getOrNull("RoleSessionName"),
                            parameters.getOrNull("WebIdentityToken"),
                            parameters.getOrNull("ProviderId"),
                            sessionPolicies(parameters),
                            parameters.integer("DurationSeconds")))));
    this.actions =
        Map.of(
            "GetWebIdentityToken",
            (parameters, caller) ->
                GetWebIdentityTokenResponse.from(
                    getWebIdentityToken.getWebIdentityToken(
                        new GetWebIdentityTokenCommand(
                            caller,
                            parameters.members("Audience"),
                            parameters.integer("DurationSeconds"),
                            parameters.getOrNull("SigningAlgorithm"),
                            parameters.tags("Tags")))),
            "DecodeAuthorizationMessage",
            (parameters, caller) ->
                DecodeAuthorizationMessageResponse.from(
                    decodeAuthorizationMessage.decodeAuthorizationMessage(
                        new DecodeAuthorizationMessageCommand(
                            caller, parameters.getOrNull("EncodedMessage")))),
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
            "GetDelegatedAccessToken",
            (parameters, caller) ->
                GetDelegatedAccessTokenResponse.from(
                    getDelegatedAccessToken.getDelegatedAccessToken(
                        new GetDelegatedAccessTokenCommand(
                            caller, parameters.getOrNull("TradeInToken")))),
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
                            assumeRoleOptions(parameters)))),
            "AssumeRoot",
            (parameters, caller) ->
                AssumeRootResponse.from(
                    assumeRoot.assumeRoot(
                        AssumeRootCommand.of(
                            caller,
                            parameters.getOrNull("TargetPrincipal"),
                            parameters.getOrNull("TaskPolicyArn.arn"),
                            parameters.integer("DurationSeconds")))),
            "GetFederationToken",
            (parameters, caller) ->
                GetFederationTokenResponse.from(
                    getFederationToken.getFederationToken(
                        GetFederationTokenCommand.of(
                            caller,
                            parameters.getOrNull("Name"),
                            parameters.getOrNull("Policy"),
                            parameters.memberFields("PolicyArns", "arn"),
                            parameters.integer("DurationSeconds"),
                            parameters.tags("Tags")))));
  }

  private static AssumeRoleCommand.Options assumeRoleOptions(QueryParameters parameters) {
    return new AssumeRoleCommand.Options(
        parameters.integer("DurationSeconds"),
        sessionPolicies(parameters),
        parameters.tags("Tags"),
        parameters.members("TransitiveTagKeys"),
        parameters.getOrNull("ExternalId"),
        parameters.getOrNull("SerialNumber"),
        parameters.getOrNull("TokenCode"),
        parameters.getOrNull("SourceIdentity"));
  }

  /** {@code Policy} and {@code PolicyArns.member.N.arn}, shared by the credential operations. */
  static SessionPolicyParameters sessionPolicies(QueryParameters parameters) {
    return new SessionPolicyParameters(
        parameters.getOrNull("Policy"), parameters.memberFields("PolicyArns", "arn"));
  }

  @Override
  public boolean mayWait(String action, QueryParameters parameters) {
    return WAITING.contains(action) || parameters.get("TokenCode").isPresent();
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

  @Override
  public Optional<UnsignedQueryAction> unsignedAction(String name) {
    return Optional.ofNullable(unsignedActions.get(name));
  }
}
