package org.opensts.application.service;

import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.domain.error.EntityException;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.Principal;

/**
 * Finds a key of a given owner; a key of someone else is reported as not found, not as forbidden.
 */
final class OwnedAccessKeys {

  private OwnedAccessKeys() {}

  static AccessKey find(AccessKeyStore accessKeys, Principal owner, String accessKeyId) {
    return accessKeys
        .find(new AccessKeyId(accessKeyId))
        .filter(key -> key.owner().equals(owner))
        .orElseThrow(
            () ->
                EntityException.noSuchEntity(
                    "The Access Key with id " + accessKeyId + " cannot be found."));
  }
}
