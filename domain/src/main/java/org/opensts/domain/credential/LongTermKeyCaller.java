package org.opensts.domain.credential;

import java.util.Objects;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.SecretAccessKey;

/** A caller that signed with a long-term {@code AKIA…} key of the account root or an IAM user. */
public record LongTermKeyCaller(AccessKey key, RequestOrigin origin) implements Caller {

  public LongTermKeyCaller {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(origin, "origin");
  }

  @Override
  public Principal principal() {
    return key.owner();
  }

  @Override
  public boolean isTemporary() {
    return false;
  }

  @Override
  public SecretAccessKey signingSecret() {
    return key.secret();
  }
}
