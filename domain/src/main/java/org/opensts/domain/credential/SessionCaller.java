package org.opensts.domain.credential;

import java.util.Objects;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.SecretAccessKey;

/** A caller that signed with temporary credentials issued by this service. */
public record SessionCaller(Session session, RequestOrigin origin) implements Caller {

  public SessionCaller {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(origin, "origin");
  }

  @Override
  public Principal principal() {
    return session.principal();
  }

  @Override
  public boolean isTemporary() {
    return true;
  }

  @Override
  public SecretAccessKey signingSecret() {
    return session.secretAccessKey();
  }
}
