package org.opensts.adapter.oidc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local OpenID Connect issuer for tests: keys generated at start, a discovery document and a JWKS
 * served over plain HTTP on 127.0.0.1, and tokens signed with any of its keys.
 */
final class TestIssuer implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  final KeyPair rsa = generate("RSA", 2048, null);
  final KeyPair ecP256 = generate("EC", 0, "secp256r1");
  final KeyPair ecP384 = generate("EC", 0, "secp384r1");
  final KeyPair ecP521 = generate("EC", 0, "secp521r1");
  final AtomicInteger jwksRequests = new AtomicInteger();
  volatile int jwksStatus = 200;
  private final Map<String, KeyPair> published = new LinkedHashMap<>();
  private final HttpServer server;

  TestIssuer() throws IOException {
    published.put("rsa-1", rsa);
    published.put("ec-256", ecP256);
    published.put("ec-384", ecP384);
    published.put("ec-521", ecP521);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/realm/.well-known/openid-configuration",
        exchange -> {
          byte[] body =
              ("{\"issuer\":\"" + issuer() + "\",\"jwks_uri\":\"" + issuer() + "/jwks\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.createContext(
        "/realm/jwks",
        exchange -> {
          jwksRequests.incrementAndGet();
          byte[] body = jwks().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(jwksStatus, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  String issuer() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/realm";
  }

  /** The issuer as IAM keeps it: without the scheme. */
  String url() {
    return issuer().substring("http://".length());
  }

  void publish(String kid, KeyPair key) {
    published.put(kid, key);
  }

  synchronized String jwks() {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode keys = root.putArray("keys");
    published.forEach((kid, pair) -> keys.add(jwk(kid, pair)));
    return root.toString();
  }

  static ObjectNode jwk(String kid, KeyPair pair) {
    ObjectNode key = JSON.createObjectNode().put("kid", kid).put("use", "sig");
    if (pair.getPublic() instanceof RSAPublicKey rsa) {
      key.put("kty", "RSA")
          .put("n", b64(unsigned(rsa.getModulus())))
          .put("e", b64(unsigned(rsa.getPublicExponent())));
    } else {
      ECPublicKey ec = (ECPublicKey) pair.getPublic();
      int bits = ec.getParams().getCurve().getField().getFieldSize();
      int size = (bits + 7) / 8;
      key.put("kty", "EC")
          .put("crv", bits == 256 ? "P-256" : bits == 384 ? "P-384" : "P-521")
          .put("x", b64(fixed(ec.getW().getAffineX(), size)))
          .put("y", b64(fixed(ec.getW().getAffineY(), size)));
    }
    return key;
  }

  /** Claims that pass every check, valid from {@code nowEpoch}. */
  ObjectNode claims(long nowEpoch) {
    return JSON.createObjectNode()
        .put("iss", issuer())
        .put("sub", "user-123")
        .put("aud", "client-a")
        .put("iat", nowEpoch)
        .put("exp", nowEpoch + 600);
  }

  static String sign(String alg, String kid, ObjectNode claims, PrivateKey key) {
    ObjectNode header = JSON.createObjectNode().put("alg", alg).put("typ", "JWT");
    if (kid != null) {
      header.put("kid", kid);
    }
    return sign(header, claims, key);
  }

  static String sign(ObjectNode header, ObjectNode claims, PrivateKey key) {
    String input = b64(bytes(header.toString())) + "." + b64(bytes(claims.toString()));
    String alg = header.get("alg").textValue();
    return input + "." + b64(signature(alg, key, bytes(input)));
  }

  static byte[] signature(String alg, PrivateKey key, byte[] input) {
    try {
      String digest = "SHA" + alg.substring(2);
      Signature signer;
      switch (alg.substring(0, 2)) {
        case "RS" -> signer = Signature.getInstance(digest + "withRSA");
        case "PS" -> {
          signer = Signature.getInstance("RSASSA-PSS");
          String name = "SHA-" + alg.substring(2);
          signer.setParameter(
              new PSSParameterSpec(
                  name,
                  "MGF1",
                  new MGF1ParameterSpec(name),
                  Integer.parseInt(alg.substring(2)) / 8,
                  1));
        }
        case "ES" -> signer = Signature.getInstance(digest + "withECDSAinP1363Format");
        default -> throw new IllegalArgumentException(alg);
      }
      signer.initSign(key);
      signer.update(input);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }

  private static byte[] fixed(BigInteger value, int size) {
    byte[] bytes = unsigned(value);
    byte[] out = new byte[size];
    System.arraycopy(bytes, 0, out, size - bytes.length, bytes.length);
    return out;
  }

  static KeyPair generate(String algorithm, int bits, String curve) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
      if (curve != null) {
        generator.initialize(new ECGenParameterSpec(curve));
      } else {
        generator.initialize(bits);
      }
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
