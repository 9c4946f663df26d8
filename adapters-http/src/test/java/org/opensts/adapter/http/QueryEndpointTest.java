package org.opensts.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensts.adapter.http.sts.StsApi;
import org.opensts.application.port.in.auth.AuthenticateRequestResult;
import org.opensts.application.port.in.auth.AuthenticateRequestUseCase;
import org.opensts.application.port.in.sts.AssumeRoleResult;
import org.opensts.application.port.in.sts.AssumeRoleUseCase;
import org.opensts.application.port.in.sts.AssumeRoleWithSamlUseCase;
import org.opensts.application.port.in.sts.AssumeRoleWithWebIdentityUseCase;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageCommand;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageResult;
import org.opensts.application.port.in.sts.DecodeAuthorizationMessageUseCase;
import org.opensts.application.port.in.sts.GetAccessKeyInfoUseCase;
import org.opensts.application.port.in.sts.GetCallerIdentityResult;
import org.opensts.application.port.in.sts.GetCallerIdentityUseCase;
import org.opensts.application.port.in.sts.GetFederationTokenUseCase;
import org.opensts.application.port.in.sts.GetSessionTokenUseCase;
import org.opensts.domain.credential.LongTermKeyCaller;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.credential.SessionToken;
import org.opensts.domain.credential.TemporaryCredentials;
import org.opensts.domain.error.AccessDeniedException;
import org.opensts.domain.error.AuthenticationException;
import org.opensts.domain.fixture.TestAccounts;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AccessKeyStatus;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.SecretAccessKey;
import org.opensts.domain.signature.SignedRequest;

/** The endpoint's translation: parameters to commands, results and errors to AWS XML. */
class QueryEndpointTest {

  private static final RequestOrigin ORIGIN = new RequestOrigin("192.0.2.1", false, "test");

  private final AuthenticateRequestUseCase authenticator = mock(AuthenticateRequestUseCase.class);
  private final GetCallerIdentityUseCase getCallerIdentity = mock(GetCallerIdentityUseCase.class);
  private final GetSessionTokenUseCase getSessionToken = mock(GetSessionTokenUseCase.class);
  private final AssumeRoleUseCase assumeRole = mock(AssumeRoleUseCase.class);
  private final DecodeAuthorizationMessageUseCase decodeAuthorizationMessage =
      mock(DecodeAuthorizationMessageUseCase.class);
  private final QueryEndpoint endpoint =
      new QueryEndpoint(
          authenticator,
          List.of(
              new StsApi(
                  getCallerIdentity,
                  getSessionToken,
                  assumeRole,
                  mock(org.opensts.application.port.in.sts.AssumeRootUseCase.class),
                  decodeAuthorizationMessage,
                  mock(GetAccessKeyInfoUseCase.class),
                  mock(GetFederationTokenUseCase.class),
                  mock(org.opensts.application.port.in.sts.GetDelegatedAccessTokenUseCase.class),
                  mock(org.opensts.application.port.in.sts.GetWebIdentityTokenUseCase.class),
                  mock(AssumeRoleWithSamlUseCase.class),
                  mock(AssumeRoleWithWebIdentityUseCase.class))),
          new QueryAudit(
              org.opensts.application.port.out.AuditTrail.NONE,
              java.time.Clock.systemUTC(),
              "us-east-1"));

  @BeforeEach
  void authenticateEveryone() {
    AccessKey rootKey =
        new AccessKey(
            new AccessKeyId("AKIAAAAAAAAAAAAAAAAA"),
            new SecretAccessKey("secret"),
            new AccountRootPrincipal(TestAccounts.ALPHA),
            AccessKeyStatus.ACTIVE,
            TestClocks.NOW);
    when(authenticator.authenticate(any()))
        .thenReturn(new AuthenticateRequestResult(new LongTermKeyCaller(rootKey, ORIGIN)));
  }

  @Test
  void givenAssumeRoleResult_handle_rendersCredentialsAssumedRoleUserPackedSizeAndSourceIdentity() {
    when(assumeRole.assumeRole(any()))
        .thenReturn(
            new AssumeRoleResult(
                new TemporaryCredentials(
                    new AccessKeyId("ASIAAAAAAAAAAAAAAAAA"),
                    new SecretAccessKey("s3cr3t"),
                    new SessionToken("token"),
                    Instant.parse("2025-01-01T01:00:00.123Z")),
                "arn:aws:sts::111111111111:assumed-role/r/s",
                "AROAAAAAAAAAAAAAAAAAA:s",
                8,
                "DevUser123"));

    WireResponse response =
        endpoint.handle(
            post(
                "Action=AssumeRole&Version=2011-06-15&RoleArn=arn:aws:iam::111111111111:role/r&RoleSessionName=s1"),
            ORIGIN,
            "rid");

    assertEquals(200, response.status());
    assertEquals(
        "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
            + "  <AssumeRoleResult>\n"
            + "    <Credentials>\n"
            + "      <AccessKeyId>ASIAAAAAAAAAAAAAAAAA</AccessKeyId>\n"
            + "      <SecretAccessKey>s3cr3t</SecretAccessKey>\n"
            + "      <SessionToken>token</SessionToken>\n"
            + "      <Expiration>2025-01-01T01:00:00Z</Expiration>\n"
            + "    </Credentials>\n"
            + "    <AssumedRoleUser>\n"
            + "      <AssumedRoleId>AROAAAAAAAAAAAAAAAAAA:s</AssumedRoleId>\n"
            + "      <Arn>arn:aws:sts::111111111111:assumed-role/r/s</Arn>\n"
            + "    </AssumedRoleUser>\n"
            + "    <PackedPolicySize>8</PackedPolicySize>\n"
            + "    <SourceIdentity>DevUser123</SourceIdentity>\n"
            + "  </AssumeRoleResult>\n"
            + "  <ResponseMetadata>\n"
            + "    <RequestId>rid</RequestId>\n"
            + "  </ResponseMetadata>\n"
            + "</AssumeRoleResponse>\n",
        response.body());
  }

