package org.opensts.adapter.grpc;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensts.adapter.grpc.v1.AssumeRoleRequest;
import org.opensts.adapter.grpc.v1.AssumeRoleResponse;
import org.opensts.adapter.grpc.v1.AssumeRoleWithSAMLRequest;
import org.opensts.adapter.grpc.v1.AssumeRoleWithSAMLResponse;
import org.opensts.adapter.grpc.v1.AssumeRoleWithWebIdentityRequest;
import org.opensts.adapter.grpc.v1.AssumeRoleWithWebIdentityResponse;
import org.opensts.adapter.grpc.v1.AssumeRootRequest;
import org.opensts.adapter.grpc.v1.AssumeRootResponse;
import org.opensts.adapter.grpc.v1.AssumedRoleUser;
import org.opensts.adapter.grpc.v1.AuthorizeRequest;
import org.opensts.adapter.grpc.v1.CallerIdentity;
import org.opensts.adapter.grpc.v1.CreateTradeInTokenRequest;
import org.opensts.adapter.grpc.v1.CreateTradeInTokenResponse;
import org.opensts.adapter.grpc.v1.Credentials;
import org.opensts.adapter.grpc.v1.DecodeAuthorizationMessageRequest;
import org.opensts.adapter.grpc.v1.DecodeAuthorizationMessageResponse;
import org.opensts.adapter.grpc.v1.FederatedUser;
import org.opensts.adapter.grpc.v1.GetAccessKeyInfoRequest;
import org.opensts.adapter.grpc.v1.GetAccessKeyInfoResponse;
import org.opensts.adapter.grpc.v1.GetCallerIdentityResponse;
import org.opensts.adapter.grpc.v1.GetDelegatedAccessTokenRequest;
import org.opensts.adapter.grpc.v1.GetDelegatedAccessTokenResponse;
import org.opensts.adapter.grpc.v1.GetFederationTokenRequest;
import org.opensts.adapter.grpc.v1.GetFederationTokenResponse;
import org.opensts.adapter.grpc.v1.GetSessionTokenRequest;
import org.opensts.adapter.grpc.v1.GetSessionTokenResponse;
import org.opensts.adapter.grpc.v1.GetWebIdentityTokenRequest;
import org.opensts.adapter.grpc.v1.GetWebIdentityTokenResponse;
import org.opensts.adapter.grpc.v1.Header;
import org.opensts.adapter.grpc.v1.PrincipalType;
import org.opensts.adapter.grpc.v1.RequestRejection;
import org.opensts.adapter.grpc.v1.StringList;
import org.opensts.adapter.grpc.v1.VerifyRequestRequest;
import org.opensts.application.port.in.auth.AuthorizeCommand;
import org.opensts.application.port.in.delegation.CreateTradeInTokenCommand;
import org.opensts.application.port.in.delegation.CreateTradeInTokenResult;
import org.opensts.application.port.in.sts.AssumeRoleCommand;
import org.opensts.application.port.in.sts.AssumeRoleResult;
import org.opensts.application.port.in.sts.AssumeRoleWithSamlCommand;
import org.opensts.application.port.in.sts.AssumeRoleWithSamlResult;
import org.opensts.application.port.in.sts.AssumeRoleWithWebIdentityCommand;
import org.opensts.application.port.in.sts.AssumeRoleWithWebIdentityResult;
import org.opensts.application.port.in.sts.AssumeRootCommand;
import org.opensts.application.port.in.sts.AssumeRootResult;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageCommand;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageResult;
import org.opensts.application.port.in.sts.GetAccessKeyInfoCommand;
import org.opensts.application.port.in.sts.GetAccessKeyInfoResult;
import org.opensts.application.port.in.sts.GetCallerIdentityResult;
import org.opensts.application.port.in.sts.GetDelegatedAccessTokenCommand;
import org.opensts.application.port.in.sts.GetDelegatedAccessTokenResult;
import org.opensts.application.port.in.sts.GetFederationTokenCommand;
import org.opensts.application.port.in.sts.GetFederationTokenResult;
import org.opensts.application.port.in.sts.GetSessionTokenCommand;
import org.opensts.application.port.in.sts.GetSessionTokenResult;
import org.opensts.application.port.in.sts.GetWebIdentityTokenCommand;
import org.opensts.application.port.in.sts.GetWebIdentityTokenResult;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.LongTermKeyCaller;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.credential.Session;
import org.opensts.domain.credential.SessionCaller;
import org.opensts.domain.credential.SessionPolicyParameters;
import org.opensts.domain.credential.TemporaryCredentials;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.error.StsException;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.FederatedUserPrincipal;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.signature.SignedRequest;

