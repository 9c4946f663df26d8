package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.opensts.adapter.persistence.memory.InMemoryPolicyStore;
import org.opensts.application.port.out.PolicyStore;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.iam.ManagedPolicy;

/**
 * Managed policies with their attachments, journaled over the in-memory store. Each change touches
 * one policy, whose after-image (attachments included) is the record.
 */
final class FilePolicyStore implements PolicyStore {

  private final InMemoryPolicyStore memory = new InMemoryPolicyStore();
  private final ChangeJournal journal;
  private final ChangeRecords records;

  FilePolicyStore(ChangeJournal journal, ChangeRecords records) {
    this.journal = journal;
    this.records = records;
  }

  @Override
  public boolean add(ManagedPolicy policy) {
    return journal.change(slot(policy.arn().toString()), () -> memory.add(policy));
  }

  @Override
  public Optional<ManagedPolicy> find(String policyArn) {
    return memory.find(policyArn);
  }

  @Override
  public List<ManagedPolicy> list(AccountId account) {
    return memory.list(account);
  }

  @Override
  public Deletion delete(String policyArn) {
    return journal.change(slot(policyArn), () -> memory.delete(policyArn));
  }

  @Override
  public Attachment attach(String policyArn, String entityArn, int maxPerEntity) {
    return journal.change(slot(policyArn), () -> memory.attach(policyArn, entityArn, maxPerEntity));
  }

  @Override
  public boolean detach(String policyArn, String entityArn) {
    return journal.change(slot(policyArn), () -> memory.detach(policyArn, entityArn));
  }

  @Override
  public List<ManagedPolicy> attachedTo(String entityArn) {
    return memory.attachedTo(entityArn);
  }

  void replay(JsonNode record) {
    if (ChangeRecords.isPut(record)) {
      replace(records.policy(record));
    } else {
      remove(record.path("arn").asText());
    }
  }

  private ChangeJournal.Slot<ManagedPolicy> slot(String policyArn) {
    return new ChangeJournal.Slot<>(
        () -> memory.find(policyArn),
        ChangeRecords::put,
        () -> ChangeRecords.delete(ChangeRecords.POLICY, policyArn),
        this::replace,
        () -> remove(policyArn));
  }

  // The in-memory store has no "replace": take the old version apart, then add the new one whole.
  private void replace(ManagedPolicy policy) {
    remove(policy.arn().toString());
    memory.add(policy);
  }

  private void remove(String policyArn) {
    memory
        .find(policyArn)
        .ifPresent(
            policy -> policy.attachedTo().forEach(entity -> memory.detach(policyArn, entity)));
    memory.delete(policyArn);
  }
}
