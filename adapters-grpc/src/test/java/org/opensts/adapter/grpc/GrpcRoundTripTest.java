package org.opensts.adapter.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ClientCalls;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;
import org.opensts.adapter.grpc.v1.AssumeRoleRequest;
import org.opensts.adapter.grpc.v1.AssumeRoleResponse;
import org.opensts.adapter.grpc.v1.AssumeRoleWithSAMLRequest;
import org.opensts.adapter.grpc.v1.AssumeRoleWithSAMLResponse;
import org.opensts.adapter.grpc.v1.AssumeRoleWithWebIdentityRequest;
import org.opensts.adapter.grpc.v1.AssumeRoleWithWebIdentityResponse;
import org.opensts.adapter.grpc.v1.AssumeRootRequest;
import org.opensts.adapter.grpc.v1.AssumeRootResponse;
import org.opensts.adapter.grpc.v1.AuthorizeRequest;
import org.opensts.adapter.grpc.v1.AuthorizeResponse;
import org.opensts.adapter.grpc.v1.ClientOrigin;
import org.opensts.adapter.grpc.v1.DecodeAuthorizationMessageRequest;
import org.opensts.adapter.grpc.v1.GetAccessKeyInfoRequest;
import org.opensts.adapter.grpc.v1.GetAccessKeyInfoResponse;
import org.opensts.adapter.grpc.v1.GetCallerIdentityRequest;
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
import org.opensts.adapter.grpc.v1.RequestAuthorizationServiceGrpc;
import org.opensts.adapter.grpc.v1.SecurityTokenServiceGrpc;
import org.opensts.adapter.grpc.v1.StringList;
import org.opensts.adapter.grpc.v1.Tag;
import org.opensts.adapter.grpc.v1.VerifyRequestRequest;
import org.opensts.adapter.grpc.v1.VerifyRequestResponse;
import org.opensts.adapter.persistence.memory.GeneratedKeyRing;
import org.opensts.adapter.persistence.memory.InMemoryAccessKeyStore;
import org.opensts.adapter.persistence.memory.InMemoryAccountStore;
import org.opensts.adapter.persistence.memory.InMemoryMfaDeviceStore;
import org.opensts.adapter.persistence.memory.InMemoryPolicyStore;
import org.opensts.adapter.persistence.memory.InMemoryRoleStore;
import org.opensts.adapter.persistence.memory.InMemoryUserStore;
import org.opensts.application.port.in.admission.AdmitRequestCommand;
import org.opensts.application.port.in.admission.AdmitRequestResult;
import org.opensts.application.port.in.admission.AdmitRequestUseCase;
import org.opensts.application.port.in.auth.AuthenticateRequestUseCase;
import org.opensts.application.port.in.auth.AuthorizeCommand;
import org.opensts.application.port.in.auth.AuthorizeResult;
import org.opensts.application.port.in.auth.AuthorizeUseCase;
import org.opensts.application.port.in.sts.AssumeRoleCommand;
import org.opensts.application.port.in.sts.AssumeRoleResult;
import org.opensts.application.port.in.sts.AssumeRoleUseCase;
import org.opensts.application.port.in.sts.AssumeRoleWithSamlCommand;
import org.opensts.application.port.in.sts.AssumeRoleWithSamlResult;
import org.opensts.application.port.in.sts.AssumeRoleWithSamlUseCase;
import org.opensts.application.port.in.sts.AssumeRoleWithWebIdentityCommand;
import org.opensts.application.port.in.sts.AssumeRoleWithWebIdentityResult;
import org.opensts.application.port.in.sts.AssumeRoleWithWebIdentityUseCase;
import org.opensts.application.port.in.sts.AssumeRootCommand;
import org.opensts.application.port.in.sts.AssumeRootResult;
import org.opensts.application.port.in.sts.AssumeRootUseCase;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageCommand;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageResult;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageUseCase;
import org.opensts.application.port.in.sts.GetAccessKeyInfoCommand;
import org.opensts.application.port.in.sts.GetAccessKeyInfoResult;
import org.opensts.application.port.in.sts.GetAccessKeyInfoUseCase;
import org.opensts.application.port.in.sts.GetCallerIdentityCommand;
import org.opensts.application.port.in.sts.GetCallerIdentityResult;
import org.opensts.application.port.in.sts.GetCallerIdentityUseCase;
import org.opensts.application.port.in.sts.GetDelegatedAccessTokenCommand;
import org.opensts.application.port.in.sts.GetDelegatedAccessTokenResult;
import org.opensts.application.port.in.sts.GetDelegatedAccessTokenUseCase;
import org.opensts.application.port.in.sts.GetFederationTokenCommand;
import org.opensts.application.port.in.sts.GetFederationTokenResult;
import org.opensts.application.port.in.sts.GetFederationTokenUseCase;
import org.opensts.application.port.in.sts.GetSessionTokenCommand;
import org.opensts.application.port.in.sts.GetSessionTokenResult;
import org.opensts.application.port.in.sts.GetSessionTokenUseCase;
import org.opensts.application.port.in.sts.GetWebIdentityTokenCommand;
import org.opensts.application.port.in.sts.GetWebIdentityTokenResult;
import org.opensts.application.port.in.sts.GetWebIdentityTokenUseCase;
import org.opensts.application.port.out.AuditTrail;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.application.service.StsUseCases;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.SessionToken;
import org.opensts.domain.credential.TemporaryCredentials;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.error.CapacityException;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.error.IdentityProviderException;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.error.MalformedPolicyDocumentException;
import org.opensts.domain.error.StsException;
import org.opensts.domain.fixture.TestCallers;
import org.opensts.domain.fixture.TestPrincipals;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AccessKeyStatus;
import org.opensts.domain.identity.SecretAccessKey;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * The adapter over a real Netty server on a loopback port, called by a grpc-java channel signing
 * with {@link SigV4ClientInterceptor}. Authentication is the real use case over in-memory stores;
 * the other use cases are mocks.
 */
class GrpcRoundTripTest {

  private static final String REGION = "us-east-1";
  private static final String ACCOUNT = "111111111111";
  private static final TemporaryCredentials ISSUED =
      new TemporaryCredentials(
          new AccessKeyId("ASIAEXAMPLEEXAMPLE01"),
          new SecretAccessKey("temporary-secret"),
          new SessionToken("session-token"),
          Instant.parse("2030-01-01T01:00:00Z"));

  /** What AssumeRoleWithSAML answers for alice's assertion. */
  private static final AssumeRoleWithSamlResult SAML_ALICE =
      new AssumeRoleWithSamlResult(
          ISSUED,
          "arn:aws:sts::111111111111:assumed-role/saml/alice",
          "AROAEXAMPLE:alice",
          null,
          "alice",
          "persistent",
          "https://idp.example/",
          "https://signin.aws.amazon.com/saml",
          "qualifier=",
          null);