/**
 * Protobuf messages to commands and results to messages. The commands are built exactly as the
 * Query endpoint builds them; proto3 presence stands for a parameter's presence.
 */
final class ProtoMapper {

  private ProtoMapper() {}

  // --- SecurityTokenService -----------------------------------------------------------------

  static AssumeRoleCommand toCommand(Caller caller, AssumeRoleRequest request) {
    return AssumeRoleCommand.of(
        caller,
        required(request.getRoleArn()),
        required(request.getRoleSessionName()),
        new AssumeRoleCommand.Options(
            request.hasDurationSeconds() ? request.getDurationSeconds() : null,
            new SessionPolicyParameters(
                request.hasPolicy() ? request.getPolicy() : null, request.getPolicyArnsList()),
            tags(request.getTagsList()),
            request.getTransitiveTagKeysList(),
            request.hasExternalId() ? request.getExternalId() : null,
            request.hasSerialNumber() ? request.getSerialNumber() : null,
            request.hasTokenCode() ? request.getTokenCode() : null,
            request.hasSourceIdentity() ? request.getSourceIdentity() : null));
  }

  /** The unsigned call has no caller, only the connection it came from. */
  static AssumeRoleWithWebIdentityCommand toCommand(
      RequestOrigin origin, AssumeRoleWithWebIdentityRequest request) {
    return AssumeRoleWithWebIdentityCommand.of(
        origin,
        required(request.getRoleArn()),
        required(request.getRoleSessionName()),
        required(request.getWebIdentityToken()),
        request.hasProviderId() ? request.getProviderId() : null,
        new SessionPolicyParameters(
            request.hasPolicy() ? request.getPolicy() : null, request.getPolicyArnsList()),
        request.hasDurationSeconds() ? request.getDurationSeconds() : null);
  }

  /** The unsigned call has no caller, only the connection it came from. */
  static AssumeRoleWithSamlCommand toCommand(
      RequestOrigin origin, AssumeRoleWithSAMLRequest request) {
    return AssumeRoleWithSamlCommand.of(
        origin,
        required(request.getRoleArn()),
        required(request.getPrincipalArn()),
        required(request.getSamlAssertion()),
        new SessionPolicyParameters(
            request.hasPolicy() ? request.getPolicy() : null, request.getPolicyArnsList()),
        request.hasDurationSeconds() ? request.getDurationSeconds() : null);
  }

  static GetSessionTokenCommand toCommand(Caller caller, GetSessionTokenRequest request) {
    return new GetSessionTokenCommand(
        caller,
        request.hasDurationSeconds() ? request.getDurationSeconds() : null,
        request.hasSerialNumber() ? request.getSerialNumber() : null,
        request.hasTokenCode() ? request.getTokenCode() : null);
  }

  static GetFederationTokenCommand toCommand(Caller caller, GetFederationTokenRequest request) {
    return GetFederationTokenCommand.of(
        caller,
        required(request.getName()),
        request.hasPolicy() ? request.getPolicy() : null,
        request.getPolicyArnsList(),
        request.hasDurationSeconds() ? request.getDurationSeconds() : null,
        tags(request.getTagsList()));
  }

  static GetAccessKeyInfoCommand toCommand(Caller caller, GetAccessKeyInfoRequest request) {
    return new GetAccessKeyInfoCommand(caller, required(request.getAccessKeyId()));
  }

