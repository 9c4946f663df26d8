package org.opensts.application.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import org.opensts.application.port.out.AccessKeyStore;
import org.opensts.application.port.out.AccountStore;
import org.opensts.application.port.out.KeyRing;
import org.opensts.application.port.out.MfaDeviceStore;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.application.port.out.PolicyStore;
import org.opensts.application.port.out.RoleStore;
import org.opensts.application.port.out.UserStore;
import org.opensts.domain.account.Account;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.credential.SealingKey;
import org.opensts.domain.error.MalformedPolicyDocumentException;
import org.opensts.domain.fixture.TestSealingKeys;
import org.opensts.domain.iam.ManagedPolicy;
import org.opensts.domain.iam.Role;
import org.opensts.domain.iam.User;
import org.opensts.domain.iam.VirtualMfaDevice;
import org.opensts.domain.identity.AccessKey;
import org.opensts.domain.identity.AccessKeyId;
import org.opensts.domain.identity.Principal;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PolicyKind;

/**
 * Map-backed outbound ports for service tests, with just the behaviour the ports promise (names
 * unique regardless of case), and a way to build the use cases on top of them.
 */
final class TestPorts {

  final Accounts accounts = new Accounts();
  final Users users = new Users();
  final Roles roles = new Roles();
  final AccessKeys accessKeys = new AccessKeys();
  final Policies policies = new Policies();
  final Keys keyRing = new Keys(TestSealingKeys.key());
  final Parser policyParser = new Parser();
  final Devices mfaDevices = new Devices();

  StsUseCases.Ports ports() {
    return new StsUseCases.Ports(
        accounts, users, roles, accessKeys, policies, keyRing, policyParser, mfaDevices);
  }

  StsUseCases useCases(Clock clock) {
    return useCases(clock, "us-east-1");
  }

  StsUseCases useCases(Clock clock, String region) {
    return StsUseCases.create(ports(), clock, new SplittableRandom(17), region);
  }

  CredentialIssuer issuer(Clock clock) {
    return issuer(clock, new SplittableRandom(17));
  }

  CredentialIssuer issuer(Clock clock, RandomGenerator random) {
    return new CredentialIssuer(keyRing, clock, random);
  }

  static final class Accounts implements AccountStore {
    final Map<AccountId, Account> byId = new LinkedHashMap<>();

    @Override
    public void save(Account account) {
      byId.put(account.id(), account);
    }

    @Override
    public Optional<Account> find(AccountId id) {
      return Optional.ofNullable(byId.get(id));
    }
  }

  static final class Users implements UserStore {
    final Map<String, User> byName = new LinkedHashMap<>();

    @Override
    public boolean add(User user) {
      return byName.putIfAbsent(key(user.account(), user.name()), user) == null;
    }

    @Override
    public void save(User user) {
      byName.put(key(user.account(), user.name()), user);
    }

    @Override
    public Optional<User> find(AccountId account, String name) {
      return Optional.ofNullable(byName.get(key(account, name)));
    }

    @Override
    public List<User> list(AccountId account) {
      return byName.values().stream().filter(user -> user.account().equals(account)).toList();
    }

    @Override
    public void delete(AccountId account, String name) {
      byName.remove(key(account, name));
    }
  }

  static final class Roles implements RoleStore {
    final Map<String, Role> byName = new LinkedHashMap<>();

    @Override
    public boolean add(Role role) {
      return byName.putIfAbsent(key(role.account(), role.name()), role) == null;
    }

    @Override
    public void save(Role role) {
      byName.put(key(role.account(), role.name()), role);
    }

    @Override
    public Optional<Role> find(AccountId account, String name) {
      return Optional.ofNullable(byName.get(key(account, name)));
    }

    @Override
    public List<Role> list(AccountId account) {
      return byName.values().stream().filter(role -> role.account().equals(account)).toList();
    }

    @Override
    public void delete(AccountId account, String name) {
      byName.remove(key(account, name));
    }
  }

  static final class AccessKeys implements AccessKeyStore {
    final Map<AccessKeyId, AccessKey> byId = new LinkedHashMap<>();

    @Override
    public boolean add(AccessKey key, int maxPerOwner) {
      if (findByOwner(key.owner()).size() >= maxPerOwner) {
        return false;
      }
      byId.put(key.id(), key);
      return true;
    }

    @Override
    public void save(AccessKey key) {
      byId.put(key.id(), key);
    }

    @Override
    public Optional<AccessKey> find(AccessKeyId id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<AccessKey> findByOwner(Principal owner) {
      return byId.values().stream().filter(key -> key.owner().equals(owner)).toList();
    }

    @Override
    public void delete(AccessKeyId id) {
      byId.remove(id);
    }
  }

  /** Managed policies by ARN, with the store's attachment rules. */
  static final class Policies implements PolicyStore {
    final Map<String, ManagedPolicy> byArn = new LinkedHashMap<>();

    @Override
    public boolean add(ManagedPolicy policy) {
      boolean taken =
          byArn.values().stream()
              .anyMatch(
                  p -> key(p.account(), p.name()).equals(key(policy.account(), policy.name())));
      if (taken) {
        return false;
      }
      byArn.put(policy.arn().toString(), policy);
      return true;
    }

    void save(ManagedPolicy policy) {
      byArn.put(policy.arn().toString(), policy);
    }

    @Override
    public Optional<ManagedPolicy> find(String policyArn) {
      return Optional.ofNullable(byArn.get(policyArn));
    }

