package org.opensts.domain.iam;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Base32;
import org.opensts.domain.credential.Totp;
import org.opensts.domain.error.ModelPattern;
import org.opensts.domain.identity.Arn;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.Tag;

/**
 * A virtual MFA device: a TOTP secret, named by its serial number {@code
 * arn:aws:iam::ACCOUNT:mfa/PATH/NAME}, and the user it is enabled for once it is.
 *
 * @param seed the secret in base 32, as authenticator apps take it
 * @param assignment the user and enable date, or {@link Assignment#NONE} while not enabled
 * @param lastAcceptedStep the latest TOTP time step whose code the device has accepted (on enabling
 *     or at sign-in), or {@link #NO_CODE_ACCEPTED}: a code counts once, and never after a later one
 */
public record VirtualMfaDevice(
    AccountId account,
    IamPath path,
    String name,
    String seed,
    List<Tag> tags,
    Assignment assignment,
    long lastAcceptedStep) {

  /** 20 random bytes (160 bits), the HMAC-SHA1 key size RFC 4226 recommends. */
  public static final int SEED_BYTES = 20;

  /** The model's {@code serialNumberType}, as STS calls take a device's serial number. */
  public static final ModelPattern SERIAL_NUMBER = ModelPattern.of("[\\w+=/:,.@-]*");

  /** The model's {@code tokenCodeType}: the device's 6 digits. */
  public static final ModelPattern TOKEN_CODE = ModelPattern.of("[\\d]*");

  /** IAM's quota of MFA devices in use per user. */
  public static final int MAX_PER_USER = 8;

  /** The {@link #lastAcceptedStep} of a device that has never accepted a code. */
  public static final long NO_CODE_ACCEPTED = Long.MIN_VALUE;

  /** Whom a device is enabled for; {@link #NONE} for nobody. */
  public record Assignment(String userName, Instant enableDate) {
    public static final Assignment NONE = new Assignment(null, null);

    public boolean isAssigned() {
      return userName != null;
    }
  }

  public VirtualMfaDevice {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(path, "path");
    if (name == null || !EntityName.PATTERN.matcher(name).matches()) {
      throw new IllegalArgumentException("An MFA device name is [\\w+=,.@-]+: " + name);
    }
    Base32.decode(Objects.requireNonNull(seed, "seed"));
    tags = List.copyOf(tags);
    Objects.requireNonNull(assignment, "assignment");
  }

  /** A new device, enabled for nobody, that has accepted no code yet. */
  public static VirtualMfaDevice create(
      AccountId account, IamPath path, String name, String seed, List<Tag> tags) {
    return new VirtualMfaDevice(account, path, name, seed, tags, Assignment.NONE, NO_CODE_ACCEPTED);
  }

  /** The serial number of a device at that path and name. */
  public static Arn serialNumberOf(AccountId account, IamPath path, String name) {
    return Arn.iam(account.value(), "mfa" + path.value() + name);
  }

  public Arn serialNumber() {
    return serialNumberOf(account, path, name);
  }

  public boolean isEnabled() {
    return assignment.isAssigned();
  }

  public Optional<String> userName() {
    return Optional.ofNullable(assignment.userName());
  }

  /** Whether the device is enabled for the user of that name. */
  public boolean isEnabledFor(String userName) {
    return userName != null && userName.equals(assignment.userName());
  }

  /** Whether two codes are this device's for consecutive time steps near {@code now}. */
  public boolean acceptsCodes(Instant now, String first, String second) {
    return Totp.areConsecutive(Base32.decode(seed), now, first, second);
  }

  /**
   * This device having accepted two consecutive codes near {@code now} (to be enabled), so that
   * neither counts again; empty when they are not its codes.
   */
  public Optional<VirtualMfaDevice> acceptingConsecutiveCodes(
      Instant now, String first, String second) {
    OptionalLong step = Totp.stepOfConsecutive(Base32.decode(seed), now, first, second);
    return step.isPresent() ? Optional.of(withAcceptedStep(step.getAsLong())) : Optional.empty();
  }

  /**
   * This device having accepted a one-time code: the code must be its code for the step of {@code
   * now} or one either side, and for a step later than any it accepted before (a code counts once);
   * empty otherwise.
   */
  public Optional<VirtualMfaDevice> acceptingCode(Instant now, String code) {
    OptionalLong step = Totp.matchingStep(Base32.decode(seed), now, code);
    if (step.isEmpty() || step.getAsLong() <= lastAcceptedStep) {
      return Optional.empty();
    }
    return Optional.of(withAcceptedStep(step.getAsLong()));
  }

  public VirtualMfaDevice enabledFor(String userName, Instant now) {
    return new VirtualMfaDevice(
        account,
        path,
        name,
        seed,
        tags,
        new Assignment(Objects.requireNonNull(userName), now),
        lastAcceptedStep);
  }

  /** No longer enabled for anyone; the codes it accepted stay spent. */
  public VirtualMfaDevice deactivated() {
    return new VirtualMfaDevice(account, path, name, seed, tags, Assignment.NONE, lastAcceptedStep);
  }

  private VirtualMfaDevice withAcceptedStep(long step) {
    return new VirtualMfaDevice(account, path, name, seed, tags, assignment, step);
  }
}
