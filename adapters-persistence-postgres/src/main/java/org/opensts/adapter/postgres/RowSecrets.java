package org.opensts.adapter.postgres;

import org.opensts.domain.secret.SecretBox;

/**
 * Seals the secrets of rows under the master key, bound to their row as the file store binds them
 * to their record: the entity's type and key are the associated data, so that a sealed value copied
 * into another row does not open.
 */
final class RowSecrets {

  static final String ACCESS_KEY = "accessKey";
  static final String MFA_DEVICE = "mfaDevice";
  static final String SEALING_KEY = "sealingKey";
  static final String WEB_TOKEN_KEY = "webTokenKey";

  private final SecretBox box;

  RowSecrets(SecretBox box) {
    this.box = box;
  }

  String seal(byte[] secret, String type, String... key) {
    return box.seal(secret, associatedData(type, key));
  }

  /**
   * @throws WrongMasterKeyException when the value does not open: the database was written under
   *     another master key, or the value was tampered with
   */
  byte[] open(String sealed, String type, String... key) {
    try {
      return box.open(sealed, associatedData(type, key));
    } catch (SecretBox.WrongKeyException e) {
      throw new WrongMasterKeyException(
          "A sealed "
              + type
              + " does not open: the database was written under another master key, or altered."
              + " Start with the master key (STS_MASTER_KEY or STS_MASTER_KEY_FILE) it was written"
              + " with.",
          e);
    }
  }

  private static String associatedData(String type, String... key) {
    return "opensts:" + type + ":" + String.join(":", key);
  }
}