  static DecodeAuthorizationMessageCommand toCommand(
      Caller caller, DecodeAuthorizationMessageRequest request) {
    return new DecodeAuthorizationMessageCommand(caller, required(request.getEncodedMessage()));
  }

  static AssumeRootCommand toCommand(Caller caller, AssumeRootRequest request) {
    return AssumeRootCommand.of(
        caller,
        required(request.getTargetPrincipal()),
        required(request.getTaskPolicyArn()),
        request.hasDurationSeconds() ? request.getDurationSeconds() : null);
  }

  static GetDelegatedAccessTokenCommand toCommand(
      Caller caller, GetDelegatedAccessTokenRequest request) {
    return new GetDelegatedAccessTokenCommand(caller, required(request.getTradeInToken()));
  }

  static GetWebIdentityTokenCommand toCommand(Caller caller, GetWebIdentityTokenRequest request) {
    return new GetWebIdentityTokenCommand(
        caller,
        request.getAudienceList(),
        request.hasDurationSeconds() ? request.getDurationSeconds() : null,
        required(request.getSigningAlgorithm()),
        tags(request.getTagsList()));
  }

  static GetWebIdentityTokenResponse toProto(GetWebIdentityTokenResult result) {
    return GetWebIdentityTokenResponse.newBuilder()
        .setWebIdentityToken(result.webIdentityToken())
        .setExpiration(toProto(result.expiration()))
        .build();
  }

  static AssumeRootResponse toProto(AssumeRootResult result) {
    AssumeRootResponse.Builder response =
        AssumeRootResponse.newBuilder().setCredentials(toProto(result.credentials()));
    if (result.sourceIdentity() != null) {
      response.setSourceIdentity(result.sourceIdentity());
    }
    return response.build();
  }

  static GetDelegatedAccessTokenResponse toProto(GetDelegatedAccessTokenResult result) {
    return GetDelegatedAccessTokenResponse.newBuilder()
        .setCredentials(toProto(result.credentials()))
        .setAssumedPrincipal(result.assumedPrincipal())
        .build();
  }

  static AssumeRoleResponse toProto(AssumeRoleResult result) {
    AssumeRoleResponse.Builder response =
        AssumeRoleResponse.newBuilder()
            .setCredentials(toProto(result.credentials()))
            .setAssumedRoleUser(
                AssumedRoleUser.newBuilder()
                    .setAssumedRoleId(result.assumedRoleId())
                    .setArn(result.assumedRoleArn()));
    if (result.packedPolicySize() != null) {
      response.setPackedPolicySize(result.packedPolicySize());
    }
    if (result.sourceIdentity() != null) {
      response.setSourceIdentity(result.sourceIdentity());
    }
    return response.build();
  }

  static AssumeRoleWithWebIdentityResponse toProto(AssumeRoleWithWebIdentityResult result) {
    AssumeRoleWithWebIdentityResponse.Builder response =
        AssumeRoleWithWebIdentityResponse.newBuilder()
            .setCredentials(toProto(result.credentials()))
            .setSubjectFromWebIdentityToken(result.subjectFromWebIdentityToken())
            .setAssumedRoleUser(
                AssumedRoleUser.newBuilder()
                    .setAssumedRoleId(result.assumedRoleId())
                    .setArn(result.assumedRoleArn()))
            .setProvider(result.provider())
            .setAudience(result.audience());
    if (result.packedPolicySize() != null) {
      response.setPackedPolicySize(result.packedPolicySize());
    }
    if (result.sourceIdentity() != null) {
      response.setSourceIdentity(result.sourceIdentity());
    }
    return response.build();
  }

  static AssumeRoleWithSAMLResponse toProto(AssumeRoleWithSamlResult result) {
    AssumeRoleWithSAMLResponse.Builder response =
        AssumeRoleWithSAMLResponse.newBuilder()
            .setCredentials(toProto(result.credentials()))
            .setAssumedRoleUser(
                AssumedRoleUser.newBuilder()
                    .setAssumedRoleId(result.assumedRoleId())
                    .setArn(result.assumedRoleArn()))
            .setSubject(result.subject())
            .setSubjectType(result.subjectType())
            .setIssuer(result.issuer())
            .setAudience(result.audience())
            .setNameQualifier(result.nameQualifier());
    if (result.packedPolicySize() != null) {
      response.setPackedPolicySize(result.packedPolicySize());
    }
    if (result.sourceIdentity() != null) {
      response.setSourceIdentity(result.sourceIdentity());
    }
    return response.build();
  }

