package org.opensts.adapter.persistence.memory;

import java.util.Locale;
import org.opensts.domain.account.AccountId;

/** Identifies a named IAM entity within its account; IAM names are unique regardless of case. */
record EntityKey(AccountId account, String lowerCaseName) {

  static EntityKey of(AccountId account, String name) {
    return new EntityKey(account, name.toLowerCase(Locale.ROOT));
  }
}
