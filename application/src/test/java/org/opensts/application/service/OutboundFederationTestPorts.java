package org.opensts.application.service;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.opensts.application.port.out.OutboundFederationStore;
import org.opensts.application.port.out.WebTokenSigningKeyRing;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.fixture.TestClocks;
import org.opensts.domain.webtoken.OutboundFederation;
import org.opensts.domain.webtoken.SigningAlgorithm;
import org.opensts.domain.webtoken.WebTokenSigningKey;

/**
 * Map-backed outbound federation ports, and the use cases built over them and {@link TestPorts}.
 */
final class OutboundFederationTestPorts {

  static final String BASE_URL = "https://sts.example.com";

  final TestPorts core = new TestPorts();
  final Federations federations = new Federations();
  final Keys signingKeys = new Keys();

  OutboundFederationUseCases useCases() {
    return OutboundFederationUseCases.create(
        core.useCases(TestClocks.fixed()),
        new OutboundFederationUseCases.Ports(federations, signingKeys),
        TestClocks.fixed(),
        new SplittableRandom(17),
        "eu-west-1",
        () -> BASE_URL);
  }

  static final class Federations implements OutboundFederationStore {
    final Map<AccountId, OutboundFederation> byAccount = new LinkedHashMap<>();

    @Override
    public Optional<OutboundFederation> find(AccountId account) {
      return Optional.ofNullable(byAccount.get(account));
    }

    @Override
    public Optional<OutboundFederation> findByIssuerId(String issuerId) {
      return byAccount.values().stream().filter(f -> f.issuerId().equals(issuerId)).findFirst();
    }

    @Override
    public void save(OutboundFederation federation) {
      byAccount.put(federation.account(), federation);
    }
  }

  /** One chain per algorithm, newest last; keys generated as the port promises. */
  static final class Keys implements WebTokenSigningKeyRing {
    final Map<SigningAlgorithm, List<WebTokenSigningKey>> chains =
        new EnumMap<>(SigningAlgorithm.class);

    @Override
    public WebTokenSigningKey current(SigningAlgorithm algorithm, Instant now) {
      List<WebTokenSigningKey> chain = chains.get(algorithm);
      return chain == null ? rotate(algorithm, now) : chain.get(chain.size() - 1);
    }

    @Override
    public List<WebTokenSigningKey> published() {
      return chains.values().stream().flatMap(List::stream).toList();
    }

    @Override
    public WebTokenSigningKey rotate(SigningAlgorithm algorithm, Instant now) {
      List<WebTokenSigningKey> chain = chains.computeIfAbsent(algorithm, a -> new ArrayList<>());
      if (!chain.isEmpty()) {
        chain.set(chain.size() - 1, chain.get(chain.size() - 1).retiredAt(now));
      }
      WebTokenSigningKey key =
          new WebTokenSigningKey(
              algorithm.keyId(chain.size()), algorithm, generate(algorithm), now, null);
      chain.add(key);
      return key;
    }

    @Override
    public List<String> prune(Instant retiredAtOrBefore) {
      List<String> pruned = new ArrayList<>();
      for (List<WebTokenSigningKey> chain : chains.values()) {
        chain.removeIf(
            key -> {
              boolean old =
                  key.retirement().filter(at -> !at.isAfter(retiredAtOrBefore)).isPresent();
              if (old) {
                pruned.add(key.keyId());
              }
              return old;
            });
      }
      return pruned;
    }

    private static java.security.KeyPair generate(SigningAlgorithm algorithm) {
      try {
        KeyPairGenerator generator;
        if (algorithm == SigningAlgorithm.RS256) {
          generator = KeyPairGenerator.getInstance("RSA");
          generator.initialize(2048);
        } else {
          generator = KeyPairGenerator.getInstance("EC");
          generator.initialize(new ECGenParameterSpec("secp384r1"));
        }
        return generator.generateKeyPair();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