  static GetSessionTokenResponse toProto(GetSessionTokenResult result) {
    return GetSessionTokenResponse.newBuilder()
        .setCredentials(toProto(result.credentials()))
        .build();
  }

  static GetFederationTokenResponse toProto(GetFederationTokenResult result) {
    return GetFederationTokenResponse.newBuilder()
        .setCredentials(toProto(result.credentials()))
        .setFederatedUser(
            FederatedUser.newBuilder()
                .setFederatedUserId(result.federatedUserId())
                .setArn(result.federatedUserArn()))
        .setPackedPolicySize(result.packedPolicySize())
        .build();
  }

  static GetCallerIdentityResponse toProto(GetCallerIdentityResult result) {
    return GetCallerIdentityResponse.newBuilder()
        .setUserId(result.userId())
        .setAccount(result.account())
        .setArn(result.arn())
        .build();
  }

  static GetAccessKeyInfoResponse toProto(GetAccessKeyInfoResult result) {
    return GetAccessKeyInfoResponse.newBuilder().setAccount(result.account()).build();
  }

  static DecodeAuthorizationMessageResponse toProto(DecodeAuthorizationMessageResult result) {
    return DecodeAuthorizationMessageResponse.newBuilder()
        .setDecodedMessage(result.decodedMessage())
        .build();
  }

  static Credentials toProto(TemporaryCredentials credentials) {
    return Credentials.newBuilder()
        .setAccessKeyId(credentials.accessKeyId().value())
        .setSecretAccessKey(credentials.secretAccessKey().value())
        .setSessionToken(credentials.sessionToken().value())
        .setExpiration(toProto(credentials.expiration()))
        .build();
  }

  // --- DelegationService --------------------------------------------------------------------

  static CreateTradeInTokenCommand toCommand(Caller caller, CreateTradeInTokenRequest request) {
    int seconds = request.getSessionDurationSeconds();
    return new CreateTradeInTokenCommand(
        caller,
        required(request.getPartnerAccountId()),
        required(request.getPolicy()),
        seconds == 0 ? null : seconds);
  }

  static CreateTradeInTokenResponse toProto(CreateTradeInTokenResult result) {
    return CreateTradeInTokenResponse.newBuilder()
        .setTradeInToken(result.tradeInToken())
        .setAssumedPrincipal(result.assumedPrincipal())
        .setExpiration(toProto(result.expiration()))
        .build();
  }

  // --- RequestAuthorizationService ----------------------------------------------------------

  /**
   * The request an internal service received, as SigV4 sees it: with its body, or with only the
   * body's hash when the service sent {@code payload_sha256}.
   *
   * @throws org.opensts.domain.error.InvalidRequestException ValidationError when a required member
   *     is missing, when both the payload and its hash are given, or when the hash is not 64 hex
   *     digits
   */
  static SignedRequest toSignedRequest(VerifyRequestRequest request) {
    ParameterValidation.start()
        .required("method", required(request.getMethod()))
        .required("service", required(request.getService()))
        .required(
            "clientOrigin.sourceIp",
            request.hasClientOrigin() ? required(request.getClientOrigin().getSourceIp()) : null)
        .throwIfInvalid();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (Header header : request.getHeadersList()) {
      headers.put(header.getName(), header.getValuesList());
    }
    if (request.hasPayloadSha256()) {
      if (!request.getPayload().isEmpty()) {
        throw InvalidRequestException.validationError(
            "Give either payload or payloadSha256, not both.");
      }
      return SignedRequest.withPayloadSha256(
          request.getMethod(),
          request.getPath(),
          request.getQuery(),
          headers,
          request.getPayloadSha256());
    }
    return new SignedRequest(
        request.getMethod(),
        request.getPath(),
        request.getQuery(),
        headers,
        request.getPayload().toByteArray());
  }