    @Override
    public List<ManagedPolicy> list(AccountId account) {
      return byArn.values().stream().filter(p -> p.account().equals(account)).toList();
    }

    @Override
    public Deletion delete(String policyArn) {
      ManagedPolicy policy = byArn.get(policyArn);
      if (policy == null) {
        return Deletion.NO_SUCH_POLICY;
      }
      if (policy.attachmentCount() > 0) {
        return Deletion.ATTACHED;
      }
      byArn.remove(policyArn);
      return Deletion.DELETED;
    }

    @Override
    public Attachment attach(String policyArn, String entityArn, int maxPerEntity) {
      ManagedPolicy policy = byArn.get(policyArn);
      if (policy == null) {
        return Attachment.NO_SUCH_POLICY;
      }
      if (!policy.isAttachedTo(entityArn) && attachedTo(entityArn).size() >= maxPerEntity) {
        return Attachment.LIMIT_EXCEEDED;
      }
      byArn.put(policyArn, policy.attachedTo(entityArn));
      return Attachment.ATTACHED;
    }

    @Override
    public boolean detach(String policyArn, String entityArn) {
      ManagedPolicy policy = byArn.get(policyArn);
      if (policy == null || !policy.isAttachedTo(entityArn)) {
        return false;
      }
      byArn.put(policyArn, policy.detachedFrom(entityArn));
      return true;
    }

    @Override
    public List<ManagedPolicy> attachedTo(String entityArn) {
      return byArn.values().stream().filter(p -> p.isAttachedTo(entityArn)).toList();
    }
  }

  /** Virtual MFA devices by serial number; updates are atomic, as the port requires. */
  static final class Devices implements MfaDeviceStore {
    final Map<String, VirtualMfaDevice> bySerial = new ConcurrentHashMap<>();

    @Override
    public boolean add(VirtualMfaDevice device) {
      return bySerial.putIfAbsent(device.serialNumber().toString(), device) == null;
    }

    @Override
    public Optional<VirtualMfaDevice> find(AccountId account, String serialNumber) {
      return Optional.ofNullable(bySerial.get(serialNumber));
    }

    @Override
    public Optional<VirtualMfaDevice> update(
        AccountId account, String serialNumber, UnaryOperator<VirtualMfaDevice> change) {
      return Optional.ofNullable(
          bySerial.computeIfPresent(serialNumber, (k, d) -> change.apply(d)));
    }

    @Override
    public List<VirtualMfaDevice> list(AccountId account) {
      return new ArrayList<>(bySerial.values());
    }

    @Override
    public void delete(AccountId account, String serialNumber) {
      bySerial.remove(serialNumber);
    }
  }

  /** A key ring whose current key can be rotated; older keys stay findable until pruned. */
  static final class Keys implements KeyRing {
    final Map<String, SealingKey> byId = new LinkedHashMap<>();
    final Map<String, java.time.Instant> retiredAt = new HashMap<>();
    SealingKey current;
    private int rotations;

    Keys(SealingKey current) {
      rotateTo(current);
    }

    void rotateTo(SealingKey key) {
      byId.put(key.id(), key);
      current = key;
    }

    void forget(String keyId) {
      byId.remove(keyId);
    }

    @Override
    public SealingKey current() {
      return current;
    }

    @Override
    public Optional<SealingKey> find(String keyId) {
      return Optional.ofNullable(byId.get(keyId));
    }

    @Override
    public SealingKey rotate(java.time.Instant now) {
      rotations++;
      retiredAt.put(current.id(), now);
      SealingKey next = TestSealingKeys.key("rotated-" + rotations, 1 + rotations);
      rotateTo(next);
      return next;
    }

    @Override
    public List<String> prune(java.time.Instant retiredAtOrBefore) {
      List<String> removed = new ArrayList<>();
      for (String id : List.copyOf(byId.keySet())) {
        java.time.Instant retired = retiredAt.get(id);
        if (!id.equals(current.id()) && retired != null && !retired.isAfter(retiredAtOrBefore)) {
          byId.remove(id);
          removed.add(id);
        }
      }
      return removed;
    }

    @Override
    public List<String> keyIds() {
      List<String> ids = new ArrayList<>(byId.keySet());
      java.util.Collections.reverse(ids);
      ids.remove(current.id());
      ids.add(0, current.id());
      return ids;
    }
  }

  /**
   * Stands in for the JSON parser: a text registered with {@link #define} parses to its document, a
   * text containing {@link #MALFORMED} fails as AWS fails bad JSON, anything else parses to an
   * empty document. Records every text and kind it was asked to parse.
   */
  static final class Parser implements PolicyDocumentParser {
    static final String MALFORMED = "MALFORMED";
    static final String MALFORMED_MESSAGE = "This policy contains invalid Json";

    final Map<String, PolicyDocument> documents = new HashMap<>();
    final List<String> parsed = new ArrayList<>();

    String define(String text, PolicyDocument document) {
      documents.put(text, document);
      return text;
    }

    @Override
    public PolicyDocument parse(String json, PolicyKind kind) {
      parsed.add(kind + " " + json);
      if (json.contains(MALFORMED)) {
        throw new MalformedPolicyDocumentException(MALFORMED_MESSAGE);
      }
      return documents.getOrDefault(json, new PolicyDocument("2012-10-17", List.of(), json));
    }
  }

  private static String key(AccountId account, String name) {
    return account.value() + "/" + name.toLowerCase(Locale.ROOT);
  }
}
