package org.opensts.application.service;

import java.time.Instant;
import java.util.function.Supplier;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.LongTermKeyCaller;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.error.InvalidRequestException;
import org.opensts.domain.error.MalformedPolicyDocumentException;
import org.opensts.domain.error.StsException;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.AccessKeyStatus;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.SecretAccessKey;

/**
 * What the bootstrap provisioning services share: the account root as the caller of the IAM use
 * cases, and steps whose errors name the file's entry.
 */
final class BootstrapSteps {

  private static final RequestOrigin BOOTSTRAP_ORIGIN =
      new RequestOrigin("127.0.0.1", true, "opensts-bootstrap");

  private BootstrapSteps() {}

  /** The account root, as if it had signed with a long-term key; never stored, never usable. */
  static Caller root(AccountId account, Instant now) {
    AccessKey key =
        new AccessKey(
            new AccessKeyId("AKIABOOTSTRAPFILE000"),
            new SecretAccessKey("bootstrap-file-not-a-credential"),
            new AccountRootPrincipal(account),
            AccessKeyStatus.ACTIVE,
            now);
    return new LongTermKeyCaller(key, BOOTSTRAP_ORIGIN);
  }

  /** Runs one step, naming the entry in its error. */
  static <T> T step(String entry, Supplier<T> step) {
    try {
      return step.get();
    } catch (MalformedPolicyDocumentException e) {
      throw new MalformedPolicyDocumentException(entry + ": " + e.getMessage());
    } catch (StsException | IllegalArgumentException e) {
      throw InvalidRequestException.validationError(entry + ": " + e.getMessage());
    }
  }
}