  @Test
  void givenAuthenticationFailure_handle_rendersTheErrorAndCallsNoUseCase() {
    when(authenticator.authenticate(any()))
        .thenThrow(AuthenticationException.invalidClientTokenId());

    WireResponse response =
        endpoint.handle(post("Action=GetCallerIdentity&Version=2011-06-15"), ORIGIN, "rid");

    assertEquals(403, response.status());
    assertTrue(response.body().contains("<Code>InvalidClientTokenId</Code>"));
    verifyNoInteractions(getCallerIdentity);
  }

  @Test
  void givenUseCaseDenies_handle_rendersAccessDenied() {
    when(getCallerIdentity.getCallerIdentity(any())).thenThrow(AccessDeniedException.because("no"));

    WireResponse response =
        endpoint.handle(post("Action=GetCallerIdentity&Version=2011-06-15"), ORIGIN, "rid");

    assertEquals(403, response.status());
    assertTrue(response.body().contains("<Code>AccessDenied</Code>"));
    assertTrue(response.body().contains("<Message>no</Message>"));
  }

  @Test
  void givenBugInAUseCase_handle_answersInternalFailureWithoutDetails() {
    when(getCallerIdentity.getCallerIdentity(any()))
        .thenThrow(new IllegalStateException("secret internals"));

    WireResponse response =
        endpoint.handle(post("Action=GetCallerIdentity&Version=2011-06-15"), ORIGIN, "rid");

    assertEquals(500, response.status());
    assertTrue(response.body().contains("<Code>InternalFailure</Code>"));
    assertFalse(response.body().contains("secret internals"));
  }

  @Test
  void givenNoVersion_handle_failsWithAwsNoVersionMessage() {
    WireResponse response = endpoint.handle(post("Action=GetCallerIdentity"), ORIGIN, "rid");

    assertEquals(400, response.status());
    assertTrue(
        response
            .body()
            .contains(
                "<Message>Could not find operation GetCallerIdentity for version NO_VERSION_SPECIFIED</Message>"));
  }

  @Test
  void givenGetCallerIdentity_handle_passesTheResultThrough() {
    when(getCallerIdentity.getCallerIdentity(any()))
        .thenReturn(
            new GetCallerIdentityResult(
                "111111111111", "arn:aws:iam::111111111111:root", "111111111111"));

    WireResponse response =
        endpoint.handle(post("Action=GetCallerIdentity&Version=2011-06-15"), ORIGIN, "rid");

    assertTrue(response.body().contains("<Arn>arn:aws:iam::111111111111:root</Arn>"));
  }

  @Test
  void givenDecodedMessage_handle_rendersItAsEscapedTextOfDecodedMessage() {
    when(decodeAuthorizationMessage.decodeAuthorizationMessage(any()))
        .thenReturn(
            new DecodeAuthorizationMessageResult("{\"allowed\":false,\"resource\":\"a<b>&c\"}"));

    WireResponse response =
        endpoint.handle(
            post("Action=DecodeAuthorizationMessage&Version=2011-06-15&EncodedMessage=abc-_1"),
            ORIGIN,
            "rid");

    assertEquals(200, response.status());
    assertEquals(
        "<DecodeAuthorizationMessageResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
            + "  <DecodeAuthorizationMessageResult>\n"
            + "    <DecodedMessage>{&quot;allowed&quot;:false,&quot;resource&quot;:&quot;"
            + "a&lt;b&gt;&amp;c&quot;}</DecodedMessage>\n"
            + "  </DecodeAuthorizationMessageResult>\n"
            + "  <ResponseMetadata>\n"
            + "    <RequestId>rid</RequestId>\n"
            + "  </ResponseMetadata>\n"
            + "</DecodeAuthorizationMessageResponse>\n",
        response.body());
    verify(decodeAuthorizationMessage)
        .decodeAuthorizationMessage(
            argThat(
                (DecodeAuthorizationMessageCommand command) ->
                    command.encodedMessage().equals("abc-_1")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Action=GetCallerIdentity&Version=2011-06-15 | false",
        "Action=AssumeRole&Version=2011-06-15&RoleArn=r&RoleSessionName=s | false",
        "Action=AssumeRole&Version=2011-06-15&SerialNumber=m&TokenCode=123456 | true",
        "Action=GetSessionToken&Version=2011-06-15&TokenCode=123456 | true",
        "Action=AssumeRoleWithWebIdentity&Version=2011-06-15&WebIdentityToken=t | true",
        "Action=GetWebIdentityToken&Version=2011-06-15&Audience.member.1=a | true",
        "Action=AssumeRoleWithWebIdentity&Version=1999-01-01 | false",
        "Action=AssumeRoleWithWebIdentity | false",
        "Version=2011-06-15 | false",
        "Action=GetCallerIdentity&Version=2011-06-15&%zz | false",
      })
  void givenAnAction_mayWait_isTrueOnlyWhereServingItMayWaitOnTheStoreOrTheNetwork(
      String form, boolean waits) {
    assertEquals(waits, endpoint.mayWait(post(form)));
  }

  private static QueryRequest post(String form) {
    return QueryRequest.read(
        new SignedRequest(
            "POST",
            "/",
            "",
            Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
            form.getBytes(StandardCharsets.UTF_8)));
  }
}
