package org.opensts.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensts.server.IamErrors.assertIamError;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.ListMfaDevicesResponse;
import software.amazon.awssdk.services.iam.model.MFADevice;
import software.amazon.awssdk.services.iam.model.VirtualMFADevice;

/**
 * IAM's virtual MFA devices as a user of the AWS SDK sees them: create (and read the seed), enable
 * with two TOTP codes computed here from that seed, list, deactivate, delete, and their errors.
 */
class IamMfaSystemTest {

  private static TestServer server;
  private static IamClient root;

  @BeforeAll
  static void start() {
    server = TestServer.start(ProviderAccounts.BOOTSTRAP);
    root = IamClients.iam(server, ProviderAccounts.ROOT);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits), written out here independently of the server. */
  static String totp(String base32Seed, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(base32(base32Seed), "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[19] & 0xf;
      int value = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
      return String.format("%06d", value % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] base32(String text) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    ByteBuffer out = ByteBuffer.allocate(text.length() * 5 / 8);
    long buffer = 0;
    int bits = 0;
    for (char c : text.toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }

  private static long now() {
    return Instant.now().getEpochSecond() / 30;
  }

  private static VirtualMFADevice create(IamClient client, String name) {
    return client.createVirtualMFADevice(r -> r.virtualMFADeviceName(name)).virtualMFADevice();
  }

  private static String seed(VirtualMFADevice device) {
    return device.base32StringSeed().asString(StandardCharsets.US_ASCII);
  }

  private static void enable(IamClient client, String user, VirtualMFADevice device) {
    long step = now();
    client.enableMFADevice(
        r ->
            r.userName(user)
                .serialNumber(device.serialNumber())
                .authenticationCode1(totp(seed(device), step))
                .authenticationCode2(totp(seed(device), step + 1)));
  }

  @Test
  void givenNameAndPath_createVirtualMfaDevice_returnsSerialNumberAndA32ByteBase32Seed() {
    VirtualMFADevice device =
        root.createVirtualMFADevice(r -> r.virtualMFADeviceName("pathed").path("/team/"))
            .virtualMFADevice();

    assertAll(
        () ->
            assertEquals(
                "arn:aws:iam::" + ProviderAccounts.ACCOUNT + ":mfa/team/pathed",
                device.serialNumber()),
        // 20 random bytes are 32 base-32 characters.
        () -> assertTrue(seed(device).matches("[A-Z2-7]{32}"), seed(device)));
  }

  @Test
  void givenSameNameTwice_createVirtualMfaDevice_failsWithEntityAlreadyExists() {
    create(root, "twice");

    assertIamError(
        409,
        "EntityAlreadyExists",
        "MFADevice entity at the same path and name already exists.",
        () -> create(root, "twice"));
  }

  @Test
  void givenTwoConsecutiveCodes_enableMfaDevice_enablesItAndListMfaDevicesShowsIt() {
    root.createUser(r -> r.userName("enabled-user"));
    VirtualMFADevice device = create(root, "enabled-device");
    Instant before = Instant.now().minusSeconds(2);

    enable(root, "enabled-user", device);

    ListMfaDevicesResponse listed = root.listMFADevices(r -> r.userName("enabled-user"));
    MFADevice only = listed.mfaDevices().get(0);
    assertAll(
        () -> assertEquals(1, listed.mfaDevices().size()),
        () -> assertEquals("enabled-user", only.userName()),
        () -> assertEquals(device.serialNumber(), only.serialNumber()),
        () -> assertFalse(only.enableDate().isBefore(before), "enableDate"),
        () -> assertFalse(listed.isTruncated()));
  }

  @Test
  void givenUserWithAnEnabledDevice_deleteUser_failsWithDeleteConflictUntilItIsDeactivated() {
    root.createUser(r -> r.userName("mfa-holder"));
    VirtualMFADevice device = create(root, "mfa-holder-device");
    enable(root, "mfa-holder", device);

    assertIamError(
        409,
        "DeleteConflict",
        "Cannot delete entity, must remove MFA device first.",
        () -> root.deleteUser(r -> r.userName("mfa-holder")));

    root.deactivateMFADevice(r -> r.userName("mfa-holder").serialNumber(device.serialNumber()));
    root.deleteUser(r -> r.userName("mfa-holder"));

    assertIamError(404, "NoSuchEntity", () -> root.getUser(r -> r.userName("mfa-holder")));
  }

  @Test
  void givenWrongCodes_enableMfaDevice_failsWithInvalidAuthenticationCode() {
    root.createUser(r -> r.userName("wrong-code-user"));
    VirtualMFADevice device = create(root, "wrong-code-device");
    long step = now();
    String first = totp(seed(device), step);

    assertIamError(
        403,
        "InvalidAuthenticationCode",
        "Authentication code for device is not valid.",
        () ->
            root.enableMFADevice(
                r ->
                    r.userName("wrong-code-user")
                        .serialNumber(device.serialNumber())
                        // The same code twice is not two consecutive codes.
                        .authenticationCode1(first)
                        .authenticationCode2(first)));
    assertIamError(
        403,
        "InvalidAuthenticationCode",
        () ->
            root.enableMFADevice(
                r ->
                    r.userName("wrong-code-user")
                        .serialNumber(device.serialNumber())
                        // Codes from an hour ago.
                        .authenticationCode1(totp(seed(device), step - 120))
                        .authenticationCode2(totp(seed(device), step - 119))));
    assertTrue(root.listMFADevices(r -> r.userName("wrong-code-user")).mfaDevices().isEmpty());
  }

  @Test
  void givenMissingUserOrDevice_enableMfaDevice_failsWithNoSuchEntity() {
    VirtualMFADevice device = create(root, "orphan-device");
    root.createUser(r -> r.userName("real-user"));

    assertIamError(404, "NoSuchEntity", () -> enable(root, "ghost-user", device));
    assertIamError(
        404,
        "NoSuchEntity",
        () ->
            root.enableMFADevice(
                r ->
                    r.userName("real-user")
                        .serialNumber("arn:aws:iam::777777777777:mfa/ghost")
                        .authenticationCode1("123456")
                        .authenticationCode2("654321")));
  }

  @Test
  void givenMalformedCodes_enableMfaDevice_failsWithValidationError() {
    assertIamError(
        400,
        "ValidationError",
        () ->
            root.enableMFADevice(
                r ->
                    r.userName("someone")
                        .serialNumber("arn:aws:iam::777777777777:mfa/x")
                        .authenticationCode1("12345")
                        .authenticationCode2("abcdef")));
  }

  @Test
  void givenEnabledDevice_deleteVirtualMfaDevice_failsWithDeleteConflictUntilDeactivated() {
    root.createUser(r -> r.userName("lifecycle-user"));
    VirtualMFADevice device = create(root, "lifecycle-device");
    enable(root, "lifecycle-user", device);

    assertIamError(409, "EntityAlreadyExists", () -> enable(root, "lifecycle-user", device));
    assertIamError(
        409,
        "DeleteConflict",
        () -> root.deleteVirtualMFADevice(r -> r.serialNumber(device.serialNumber())));

    root.deactivateMFADevice(r -> r.userName("lifecycle-user").serialNumber(device.serialNumber()));
    assertEquals(List.of(), root.listMFADevices(r -> r.userName("lifecycle-user")).mfaDevices());
    root.deleteVirtualMFADevice(r -> r.serialNumber(device.serialNumber()));

    assertIamError(
        404,
        "NoSuchEntity",
        () -> root.deleteVirtualMFADevice(r -> r.serialNumber(device.serialNumber())));
    assertIamError(
        404,
        "NoSuchEntity",
        () ->
            root.deactivateMFADevice(
                r -> r.userName("lifecycle-user").serialNumber(device.serialNumber())));
  }

  @Test
  void givenSelfServicePolicy_userManagesOnlyItsOwnDevice() {
    IamClient self = IamClients.iam(server, ProviderAccounts.SELF);

    VirtualMFADevice device = create(self, "self");
    enable(self, "self", device);
    List<MFADevice> listed = self.listMFADevices().mfaDevices();

    assertEquals(device.serialNumber(), listed.get(0).serialNumber());
    assertIamError(403, "AccessDenied", () -> create(self, "someone-else"));
    assertIamError(403, "AccessDenied", () -> self.listMFADevices(r -> r.userName("nopriv")));
  }

  @Test
  void givenUserWithoutPolicy_mfaActions_failWithAccessDenied() {
    IamClient nopriv = IamClients.iam(server, ProviderAccounts.NOPRIV);

    assertIamError(403, "AccessDenied", () -> create(nopriv, "nopriv"));
    assertIamError(403, "AccessDenied", () -> nopriv.listMFADevices(r -> r.userName("nopriv")));
    assertIamError(
        403,
        "AccessDenied",
        () ->
            nopriv.deleteVirtualMFADevice(
                r -> r.serialNumber("arn:aws:iam::777777777777:mfa/anything")));
  }
}
