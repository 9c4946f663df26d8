package org.opensts.server.bootstrap;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.opensts.application.port.in.admin.ProvisionAccountCommand;
import org.opensts.application.port.in.admin.ProvisionAccountCommand.KeySpec;
import org.opensts.application.port.in.admin.ProvisionAccountCommand.RoleSpec;
import org.opensts.application.port.in.admin.ProvisionAccountCommand.UserSpec;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.Role;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.IamPath;
import org.opensts.domain.identity.SecretAccessKey;

/**
 * The account a server without a bootstrap file starts with: random root keys, and a user "demo"
 * whose policy lets it assume the role "demo-role", whose trust policy trusts the account. Both
 * halves of AWS's same-account rule are therefore visible in one place.
 */
record DemoAccount(
    ProvisionAccountCommand command, KeySpec userKey, KeySpec rootKey, String roleArn) {

  static final AccountId ACCOUNT = AccountId.of("123456789012");
  static final String USER = "demo";
  static final String ROLE = "demo-role";

  static DemoAccount generate(RandomGenerator random) {
    String roleArn = "arn:aws:iam::" + ACCOUNT.value() + ":role/" + ROLE;
    KeySpec rootKey = key(random);
    KeySpec userKey = key(random);
    // Enough to try every STS operation: assume the role with tags and a source identity,
    // federate users, decode authorization messages.
    String userPolicy =
        """
        {"Version":"2012-10-17","Statement":[
         {"Effect":"Allow","Action":["sts:AssumeRole","sts:TagSession","sts:SetSourceIdentity"],"Resource":"%s"},
         {"Effect":"Allow","Action":["sts:GetFederationToken","sts:TagSession"],"Resource":"arn:aws:sts::%s:federated-user/*"},
         {"Effect":"Allow","Action":"sts:DecodeAuthorizationMessage","Resource":"*"}]}"""
            .formatted(roleArn, ACCOUNT.value());
    String trustPolicy =
        """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::%s:root"},"Action":["sts:AssumeRole","sts:TagSession","sts:SetSourceIdentity"]}]}"""
            .formatted(ACCOUNT.value());
    ProvisionAccountCommand command =
        new ProvisionAccountCommand(
            ACCOUNT,
            "demo",
            List.of(rootKey),
            List.of(
                new UserSpec(
                    USER,
                    IamPath.ROOT,
                    List.of(userKey),
                    Map.of("assume-demo-role", userPolicy),
                    List.of())),
            List.of(
                new RoleSpec(
                    ROLE,
                    IamPath.ROOT,
                    trustPolicy,
                    Map.of(),
                    Role.DEFAULT_MAX_SESSION_DURATION,
                    List.of())));
    return new DemoAccount(command, userKey, rootKey, roleArn);
  }

  private static KeySpec key(RandomGenerator random) {
    return new KeySpec(AccessKeyId.longTerm(ACCOUNT, random), SecretAccessKey.generate(random));
  }
}
