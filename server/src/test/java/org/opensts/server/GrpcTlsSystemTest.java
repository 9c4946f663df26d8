package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.NettyChannelBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensts.adapter.grpc.v1.GetCallerIdentityRequest;
import org.opensts.adapter.grpc.v1.SecurityTokenServiceGrpc;
import org.opensts.adapter.saml.SelfSignedCertificates;

/**
 * The gRPC port with TLS: given a certificate chain and key ({@code STS_GRPC_TLS_CERT}, {@code
 * STS_GRPC_TLS_KEY}), it serves TLS only, and a client trusting that certificate gets AWS's
 * answers.
 */
class GrpcTlsSystemTest {

  @TempDir Path directory;

  @Test
  void givenCertificateAndKey_grpcPort_servesTlsToAClientTrustingTheCertificate()
      throws SSLException {
    KeyPair keys = rsaKeys();
    X509Certificate certificate = SelfSignedCertificates.create(keys, "localhost");
    Path certFile = write("cert.pem", pem("CERTIFICATE", encoded(certificate)));
    Path keyFile = write("key.pem", pem("PRIVATE KEY", keys.getPrivate().getEncoded()));

    try (TestServer server =
        TestServer.start(
            "test-bootstrap.json",
            Map.of(
                "grpc.server.ssl.cert-chain",
                "file:" + certFile,
                "grpc.server.ssl.private-key",
                "file:" + keyFile))) {
      ManagedChannel tls =
          NettyChannelBuilder.forAddress("127.0.0.1", server.grpcPort())
              .overrideAuthority("localhost")
              .sslContext(GrpcSslContexts.forClient().trustManager(certificate).build())
              .build();
      ManagedChannel plaintext =
          NettyChannelBuilder.forAddress("127.0.0.1", server.grpcPort()).usePlaintext().build();
      try {
        assertEquals(
            "arn:aws:iam::111111111111:user/alice",
            stub(tls).getCallerIdentity(GetCallerIdentityRequest.getDefaultInstance()).getArn());
        assertThrows(
            StatusRuntimeException.class,
            () -> stub(plaintext).getCallerIdentity(GetCallerIdentityRequest.getDefaultInstance()));
      } finally {
        tls.shutdownNow();
        plaintext.shutdownNow();
      }
    }
  }

  private static SecurityTokenServiceGrpc.SecurityTokenServiceBlockingStub stub(
      ManagedChannel channel) {
    return SecurityTokenServiceGrpc.newBlockingStub(channel)
        .withInterceptors(GrpcSigners.of(TestAccounts.ALICE))
        .withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  private static KeyPair rsaKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] encoded(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private Path write(String name, String content) {
    try {
      return Files.writeString(directory.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