  private final AssumeRoleUseCase assumeRole = mock(AssumeRoleUseCase.class);
  private final AssumeRoleWithWebIdentityUseCase assumeRoleWithWebIdentity =
      mock(AssumeRoleWithWebIdentityUseCase.class);
  private final AssumeRoleWithSamlUseCase assumeRoleWithSaml =
      mock(AssumeRoleWithSamlUseCase.class);
  private final GetSessionTokenUseCase getSessionToken = mock(GetSessionTokenUseCase.class);
  private final GetFederationTokenUseCase getFederationToken =
      mock(GetFederationTokenUseCase.class);
  private final GetCallerIdentityUseCase getCallerIdentity = mock(GetCallerIdentityUseCase.class);
  private final GetAccessKeyInfoUseCase getAccessKeyInfo = mock(GetAccessKeyInfoUseCase.class);
  private final DecodeAuthorizationMessageUseCase decodeAuthorizationMessage =
      mock(DecodeAuthorizationMessageUseCase.class);
  private final AuthorizeUseCase authorize = mock(AuthorizeUseCase.class);
  private final GetWebIdentityTokenUseCase getWebIdentityToken =
      mock(GetWebIdentityTokenUseCase.class);
  private final AssumeRootUseCase assumeRoot = mock(AssumeRootUseCase.class);
  private final GetDelegatedAccessTokenUseCase getDelegatedAccessToken =
      mock(GetDelegatedAccessTokenUseCase.class);
  private final RecordingAdmission admission = new RecordingAdmission();

