package org.opensts.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.credential.SessionCaller;
import org.opensts.domain.credential.SessionContext;
import org.opensts.domain.identity.AccountRootPrincipal;
import org.opensts.domain.identity.AssumedRolePrincipal;
import org.opensts.domain.identity.FederatedUserPrincipal;
import org.opensts.domain.identity.IamUserPrincipal;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.policy.ConditionKeys;

/**
 * The global condition keys AWS puts in every signed request's context, derived from the caller,
 * where the request came from, and the time. Keys AWS leaves out for a kind of caller are left out
 * here too ({@code aws:username} only for users, {@code aws:TokenIssueTime} only for temporary
 * credentials), because policies test their absence.
 */
final class RequestKeys {

  private final PrincipalDirectory directory;
  private final Clock clock;

  /** The last second the time keys were written for: every request in it shares the text. */
  private volatile Second lastSecond = new Second(Long.MIN_VALUE, "", "");

  RequestKeys(PrincipalDirectory directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * The keys of a request nobody signed (AssumeRoleWithWebIdentity, AssumeRoleWithSAML): the time
   * and where it came from.
   */
  ConditionKeys.Builder of(RequestOrigin origin) {
    Second now = second(clock.instant());
    return ConditionKeys.builder()
        .put("aws:CurrentTime", now.iso())
        .put("aws:EpochTime", now.epoch())
        .put("aws:SourceIp", origin.sourceIp())
        .put("aws:SecureTransport", Boolean.toString(origin.secureTransport()))
        .put("aws:UserAgent", origin.userAgent());
  }

  ConditionKeys.Builder of(Caller caller) {
    Principal principal = caller.principal();
    Instant now = clock.instant();
    ConditionKeys.Builder keys =
        of(caller.origin())
            .put("aws:PrincipalAccount", principal.account().value())
            .put("aws:PrincipalArn", principalArn(principal))
            .put("aws:PrincipalType", principalType(principal))
            .put("aws:userid", principal.userId());
    if (principal instanceof IamUserPrincipal user) {
      keys.put("aws:username", user.userName());
    }
    SessionContext context = CallerPermissions.contextOf(caller);
    for (Tag tag : principalTags(principal, context)) {
      keys.put("aws:PrincipalTag/" + tag.key(), tag.value());
    }
    if (caller instanceof SessionCaller session) {
      keys.put(
          "aws:TokenIssueTime", DateTimeFormatter.ISO_INSTANT.format(session.session().issuedAt()));
      keys.put("aws:MultiFactorAuthPresent", Boolean.toString(context.isMfaAuthenticated()));
      if (context.isMfaAuthenticated()) {
        keys.put(
            "aws:MultiFactorAuthAge",
            Long.toString(Duration.between(context.mfaAuthenticatedAt(), now).toSeconds()));
      }
      keys.putIfPresent("aws:SourceIdentity", context.sourceIdentity());
      keys.putIfPresent("aws:FederatedProvider", context.federatedProvider());
    }
    return keys;
  }

  private Second second(Instant now) {
    Second last = lastSecond;
    long epochSecond = now.getEpochSecond();
    if (last.epochSecond() != epochSecond) {
      last =
          new Second(
              epochSecond,
              DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(epochSecond)),
              Long.toString(epochSecond));
      lastSecond = last;
    }
    return last;
  }

  /** A second as {@code aws:CurrentTime} and {@code aws:EpochTime} write it. */
  private record Second(long epochSecond, String iso, String epoch) {}

  /**
   * The keys of tags a request passes: {@code aws:RequestTag/<key>} for each and the multivalued
   * {@code aws:TagKeys}; none when it passes no tags, as AWS leaves them out.
   */
  static ConditionKeys.Builder withRequestTags(ConditionKeys.Builder keys, List<Tag> tags) {
    if (!tags.isEmpty()) {
      for (Tag tag : tags) {
        keys.put("aws:RequestTag/" + tag.key(), tag.value());
      }
      keys.put("aws:TagKeys", tags.stream().map(Tag::key).toList());
    }
    return keys;
  }

  /** A session tag overrides the user's or role's tag with the same key, whatever its case. */
  private List<Tag> principalTags(Principal principal, SessionContext context) {
    if (context.tags().isEmpty()) {
      return directory.tags(principal);
    }
    List<Tag> tags = new ArrayList<>(context.tags());
    for (Tag tag : directory.tags(principal)) {
      if (tags.stream().noneMatch(own -> own.key().equalsIgnoreCase(tag.key()))) {
        tags.add(tag);
      }
    }
    return tags;
  }

  /** For a role session, {@code aws:PrincipalArn} is the role's ARN, not the session's. */
  private static String principalArn(Principal principal) {
    return principal instanceof AssumedRolePrincipal session
        ? session.roleArn().toString()
        : principal.arn().toString();
  }

  private static String principalType(Principal principal) {
    if (principal instanceof AccountRootPrincipal) {
      return "Account";
    }
    if (principal instanceof AssumedRolePrincipal) {
      return "AssumedRole";
    }
    return principal instanceof FederatedUserPrincipal ? "FederatedUser" : "User";
  }
}
