package org.opensts.application.port.in.iam;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.opensts.domain.account.Account;
import org.opensts.domain.iam.User;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.Tag;

/**
 * A user as GetUser describes it. The account root is no IAM user: AWS describes it with no name or
 * path, the account id as its id, the root ARN and the account's creation date.
 *
 * @param path null for the root
 * @param userName null for the root
 */
public record GetUserResult(
    String path, String userName, String userId, String arn, Instant createDate, List<Tag> tags) {

  public GetUserResult {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(createDate, "createDate");
    tags = List.copyOf(tags);
  }

  public static GetUserResult of(User user) {
    return new GetUserResult(
        user.path().value(),
        user.name(),
        user.userId(),
        user.principal().arn().toString(),
        user.createDate(),
        user.tags());
  }

  public static GetUserResult ofRoot(Account account) {
    AccountRootPrincipal root = new AccountRootPrincipal(account.id());
    return new GetUserResult(
        null, null, root.userId(), root.arn().toString(), account.createDate(), List.of());
  }
}