  /** Where calls that may wait go, as the server's blocking pool. */
  private final ExecutorService blocking =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "blocking-pool");
            thread.setDaemon(true);
            return thread;
          });

  private Server server;
  private ManagedChannel channel;
  private SigV4ClientInterceptor signer;
  private SecurityTokenServiceGrpc.SecurityTokenServiceBlockingStub sts;
  private RequestAuthorizationServiceGrpc.RequestAuthorizationServiceBlockingStub requests;

  @BeforeEach
  void startServer() throws IOException {
    AuthenticateRequestUseCase authenticator = realAuthenticator();
    GrpcServices.Guards guards = new GrpcServices.Guards(authenticator, admission);
    NettyServerBuilder builder =
        NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0));
    GrpcServices.serveOnTransportThreads(builder, blocking);
    server =
        builder
            .addService(
                GrpcServices.waitingCallsOn(
                    blocking,
                    GrpcServices.securityTokenService(
                        guards,
                        new GrpcServices.SecurityTokenUseCases(
                            assumeRole,
                            assumeRoleWithWebIdentity,
                            assumeRoleWithSaml,
                            getSessionToken,
                            getFederationToken,
                            getCallerIdentity,
                            getAccessKeyInfo,
                            decodeAuthorizationMessage,
                            getWebIdentityToken,
                            assumeRoot,
                            getDelegatedAccessToken),
                        AuditTrail.NONE,
                        Clock.systemUTC(),
                        REGION)))
            .addService(
                GrpcServices.waitingCallsOn(
                    blocking, GrpcServices.requestAuthorizationService(guards, authorize)))
            .build()
            .start();
    channel = NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
    signer =
        new SigV4ClientInterceptor(
            SigV4ClientInterceptor.Credentials.of(
                TestCallers.LONG_TERM_KEY_ID.value(), TestCallers.SECRET.value()),
            REGION);
    sts = SecurityTokenServiceGrpc.newBlockingStub(channel).withInterceptors(signer);
    requests = RequestAuthorizationServiceGrpc.newBlockingStub(channel).withInterceptors(signer);
  }

  @AfterEach
  void stopServer() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    blocking.shutdownNow();
  }

  /** The account root's long-term key is the only one the store knows. */
  private static AuthenticateRequestUseCase realAuthenticator() {
    InMemoryAccessKeyStore keys = new InMemoryAccessKeyStore();
    keys.save(
        new AccessKey(
            TestCallers.LONG_TERM_KEY_ID,
            TestCallers.SECRET,
            TestPrincipals.root(),
            AccessKeyStatus.ACTIVE,
            Instant.parse("2024-01-01T00:00:00Z")));
    SecureRandom random = new SecureRandom();
    return StsUseCases.create(
            new StsUseCases.Ports(
                new InMemoryAccountStore(),
                new InMemoryUserStore(),
                new InMemoryRoleStore(),
                keys,
                new InMemoryPolicyStore(),
                new GeneratedKeyRing(random),
                mock(PolicyDocumentParser.class),
                new InMemoryMfaDeviceStore()),
            Clock.systemUTC(),
            random,
            REGION)
        .authenticateRequest();
  }

  // --- Where calls run ---------------------------------------------------------------------------

  @Test
  void givenAssumeRoleWithoutTokenCode_theCall_isServedOnTheTransportThreadThatReadIt() {
    AtomicReference<String> servedOn = servedOnThread();

    sts.assumeRole(assumeRoleRequest().build());

    assertTrue(servedOn.get().startsWith("grpc-nio-worker"), servedOn.get());
  }

  @Test
  void givenAssumeRoleWithTokenCode_theCall_movesToTheBlockingPool() {
    // The store records the code's use: a write that may wait on a disk or a database.
    AtomicReference<String> servedOn = servedOnThread();

    sts.assumeRole(
        assumeRoleRequest()
            .setSerialNumber("arn:aws:iam::111111111111:mfa/alice")
            .setTokenCode("123456")
            .build());

    assertEquals("blocking-pool", servedOn.get());
  }

  private AtomicReference<String> servedOnThread() {
    AtomicReference<String> thread = new AtomicReference<>();
    when(assumeRole.assumeRole(any()))
        .thenAnswer(
            call -> {
              thread.set(Thread.currentThread().getName());
              return new AssumeRoleResult(
                  ISSUED,
                  "arn:aws:sts::111111111111:assumed-role/r/s",
                  "AROAEXAMPLE:s",
                  null,
                  null);
            });
    return thread;
  }

  private static AssumeRoleRequest.Builder assumeRoleRequest() {
    return AssumeRoleRequest.newBuilder()
        .setRoleArn("arn:aws:iam::111111111111:role/r")
        .setRoleSessionName("session");
  }

  // --- SecurityTokenService: every member there and back --------------------------------------

  @Test
  void givenEveryMember_assumeRole_buildsTheQueryEndpointsCommandAndReturnsTheSession() {
    when(assumeRole.assumeRole(any()))
        .thenReturn(
            new AssumeRoleResult(
                ISSUED,
                "arn:aws:sts::111111111111:assumed-role/deployer/build-42",
                "AROAEXAMPLE:build-42",
                7,
                "alice"));

    AssumeRoleResponse response =
        sts.assumeRole(
            AssumeRoleRequest.newBuilder()
                .setRoleArn("arn:aws:iam::111111111111:role/deployer")
                .setRoleSessionName("build-42")
                .addPolicyArns("arn:aws:iam::aws:policy/ReadOnlyAccess")
                .setPolicy("{\"Version\":\"2012-10-17\"}")
                .setDurationSeconds(1800)
                .addTags(Tag.newBuilder().setKey("team").setValue("infra"))
                .addTransitiveTagKeys("team")
                .setExternalId("ext-123")
                .setSerialNumber("arn:aws:iam::111111111111:mfa/alice")
                .setTokenCode("123456")
                .setSourceIdentity("alice")
                .build());

    ArgumentCaptor<AssumeRoleCommand> command = ArgumentCaptor.forClass(AssumeRoleCommand.class);
    verify(assumeRole).assumeRole(command.capture());
    assertEquals(
        AssumeRoleCommand.of(
            command.getValue().caller(),
            "arn:aws:iam::111111111111:role/deployer",
            "build-42",
            new AssumeRoleCommand.Options(
                1800,
                new org.opensts.domain.credential.SessionPolicyParameters(
                    "{\"Version\":\"2012-10-17\"}",
                    List.of("arn:aws:iam::aws:policy/ReadOnlyAccess")),
                List.of(new org.opensts.domain.identity.Tag("team", "infra")),
                List.of("team"),
                "ext-123",
                "arn:aws:iam::111111111111:mfa/alice",
                "123456",
                "alice")),
        command.getValue());
    assertEquals(TestPrincipals.root(), command.getValue().caller().principal());
    assertEquals("ASIAEXAMPLEEXAMPLE01", response.getCredentials().getAccessKeyId());
    assertEquals("temporary-secret", response.getCredentials().getSecretAccessKey());
    assertEquals("session-token", response.getCredentials().getSessionToken());
    assertEquals(
        Instant.parse("2030-01-01T01:00:00Z").getEpochSecond(),
        response.getCredentials().getExpiration().getSeconds());
    assertEquals(
        "arn:aws:sts::111111111111:assumed-role/deployer/build-42",
        response.getAssumedRoleUser().getArn());
    assertEquals("AROAEXAMPLE:build-42", response.getAssumedRoleUser().getAssumedRoleId());
    assertEquals(7, response.getPackedPolicySize());
    assertEquals("alice", response.getSourceIdentity());
  }

  @Test
  void givenOnlyTheRequiredMembers_assumeRole_passesNoOptionsAndReturnsNoOptionalFields() {
    when(assumeRole.assumeRole(any()))
        .thenReturn(
            new AssumeRoleResult(
                ISSUED,
                "arn:aws:sts::111111111111:assumed-role/deployer/s",
                "AROAEXAMPLE:s",
                null,
                null));

    AssumeRoleResponse response =
        sts.assumeRole(
            AssumeRoleRequest.newBuilder()
                .setRoleArn("arn:aws:iam::111111111111:role/deployer")
                .setRoleSessionName("s2")
                .build());

    ArgumentCaptor<AssumeRoleCommand> command = ArgumentCaptor.forClass(AssumeRoleCommand.class);
    verify(assumeRole).assumeRole(command.capture());
    assertEquals(AssumeRoleCommand.Options.NONE, command.getValue().options());
    assertFalse(response.hasPackedPolicySize());
    assertFalse(response.hasSourceIdentity());
  }

  @Test
  void givenAnEmptyPolicy_assumeRole_passesItAsPresentAndEmpty() {
    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                sts.assumeRole(
                    AssumeRoleRequest.newBuilder()
                        .setRoleArn("arn:aws:iam::111111111111:role/deployer")
                        .setRoleSessionName("s2")
                        .setPolicy("")
                        .build()));

    assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
    assertEquals("ValidationError", errorInfo(e).getReason());
    assertTrue(e.getStatus().getDescription().contains("at 'policy'"), e::getMessage);
    verifyNoInteractions(assumeRole);
  }

  @Test
  void givenEveryMember_getSessionToken_buildsTheCommandAndReturnsTheCredentials() {
    when(getSessionToken.getSessionToken(any())).thenReturn(new GetSessionTokenResult(ISSUED));

    GetSessionTokenResponse response =
        sts.getSessionToken(
            GetSessionTokenRequest.newBuilder()
                .setDurationSeconds(3600)
                .setSerialNumber("arn:aws:iam::111111111111:mfa/root")
                .setTokenCode("654321")
                .build());

    ArgumentCaptor<GetSessionTokenCommand> command =
        ArgumentCaptor.forClass(GetSessionTokenCommand.class);
    verify(getSessionToken).getSessionToken(command.capture());
    assertEquals(
        new GetSessionTokenCommand(
            command.getValue().caller(), 3600, "arn:aws:iam::111111111111:mfa/root", "654321"),
        command.getValue());
    assertEquals("session-token", response.getCredentials().getSessionToken());
  }

  @Test
  void givenEveryMember_getWebIdentityToken_buildsTheCommandAndReturnsTheToken() {
    when(getWebIdentityToken.getWebIdentityToken(any()))
        .thenReturn(new GetWebIdentityTokenResult("header.claims.signature", ISSUED.expiration()));

    GetWebIdentityTokenResponse response =
        sts.getWebIdentityToken(
            GetWebIdentityTokenRequest.newBuilder()
                .addAudience("https://api.example.com")
                .addAudience("https://other.example.com")
                .setDurationSeconds(600)
                .setSigningAlgorithm("ES384")
                .addTags(Tag.newBuilder().setKey("job").setValue("7"))
                .build());

    ArgumentCaptor<GetWebIdentityTokenCommand> command =
        ArgumentCaptor.forClass(GetWebIdentityTokenCommand.class);
    verify(getWebIdentityToken).getWebIdentityToken(command.capture());
    assertEquals(
        new GetWebIdentityTokenCommand(
            command.getValue().caller(),
            List.of("https://api.example.com", "https://other.example.com"),
            600,
            "ES384",
            List.of(new org.opensts.domain.identity.Tag("job", "7"))),
        command.getValue());
    assertEquals("header.claims.signature", response.getWebIdentityToken());
    assertEquals(ISSUED.expiration().getEpochSecond(), response.getExpiration().getSeconds());
  }

  @Test
  void givenNoAlgorithm_getWebIdentityToken_failsWithTheQueryEndpointsValidationError() {
    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                sts.getWebIdentityToken(
                    GetWebIdentityTokenRequest.newBuilder().addAudience("https://a").build()));

    assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
    assertEquals("ValidationError", errorInfo(e).getReason());
    verifyNoInteractions(getWebIdentityToken);
  }

  @Test
  void givenEveryMember_assumeRoot_buildsTheCommandAndReturnsTheCredentials() {
    when(assumeRoot.assumeRoot(any())).thenReturn(new AssumeRootResult(ISSUED, "admin-alice"));

    AssumeRootResponse response =
        sts.assumeRoot(
            AssumeRootRequest.newBuilder()
                .setTargetPrincipal("222222222222")
                .setTaskPolicyArn("arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials")
                .setDurationSeconds(300)
                .build());

    ArgumentCaptor<AssumeRootCommand> command = ArgumentCaptor.forClass(AssumeRootCommand.class);
    verify(assumeRoot).assumeRoot(command.capture());
    assertEquals(
        AssumeRootCommand.of(
            command.getValue().caller(),
            "222222222222",
            "arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials",
            300),
        command.getValue());
    assertEquals("session-token", response.getCredentials().getSessionToken());
    assertEquals("admin-alice", response.getSourceIdentity());
  }

  @Test
  void givenATradeInToken_getDelegatedAccessToken_returnsTheCredentialsAndThePrincipal() {
    when(getDelegatedAccessToken.getDelegatedAccessToken(any()))
        .thenReturn(
            new GetDelegatedAccessTokenResult(ISSUED, "arn:aws:iam::111111111111:user/alice"));

    GetDelegatedAccessTokenResponse response =
        sts.getDelegatedAccessToken(
            GetDelegatedAccessTokenRequest.newBuilder().setTradeInToken("opaque").build());

    ArgumentCaptor<GetDelegatedAccessTokenCommand> command =
        ArgumentCaptor.forClass(GetDelegatedAccessTokenCommand.class);
    verify(getDelegatedAccessToken).getDelegatedAccessToken(command.capture());
    assertEquals("opaque", command.getValue().tradeInToken());
    assertEquals("arn:aws:iam::111111111111:user/alice", response.getAssumedPrincipal());
    assertFalse(response.hasPackedPolicySize());
  }

  @Test
  void givenNoMembers_getSessionToken_passesNulls() {
    when(getSessionToken.getSessionToken(any())).thenReturn(new GetSessionTokenResult(ISSUED));

    sts.getSessionToken(GetSessionTokenRequest.getDefaultInstance());

    ArgumentCaptor<GetSessionTokenCommand> command =
        ArgumentCaptor.forClass(GetSessionTokenCommand.class);
    verify(getSessionToken).getSessionToken(command.capture());
    assertNull(command.getValue().durationSeconds());
    assertNull(command.getValue().serialNumber());
    assertNull(command.getValue().tokenCode());
  }

  @Test
  void givenEveryMember_getFederationToken_buildsTheCommandAndReturnsTheFederatedUser() {
    when(getFederationToken.getFederationToken(any()))
        .thenReturn(
            new GetFederationTokenResult(
                ISSUED, "arn:aws:sts::111111111111:federated-user/bob", "111111111111:bob", 3));

    GetFederationTokenResponse response =
        sts.getFederationToken(
            GetFederationTokenRequest.newBuilder()
                .setName("bob")
                .setPolicy("{}")
                .addPolicyArns("arn:aws:iam::aws:policy/ReadOnlyAccess")
                .setDurationSeconds(900)
                .addTags(Tag.newBuilder().setKey("k").setValue("v"))
                .build());

    ArgumentCaptor<GetFederationTokenCommand> command =
        ArgumentCaptor.forClass(GetFederationTokenCommand.class);
    verify(getFederationToken).getFederationToken(command.capture());
    assertEquals(
        GetFederationTokenCommand.of(
            command.getValue().caller(),
            "bob",
            "{}",
            List.of("arn:aws:iam::aws:policy/ReadOnlyAccess"),
            900,
            List.of(new org.opensts.domain.identity.Tag("k", "v"))),
        command.getValue());
    assertEquals(
        "arn:aws:sts::111111111111:federated-user/bob", response.getFederatedUser().getArn());
    assertEquals("111111111111:bob", response.getFederatedUser().getFederatedUserId());
    assertEquals(3, response.getPackedPolicySize());
  }

  @Test
  void givenASignedCall_getCallerIdentity_seesTheAuthenticatedCallerAndItsOrigin() {
    when(getCallerIdentity.getCallerIdentity(any()))
        .thenReturn(
            new GetCallerIdentityResult(ACCOUNT, "arn:aws:iam::111111111111:root", "111111111111"));

    GetCallerIdentityResponse response =
        sts.getCallerIdentity(GetCallerIdentityRequest.getDefaultInstance());

    ArgumentCaptor<GetCallerIdentityCommand> command =
        ArgumentCaptor.forClass(GetCallerIdentityCommand.class);
    verify(getCallerIdentity).getCallerIdentity(command.capture());
    Caller caller = command.getValue().caller();
    assertEquals(TestPrincipals.root(), caller.principal());
    assertEquals("127.0.0.1", caller.origin().sourceIp());
    assertFalse(caller.origin().secureTransport());
    assertTrue(caller.origin().userAgent().startsWith("grpc-java"), caller.origin()::userAgent);
    assertEquals(ACCOUNT, response.getAccount());
    assertEquals("arn:aws:iam::111111111111:root", response.getArn());
    assertEquals("111111111111", response.getUserId());
  }

  @Test
  void givenAnAccessKeyId_getAccessKeyInfo_returnsTheAccount() {
    when(getAccessKeyInfo.getAccessKeyInfo(any())).thenReturn(new GetAccessKeyInfoResult(ACCOUNT));

    String account =
        sts.getAccessKeyInfo(
                GetAccessKeyInfoRequest.newBuilder().setAccessKeyId("AKIAOTHEREXAMPLE0001").build())
            .getAccount();

    ArgumentCaptor<GetAccessKeyInfoCommand> command =
        ArgumentCaptor.forClass(GetAccessKeyInfoCommand.class);
    verify(getAccessKeyInfo).getAccessKeyInfo(command.capture());
    assertEquals("AKIAOTHEREXAMPLE0001", command.getValue().accessKeyId());
    assertEquals(ACCOUNT, account);
  }

  @Test
  void givenAnEncodedMessage_decodeAuthorizationMessage_returnsTheDecodedDocument() {
    when(decodeAuthorizationMessage.decodeAuthorizationMessage(any()))
        .thenReturn(new DecodeAuthorizationMessageResult("{\"allowed\":false}"));

    String decoded =
        sts.decodeAuthorizationMessage(
                DecodeAuthorizationMessageRequest.newBuilder().setEncodedMessage("sealed").build())
            .getDecodedMessage();

    ArgumentCaptor<DecodeAuthorizationMessageCommand> command =
        ArgumentCaptor.forClass(DecodeAuthorizationMessageCommand.class);
    verify(decodeAuthorizationMessage).decodeAuthorizationMessage(command.capture());
    assertEquals("sealed", command.getValue().encodedMessage());
    assertEquals("{\"allowed\":false}", decoded);
  }

  // --- Federation: unsigned, as in AWS ------------------------------------------------------

  private static final String WEB_IDENTITY_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2ln";

  private static final String SAML_ASSERTION = "PHNhbWxwOlJlc3BvbnNlLz4=";

  private static AssumeRoleWithWebIdentityRequest webIdentityRequest() {
    return AssumeRoleWithWebIdentityRequest.newBuilder()
        .setRoleArn("arn:aws:iam::111111111111:role/web")
        .setRoleSessionName("app-1")
        .setWebIdentityToken(WEB_IDENTITY_TOKEN)
        .build();
  }

  private static AssumeRoleWithSAMLRequest samlRequest() {
    return AssumeRoleWithSAMLRequest.newBuilder()
        .setRoleArn("arn:aws:iam::111111111111:role/saml")
        .setPrincipalArn("arn:aws:iam::111111111111:saml-provider/corp")
        .setSamlAssertion(SAML_ASSERTION)
        .build();
  }

  private SecurityTokenServiceGrpc.SecurityTokenServiceBlockingStub unsignedSts() {
    return SecurityTokenServiceGrpc.newBlockingStub(channel);
  }

  @Test
  void
      givenAnUnsignedCallWithEveryMember_assumeRoleWithWebIdentity_buildsTheQueryEndpointsCommand() {
    when(assumeRoleWithWebIdentity.assumeRoleWithWebIdentity(any()))
        .thenReturn(
            new AssumeRoleWithWebIdentityResult(
                ISSUED,
                "alice",
                "client-1",
                "https://issuer.example",
                "arn:aws:sts::111111111111:assumed-role/web/app-1",
                "AROAEXAMPLE:app-1",
                3,
                "alice@example"));

    AssumeRoleWithWebIdentityResponse response =
        unsignedSts()
            .assumeRoleWithWebIdentity(
                webIdentityRequest().toBuilder()
                    .setProviderId("www.amazon.com")
                    .addPolicyArns("arn:aws:iam::aws:policy/ReadOnlyAccess")
                    .setPolicy("{\"Version\":\"2012-10-17\"}")
                    .setDurationSeconds(900)
                    .build());

    ArgumentCaptor<AssumeRoleWithWebIdentityCommand> command =
        ArgumentCaptor.forClass(AssumeRoleWithWebIdentityCommand.class);
    verify(assumeRoleWithWebIdentity).assumeRoleWithWebIdentity(command.capture());
    assertEquals(
        AssumeRoleWithWebIdentityCommand.of(
            command.getValue().origin(),
            "arn:aws:iam::111111111111:role/web",
            "app-1",
            WEB_IDENTITY_TOKEN,
            "www.amazon.com",
            new org.opensts.domain.credential.SessionPolicyParameters(
                "{\"Version\":\"2012-10-17\"}", List.of("arn:aws:iam::aws:policy/ReadOnlyAccess")),
            900),
        command.getValue());
    assertEquals("127.0.0.1", command.getValue().origin().sourceIp());
    assertFalse(command.getValue().origin().secureTransport());
    assertEquals("ASIAEXAMPLEEXAMPLE01", response.getCredentials().getAccessKeyId());
    assertEquals("alice", response.getSubjectFromWebIdentityToken());
    assertEquals("client-1", response.getAudience());
    assertEquals("https://issuer.example", response.getProvider());
    assertEquals(
        "arn:aws:sts::111111111111:assumed-role/web/app-1", response.getAssumedRoleUser().getArn());
    assertEquals("AROAEXAMPLE:app-1", response.getAssumedRoleUser().getAssumedRoleId());
    assertEquals(3, response.getPackedPolicySize());
    assertEquals("alice@example", response.getSourceIdentity());
  }

  @Test
  void givenAnUnsignedCallWithOnlyTheRequiredMembers_assumeRoleWithSaml_buildsTheCommand() {
    when(assumeRoleWithSaml.assumeRoleWithSaml(any())).thenReturn(SAML_ALICE);

    AssumeRoleWithSAMLResponse response = unsignedSts().assumeRoleWithSAML(samlRequest());

    ArgumentCaptor<AssumeRoleWithSamlCommand> command =
        ArgumentCaptor.forClass(AssumeRoleWithSamlCommand.class);
    verify(assumeRoleWithSaml).assumeRoleWithSaml(command.capture());
    assertEquals(
        AssumeRoleWithSamlCommand.of(
            command.getValue().origin(),
            "arn:aws:iam::111111111111:role/saml",
            "arn:aws:iam::111111111111:saml-provider/corp",
            SAML_ASSERTION,
            new org.opensts.domain.credential.SessionPolicyParameters(null, List.of()),
            null),
        command.getValue());
    assertEquals("127.0.0.1", command.getValue().origin().sourceIp());
    assertEquals("session-token", response.getCredentials().getSessionToken());
    assertEquals("AROAEXAMPLE:alice", response.getAssumedRoleUser().getAssumedRoleId());
    assertEquals("alice", response.getSubject());
    assertEquals("persistent", response.getSubjectType());
    assertEquals("https://idp.example/", response.getIssuer());
    assertEquals("https://signin.aws.amazon.com/saml", response.getAudience());
    assertEquals("qualifier=", response.getNameQualifier());
    assertFalse(response.hasPackedPolicySize());
    assertFalse(response.hasSourceIdentity());
  }

  @Test
  void givenASignedCall_assumeRoleWithWebIdentity_isAcceptedAsWell() {
    when(assumeRoleWithWebIdentity.assumeRoleWithWebIdentity(any()))
        .thenReturn(
            new AssumeRoleWithWebIdentityResult(
                ISSUED,
                "alice",
                "client-1",
                "https://issuer.example",
                "arn:aws:sts::111111111111:assumed-role/web/app-1",
                "AROAEXAMPLE:app-1",
                null,
                null));

    AssumeRoleWithWebIdentityResponse response =
        sts.assumeRoleWithWebIdentity(webIdentityRequest());

    assertEquals("alice", response.getSubjectFromWebIdentityToken());
    assertFalse(response.hasPackedPolicySize());
  }

  /** As in AWS, a signature on an unsigned call is not looked at, so even a bad one passes. */
  @Test
  void givenASignatureByAnUnknownKey_assumeRoleWithSaml_isNotChecked() {
    when(assumeRoleWithSaml.assumeRoleWithSaml(any())).thenReturn(SAML_ALICE);
    SecurityTokenServiceGrpc.SecurityTokenServiceBlockingStub unknownKey =
        unsignedSts()
            .withInterceptors(
                new SigV4ClientInterceptor(
                    SigV4ClientInterceptor.Credentials.of("AKIAUNKNOWNEXAMPLE01", "secret"),
                    REGION));

    AssumeRoleWithSAMLResponse response = unknownKey.assumeRoleWithSAML(samlRequest());

    assertEquals("alice", response.getSubject());
  }

  @Test
  void givenAKeyOverItsRate_everyService_refusesWithThrottlingBeforeAnythingRuns() {
    admission.refusal = CapacityException.throttling();

    StatusRuntimeException fromSts =
        assertThrows(
            StatusRuntimeException.class,
            () -> sts.getCallerIdentity(GetCallerIdentityRequest.getDefaultInstance()));
    StatusRuntimeException fromVerifier =
        assertThrows(
            StatusRuntimeException.class,
            () -> requests.authorize(AuthorizeRequest.getDefaultInstance()));

    for (StatusRuntimeException e : List.of(fromSts, fromVerifier)) {
      assertEquals(Status.Code.RESOURCE_EXHAUSTED, e.getStatus().getCode());
      assertEquals("Rate exceeded", e.getStatus().getDescription());
      assertEquals("Throttling", errorInfo(e).getReason());
    }
    assertEquals(
        List.of(
            Optional.of(TestCallers.LONG_TERM_KEY_ID.value()),
            Optional.of(TestCallers.LONG_TERM_KEY_ID.value())),
        admission.claimedKeys);
    verifyNoInteractions(getCallerIdentity, authorize);
  }

  @Test
  void givenAFullServer_aCall_isRefusedWithServiceUnavailable() {
    admission.refusal = CapacityException.serviceUnavailable();

    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () -> unsignedSts().assumeRoleWithWebIdentity(webIdentityRequest()));

    assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode());
    assertEquals("ServiceUnavailable", errorInfo(e).getReason());
    assertEquals(List.of(Optional.empty()), admission.claimedKeys);
  }

  @Test
  void givenAnsweredCalls_theirPlaces_areAllGivenBack() {
    when(getCallerIdentity.getCallerIdentity(any()))
        .thenThrow(AccessDeniedException.because("Not here."));

    assertThrows(
        StatusRuntimeException.class,
        () -> sts.getCallerIdentity(GetCallerIdentityRequest.getDefaultInstance()));
    assertThrows(
        StatusRuntimeException.class,
        () -> unsignedSts().getCallerIdentity(GetCallerIdentityRequest.getDefaultInstance()));

    assertEquals(2, admission.claimedKeys.size());
    assertEquals(0, admission.held.get());
  }

  static Stream<Arguments> federationErrors() {
    return Stream.of(
        Arguments.of(
            IdentityProviderException.invalidIdentityToken("The token is not signed."),
            Status.Code.UNAUTHENTICATED),
        Arguments.of(
            IdentityProviderException.expired("Token expired: 1700000000 < 1800000000"),
            Status.Code.UNAUTHENTICATED),
        Arguments.of(
            IdentityProviderException.rejectedClaim("Incorrect token audience"),
            Status.Code.PERMISSION_DENIED),
        Arguments.of(
            IdentityProviderException.communicationError("The provider did not answer."),
            Status.Code.UNAVAILABLE),
        Arguments.of(AccessDeniedException.because("Not trusted."), Status.Code.PERMISSION_DENIED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("federationErrors")
  void givenAUseCaseFailing_assumeRoleWithWebIdentity_answersWithTheTablesStatusAndErrorInfo(
      StsException error, Status.Code status) {
    when(assumeRoleWithWebIdentity.assumeRoleWithWebIdentity(any())).thenThrow(error);

    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () -> unsignedSts().assumeRoleWithWebIdentity(webIdentityRequest()));

    assertEquals(status, e.getStatus().getCode());
    assertEquals(error.getMessage(), e.getStatus().getDescription());
    assertEquals(GrpcErrors.of(error.code()).reason(), errorInfo(e).getReason());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("federationErrors")
  void givenAUseCaseFailing_assumeRoleWithSaml_answersWithTheTablesStatusAndErrorInfo(
      StsException error, Status.Code status) {
    when(assumeRoleWithSaml.assumeRoleWithSaml(any())).thenThrow(error);

    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class, () -> unsignedSts().assumeRoleWithSAML(samlRequest()));

    assertEquals(status, e.getStatus().getCode());
    assertEquals(GrpcErrors.of(error.code()).reason(), errorInfo(e).getReason());
  }

  @Test
  void givenNoToken_assumeRoleWithWebIdentity_failsWithTheQueryEndpointsValidationError() {
    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                unsignedSts()
                    .assumeRoleWithWebIdentity(
                        webIdentityRequest().toBuilder().clearWebIdentityToken().build()));

    assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
    assertEquals(
        "1 validation error detected: Value null at 'webIdentityToken' failed to satisfy"
            + " constraint: Member must not be null",
        e.getStatus().getDescription());
    verifyNoInteractions(assumeRoleWithWebIdentity);
  }

  @Test
  void givenAPrincipalArnThatIsNoSamlProvider_assumeRoleWithSaml_failsWithValidationError() {
    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                unsignedSts()
                    .assumeRoleWithSAML(
                        samlRequest().toBuilder()
                            .setPrincipalArn("arn:aws:iam::111111111111:role/not-a-provider")
                            .build()));

    assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
    assertEquals("ValidationError", errorInfo(e).getReason());
    verifyNoInteractions(assumeRoleWithSaml);
  }

  // --- RequestAuthorizationService -----------------------------------------------------------

  @Test
  void givenARequestSignedByTheAwsSdk_verifyRequest_returnsItsSigner() {
    VerifyRequestResponse response = requests.verifyRequest(sdkSignedRequest("hello", "hello"));

    assertTrue(response.hasCaller(), response::toString);
    assertEquals(ACCOUNT, response.getCaller().getAccount());
    assertEquals("arn:aws:iam::111111111111:root", response.getCaller().getArn());
    assertEquals(PrincipalType.ACCOUNT, response.getCaller().getPrincipalType());
    assertEquals(TestCallers.LONG_TERM_KEY_ID.value(), response.getCaller().getAccessKeyId());
    assertFalse(response.getCaller().getTemporary());
    assertFalse(response.getCaller().hasSessionName());
    assertFalse(response.getCaller().hasExpiresAt());
  }

  @Test
  void givenARequestWhoseBodyWasChanged_verifyRequest_rejectsItWithSignatureDoesNotMatch() {
    VerifyRequestResponse response =
        requests.verifyRequest(sdkSignedRequest("hello", "hello, changed"));

    assertEquals("SignatureDoesNotMatch", response.getRejection().getCode());
    assertFalse(response.getRejection().getMessage().isEmpty());
  }

  @Test
  void givenNoClientOrigin_verifyRequest_failsWithValidationError() {
    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                requests.verifyRequest(
                    sdkSignedRequest("hello", "hello").toBuilder().clearClientOrigin().build()));

    assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
    assertEquals("ValidationError", errorInfo(e).getReason());
  }

  @Test
  void givenADeniedAction_authorize_passesTheQuestionAndReturnsTheEncodedMessage() {
    when(authorize.authorize(any())).thenReturn(new AuthorizeResult(false, true, "encoded"));

    AuthorizeResponse response =
        requests.authorize(
            AuthorizeRequest.newBuilder()
                .setRequest(sdkSignedRequest("hello", "hello"))
                .setAction("s3:GetObject")
                .setResource("arn:aws:s3:::bucket/key")
                .putContextKeys("s3:prefix", StringList.newBuilder().addValues("logs/").build())
                .setResourceAccount("222222222222")
                .build());

    ArgumentCaptor<AuthorizeCommand> command = ArgumentCaptor.forClass(AuthorizeCommand.class);
    verify(authorize).authorize(command.capture());
    assertEquals(TestPrincipals.root(), command.getValue().caller().principal());
    assertEquals("203.0.113.7", command.getValue().caller().origin().sourceIp());
    assertEquals("s3:GetObject", command.getValue().action());
    assertEquals("arn:aws:s3:::bucket/key", command.getValue().resource());
    assertEquals(Map.of("s3:prefix", List.of("logs/")), command.getValue().contextKeys());
    assertNull(command.getValue().resourcePolicy());
    assertEquals("222222222222", command.getValue().resourceAccount());
    assertFalse(response.getAllowed());
    assertTrue(response.getExplicitDeny());
    assertEquals("encoded", response.getEncodedMessage());
    assertEquals(ACCOUNT, response.getCaller().getAccount());
    assertFalse(response.hasRejection());
  }

  @Test
  void givenATamperedInnerRequest_authorize_rejectsItWithoutDeciding() {
    AuthorizeResponse response =
        requests.authorize(
            AuthorizeRequest.newBuilder()
                .setRequest(sdkSignedRequest("hello", "tampered"))
                .setAction("s3:GetObject")
                .setResource("*")
                .build());

    assertFalse(response.getAllowed());
    assertEquals("SignatureDoesNotMatch", response.getRejection().getCode());
    verifyNoInteractions(authorize);
  }

  @Test
  void givenTheBodysHashInPlaceOfTheBody_verifyRequest_returnsItsSigner() {
    VerifyRequestResponse response =
        requests.verifyRequest(
            sdkSignedRequest("hello", "").toBuilder().setPayloadSha256(sha256Hex("hello")).build());

    assertTrue(response.hasCaller(), response::toString);
    assertEquals("arn:aws:iam::111111111111:root", response.getCaller().getArn());
  }

  @Test
  void givenTheHashOfAnotherBody_verifyRequest_rejectsItWithSignatureDoesNotMatch() {
    VerifyRequestResponse response =
        requests.verifyRequest(
            sdkSignedRequest("hello", "").toBuilder()
                .setPayloadSha256(sha256Hex("hello, changed"))
                .build());

    assertEquals("SignatureDoesNotMatch", response.getRejection().getCode());
  }

  static Stream<Arguments> invalidPayloadHashes() {
    return Stream.of(
        Arguments.of("both the body and its hash", "hello", sha256Hex("hello")),
        Arguments.of("a hash of 63 hex digits", "", sha256Hex("hello").substring(1)),
        Arguments.of("a hash with a non-hex digit", "", "z" + sha256Hex("hello").substring(1)),
        Arguments.of("an empty hash", "", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidPayloadHashes")
  void givenAnInvalidPayloadHash_verifyRequestAndAuthorize_failWithValidationError(
      String why, String body, String hash) {
    VerifyRequestRequest request =
        sdkSignedRequest("hello", body).toBuilder().setPayloadSha256(hash).build();

    StatusRuntimeException verifyError =
        assertThrows(StatusRuntimeException.class, () -> requests.verifyRequest(request));
    StatusRuntimeException authorizeError =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                requests.authorize(
                    AuthorizeRequest.newBuilder()
                        .setRequest(request)
                        .setAction("s3:GetObject")
                        .setResource("*")
                        .build()));

    for (StatusRuntimeException e : List.of(verifyError, authorizeError)) {
      assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
      assertEquals("ValidationError", errorInfo(e).getReason());
    }
    verifyNoInteractions(authorize);
  }

  @Test
  void givenTheBodysHashInPlaceOfTheBody_authorize_decides() {
    when(authorize.authorize(any())).thenReturn(new AuthorizeResult(true, false, null));

    AuthorizeResponse response =
        requests.authorize(
            AuthorizeRequest.newBuilder()
                .setRequest(
                    sdkSignedRequest("hello", "").toBuilder()
                        .setPayloadSha256(sha256Hex("hello").toUpperCase(java.util.Locale.ROOT)))
                .setAction("s3:PutObject")
                .setResource("arn:aws:s3:::bucket/key")
                .build());

    assertTrue(response.getAllowed(), response::toString);
    assertFalse(response.hasRejection());
  }

  // --- Authentication of the calls themselves -----------------------------------------------

  @Test
  void givenAnUnsignedCall_anyMethod_failsUnauthenticatedWithMissingAuthenticationToken() {
    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                SecurityTokenServiceGrpc.newBlockingStub(channel)
                    .getCallerIdentity(GetCallerIdentityRequest.getDefaultInstance()));

    assertEquals(Status.Code.UNAUTHENTICATED, e.getStatus().getCode());
    assertEquals("MissingAuthenticationToken", errorInfo(e).getReason());
    assertEquals("Request is missing Authentication Token", e.getStatus().getDescription());
    verifyNoInteractions(getCallerIdentity);
  }

  @Test
  void givenAMessageChangedAfterSigning_theCall_failsUnauthenticatedWithSignatureDoesNotMatch() {
    ClientInterceptor swapMessage =
        new ClientInterceptor() {
          @Override
          public <Q, R> ClientCall<Q, R> interceptCall(
              MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
            return new ForwardingClientCall.SimpleForwardingClientCall<>(
                next.newCall(method, options)) {
              @Override
              @SuppressWarnings("unchecked")
              public void sendMessage(Q message) {
                super.sendMessage(
                    (Q)
                        GetAccessKeyInfoRequest.newBuilder()
                            .setAccessKeyId("AKIASOMEONEELSE00001")
                            .build());
              }
            };
          }
        };
    // The last interceptor sees the call first: the signer signs, then the message is swapped.
    SecurityTokenServiceGrpc.SecurityTokenServiceBlockingStub tampering =
        SecurityTokenServiceGrpc.newBlockingStub(channel).withInterceptors(swapMessage, signer);

    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                tampering.getAccessKeyInfo(
                    GetAccessKeyInfoRequest.newBuilder()
                        .setAccessKeyId("AKIAOTHEREXAMPLE0001")
                        .build()));

    assertEquals(Status.Code.UNAUTHENTICATED, e.getStatus().getCode());
    assertEquals("SignatureDoesNotMatch", errorInfo(e).getReason());
    verifyNoInteractions(getAccessKeyInfo);
  }

  @Test
  void givenTheWrongSecret_theCall_failsWithSignatureDoesNotMatch() {
    SecurityTokenServiceGrpc.SecurityTokenServiceBlockingStub wrongSecret =
        SecurityTokenServiceGrpc.newBlockingStub(channel)
            .withInterceptors(
                new SigV4ClientInterceptor(
                    SigV4ClientInterceptor.Credentials.of(
                        TestCallers.LONG_TERM_KEY_ID.value(), "not-the-secret"),
                    REGION));

    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () -> wrongSecret.getCallerIdentity(GetCallerIdentityRequest.getDefaultInstance()));

    assertEquals(Status.Code.UNAUTHENTICATED, e.getStatus().getCode());
    assertEquals("SignatureDoesNotMatch", errorInfo(e).getReason());
  }

  @Test
  void givenAnUnknownKey_theCall_failsWithInvalidClientTokenId() {
    SecurityTokenServiceGrpc.SecurityTokenServiceBlockingStub unknownKey =
        SecurityTokenServiceGrpc.newBlockingStub(channel)
            .withInterceptors(
                new SigV4ClientInterceptor(
                    SigV4ClientInterceptor.Credentials.of("AKIAUNKNOWNEXAMPLE01", "secret"),
                    REGION));

    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () -> unknownKey.getCallerIdentity(GetCallerIdentityRequest.getDefaultInstance()));

    assertEquals(Status.Code.UNAUTHENTICATED, e.getStatus().getCode());
    assertEquals("InvalidClientTokenId", errorInfo(e).getReason());
  }

  @Test
  void givenAnUnsignedPayloadDeclaration_theCall_failsWithSignatureDoesNotMatch() {
    io.grpc.Metadata declaration = new io.grpc.Metadata();
    declaration.put(
        io.grpc.Metadata.Key.of("x-amz-content-sha256", io.grpc.Metadata.ASCII_STRING_MARSHALLER),
        "UNSIGNED-PAYLOAD");
    SecurityTokenServiceGrpc.SecurityTokenServiceBlockingStub unsignedPayload =
        SecurityTokenServiceGrpc.newBlockingStub(channel)
            .withInterceptors(
                io.grpc.stub.MetadataUtils.newAttachHeadersInterceptor(declaration), signer);

    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () -> unsignedPayload.getCallerIdentity(GetCallerIdentityRequest.getDefaultInstance()));

    assertEquals(Status.Code.UNAUTHENTICATED, e.getStatus().getCode());
    assertEquals("SignatureDoesNotMatch", errorInfo(e).getReason());
    assertTrue(e.getStatus().getDescription().contains("must be signed"), e::getMessage);
    verifyNoInteractions(getCallerIdentity);
  }

  /**
   * The bytes of GetAccessKeyInfoRequest{access_key_id} after a field a newer client knows and this
   * server does not (field 15, a string). Parsed and serialized again, the unknown field would move
   * behind the known one.
   */
  private static byte[] getAccessKeyInfoWithAnUnknownField(String accessKeyId) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    out.writeString(15, "from a newer client");
    out.writeString(1, accessKeyId);
    out.flush();
    return bytes.toByteArray();
  }

  /** AssumeRoleRequest's role_session_name (2) written before role_arn (1). */
  private static byte[] assumeRoleInReverseFieldOrder() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    out.writeString(2, "reordered");
    out.writeString(1, "arn:aws:iam::111111111111:role/deployer");
    out.flush();
    return bytes.toByteArray();
  }

  /** Calls a method with bytes as given, signed over exactly those bytes. */
  private byte[] callWithBytes(MethodDescriptor<?, ?> method, byte[] request) {
    MethodDescriptor<byte[], byte[]> raw =
        method.toBuilder(RawMessageMarshaller.INSTANCE, RawMessageMarshaller.INSTANCE).build();
    return ClientCalls.blockingUnaryCall(
        io.grpc.ClientInterceptors.intercept(channel, signer),
        raw,
        io.grpc.CallOptions.DEFAULT,
        request);
  }

  @Test
  void givenAMessageWithAFieldTheServerDoesNotKnow_theCall_verifiesOverTheBytesSent()
      throws IOException {
    when(getAccessKeyInfo.getAccessKeyInfo(any())).thenReturn(new GetAccessKeyInfoResult(ACCOUNT));
    byte[] sent = getAccessKeyInfoWithAnUnknownField("AKIAOTHEREXAMPLE0001");
    // Re-serialized, the message would differ: a server hashing that would reject the call.
    assertFalse(
        java.util.Arrays.equals(sent, GetAccessKeyInfoRequest.parseFrom(sent).toByteArray()));

    byte[] answer = callWithBytes(SecurityTokenServiceGrpc.getGetAccessKeyInfoMethod(), sent);

    ArgumentCaptor<GetAccessKeyInfoCommand> command =
        ArgumentCaptor.forClass(GetAccessKeyInfoCommand.class);
    verify(getAccessKeyInfo).getAccessKeyInfo(command.capture());
    assertEquals("AKIAOTHEREXAMPLE0001", command.getValue().accessKeyId());
    assertEquals(ACCOUNT, GetAccessKeyInfoResponse.parseFrom(answer).getAccount());
  }

  @Test
  void givenAMessageWithItsFieldsInAnotherOrder_theCall_verifiesOverTheBytesSent()
      throws IOException {
    when(assumeRole.assumeRole(any()))
        .thenReturn(
            new AssumeRoleResult(
                ISSUED,
                "arn:aws:sts::111111111111:assumed-role/deployer/reordered",
                "AROAEXAMPLE:reordered",
                null,
                null));
    byte[] sent = assumeRoleInReverseFieldOrder();
    assertFalse(java.util.Arrays.equals(sent, AssumeRoleRequest.parseFrom(sent).toByteArray()));

    byte[] answer = callWithBytes(SecurityTokenServiceGrpc.getAssumeRoleMethod(), sent);

    ArgumentCaptor<AssumeRoleCommand> command = ArgumentCaptor.forClass(AssumeRoleCommand.class);
    verify(assumeRole).assumeRole(command.capture());
    assertEquals("reordered", command.getValue().roleSessionName().value());
    assertEquals(
        "AROAEXAMPLE:reordered",
        AssumeRoleResponse.parseFrom(answer).getAssumedRoleUser().getAssumedRoleId());
  }

  @Test
  void givenSignedBytesThatAreNoValidMessage_theCall_failsWithValidationError() {
    byte[] garbage = {(byte) 0x0a, (byte) 0x7f, 0x41};

    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () -> callWithBytes(SecurityTokenServiceGrpc.getGetAccessKeyInfoMethod(), garbage));

    assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
    assertEquals("ValidationError", errorInfo(e).getReason());
    verifyNoInteractions(getAccessKeyInfo);
  }

  // --- Errors --------------------------------------------------------------------------------

  static Stream<Arguments> domainErrors() {
    return Stream.of(
        Arguments.of(AccessDeniedException.because("Not you."), Status.Code.PERMISSION_DENIED),
        Arguments.of(EntityException.noSuchEntity("No role."), Status.Code.NOT_FOUND),
        Arguments.of(
            InvalidRequestException.packedPolicyTooLarge("Too big."), Status.Code.INVALID_ARGUMENT),
        Arguments.of(
            new MalformedPolicyDocumentException("Bad JSON."), Status.Code.INVALID_ARGUMENT),
        Arguments.of(AuthenticationException.expiredToken(), Status.Code.UNAUTHENTICATED),
        Arguments.of(EntityException.limitExceeded("Sessions", 1), Status.Code.RESOURCE_EXHAUSTED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("domainErrors")
  void givenAUseCaseFailing_assumeRole_answersWithTheTablesStatusAndErrorInfo(
      StsException error, Status.Code status) {
    when(assumeRole.assumeRole(any())).thenThrow(error);

    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                sts.assumeRole(
                    AssumeRoleRequest.newBuilder()
                        .setRoleArn("arn:aws:iam::111111111111:role/deployer")
                        .setRoleSessionName("s2")
                        .build()));

    assertEquals(status, e.getStatus().getCode());
    assertEquals(error.getMessage(), e.getStatus().getDescription());
    ErrorInfo info = errorInfo(e);
    assertEquals(GrpcErrors.of(error.code()).reason(), info.getReason());
    assertEquals("sts.amazonaws.com", info.getDomain());
    assertEquals(error.getMessage(), info.getMetadataOrThrow("message"));
  }

  @Test
  void givenAMissingRequiredMember_assumeRole_failsWithTheQueryEndpointsValidationError() {
    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () -> sts.assumeRole(AssumeRoleRequest.newBuilder().setRoleSessionName("s2").build()));

    assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
    assertEquals(
        "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint:"
            + " Member must not be null",
        e.getStatus().getDescription());
    verifyNoInteractions(assumeRole);
  }

  @Test
  void givenAnUnexpectedFailure_theCall_failsInternalWithoutDetails() {
    when(getCallerIdentity.getCallerIdentity(any()))
        .thenThrow(new IllegalStateException("secret internals"));

    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () -> sts.getCallerIdentity(GetCallerIdentityRequest.getDefaultInstance()));

    assertEquals(Status.Code.INTERNAL, e.getStatus().getCode());
    assertEquals("An internal error has occurred", e.getStatus().getDescription());
    assertTrue(StatusProto.fromThrowable(e).getDetailsList().isEmpty());
  }

  // --- helpers -------------------------------------------------------------------------------

  private static String sha256Hex(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static ErrorInfo errorInfo(StatusRuntimeException e) {
    com.google.rpc.Status status = StatusProto.fromThrowable(e);
    try {
      return status.getDetails(0).unpack(ErrorInfo.class);
    } catch (InvalidProtocolBufferException ex) {
      throw new AssertionError(ex);
    }
  }

  /**
   * What an internal service (here: "s3") received: a request signed by the AWS SDK over {@code
   * signedBody}, arriving with {@code receivedBody}.
   */
  private static VerifyRequestRequest sdkSignedRequest(String signedBody, String receivedBody) {
    SdkHttpRequest unsigned =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.PUT)
            .uri(URI.create("https://s3.internal.example/bucket/my%20key?x-id=PutObject"))
            .putHeader("Content-Type", "text/plain")
            .putHeader("User-Agent", "aws-sdk-java/2 test")
            .build();
    SdkHttpRequest signed =
        AwsV4HttpSigner.create()
            .sign(
                r ->
                    r.request(unsigned)
                        .identity(
                            AwsCredentialsIdentity.create(
                                TestCallers.LONG_TERM_KEY_ID.value(), TestCallers.SECRET.value()))
                        .payload(
                            ContentStreamProvider.fromByteArray(
                                signedBody.getBytes(StandardCharsets.UTF_8)))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, REGION))
            .request();
    VerifyRequestRequest.Builder request =
        VerifyRequestRequest.newBuilder()
            .setMethod("PUT")
            .setPath(signed.encodedPath())
            .setQuery("x-id=PutObject")
            .setPayload(ByteString.copyFromUtf8(receivedBody))
            .setService("s3")
            .setClientOrigin(
                ClientOrigin.newBuilder().setSourceIp("203.0.113.7").setSecureTransport(true));
    signed.forEachHeader(
        (name, values) ->
            request.addHeaders(Header.newBuilder().setName(name).addAllValues(values)));
    if (signed.firstMatchingHeader("Host").isEmpty()) {
      request.addHeaders(Header.newBuilder().setName("host").addValues("s3.internal.example"));
    }
    return request.build();
  }

  /** Admits everything unless told to refuse; counts the places held. */
  private static final class RecordingAdmission implements AdmitRequestUseCase {

    private final List<Optional<String>> claimedKeys = new CopyOnWriteArrayList<>();
    private final AtomicInteger held = new AtomicInteger();
    private volatile CapacityException refusal;

    @Override
    public AdmitRequestResult admit(AdmitRequestCommand command) {
      claimedKeys.add(command.claimedAccessKeyId());
      if (refusal != null) {
        throw refusal;
      }
      held.incrementAndGet();
      AtomicBoolean open = new AtomicBoolean(true);
      return new AdmitRequestResult(
          () -> {
            if (open.getAndSet(false)) {
              held.decrementAndGet();
            }
          });
    }
  }
}
