package org.opensts.domain.credential;

import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.SecretAccessKey;

/** An authenticated caller: who signed the request, and with which kind of credentials. */
public sealed interface Caller permits LongTermKeyCaller, SessionCaller {

  Principal principal();

  /** True when the request was signed with temporary (session) credentials. */
  boolean isTemporary();

  /** Where the request came from. */
  RequestOrigin origin();

  /** The secret the caller's requests are signed with. */
  SecretAccessKey signingSecret();
}