  /** The client's origin; its user agent defaults to the request's own User-Agent header. */
  static RequestOrigin toOrigin(VerifyRequestRequest request, SignedRequest signed) {
    var origin = request.getClientOrigin();
    return new RequestOrigin(
        origin.getSourceIp(),
        origin.getSecureTransport(),
        origin.hasUserAgent() ? origin.getUserAgent() : signed.header("user-agent").orElse(""));
  }

  static AuthorizeCommand toCommand(Caller caller, AuthorizeRequest request) {
    Map<String, List<String>> contextKeys = new LinkedHashMap<>();
    for (Map.Entry<String, StringList> key : request.getContextKeysMap().entrySet()) {
      contextKeys.put(key.getKey(), key.getValue().getValuesList());
    }
    return new AuthorizeCommand(
        caller,
        required(request.getAction()),
        required(request.getResource()),
        contextKeys,
        request.hasResourcePolicy() ? request.getResourcePolicy() : null,
        request.hasResourceAccount() ? request.getResourceAccount() : null);
  }

  static RequestRejection toRejection(StsException error) {
    return RequestRejection.newBuilder()
        .setCode(GrpcErrors.of(error.code()).reason())
        .setMessage(error.getMessage())
        .build();
  }

  /** Everything the caller's credentials say about it. */
  static CallerIdentity toProto(Caller caller) {
    Principal principal = caller.principal();
    CallerIdentity.Builder identity =
        CallerIdentity.newBuilder()
            .setAccount(principal.account().value())
            .setArn(principal.arn().toString())
            .setUserId(principal.userId())
            .setPrincipalType(principalType(principal))
            .setTemporary(caller.isTemporary());
    if (principal instanceof AssumedRolePrincipal role) {
      identity.setSessionName(role.sessionName().value());
    }
    if (caller instanceof LongTermKeyCaller longTerm) {
      identity.setAccessKeyId(longTerm.key().id().value());
    } else if (caller instanceof SessionCaller sessionCaller) {
      Session session = sessionCaller.session();
      identity
          .setAccessKeyId(session.accessKeyId().value())
          .setMfaAuthenticated(session.context().isMfaAuthenticated())
          .setTokenIssuedAt(toProto(session.issuedAt()))
          .setExpiresAt(toProto(session.expiresAt()));
      session
          .context()
          .tags()
          .forEach(
              tag ->
                  identity.addTags(
                      org.opensts.adapter.grpc.v1.Tag.newBuilder()
                          .setKey(tag.key())
                          .setValue(tag.value())));
      if (session.context().sourceIdentity() != null) {
        identity.setSourceIdentity(session.context().sourceIdentity());
      }
    }
    return identity.build();
  }

  private static PrincipalType principalType(Principal principal) {
    if (principal instanceof AccountRootPrincipal) {
      return PrincipalType.ACCOUNT;
    }
    if (principal instanceof IamUserPrincipal) {
      return PrincipalType.USER;
    }
    if (principal instanceof AssumedRolePrincipal) {
      return PrincipalType.ASSUMED_ROLE;
    }
    if (principal instanceof FederatedUserPrincipal) {
      return PrincipalType.FEDERATED_USER;
    }
    return PrincipalType.WEB_IDENTITY;
  }

  // --- shared -------------------------------------------------------------------------------

  /** proto3 cannot tell an empty required member from a missing one; AWS reports it missing. */
  private static String required(String value) {
    return value.isEmpty() ? null : value;
  }

  private static List<Tag> tags(List<org.opensts.adapter.grpc.v1.Tag> tags) {
    return tags.stream().map(tag -> new Tag(tag.getKey(), tag.getValue())).toList();
  }

  private static Timestamp toProto(Instant instant) {
    return Timestamp.newBuilder()
        .setSeconds(instant.getEpochSecond())
        .setNanos(instant.getNano())
        .build();
  }
}
