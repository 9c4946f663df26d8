package org.opensts.domain.policy;

/**
 * The outcomes of the conditions already evaluated in one decision. A condition depends only on the
 * request's keys, and policies repeat the same conditions from statement to statement (an IP range,
 * an MFA check, a tag), so each distinct condition is evaluated once per decision. Lives for one
 * decision on one thread.
 */
final class ConditionMemo {

  private static final int SLOTS = 64;
  private static final int MAX_PROBES = 8;

  private final ConditionKeys keys;
  private final Condition[] conditions = new Condition[SLOTS];
  private final boolean[] outcomes = new boolean[SLOTS];

  ConditionMemo(ConditionKeys keys) {
    this.keys = keys;
  }

  boolean isSatisfied(Condition condition) {
    int slot = condition.fingerprint() & (SLOTS - 1);
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      Condition seen = conditions[slot];
      if (seen == null) {
        boolean outcome = condition.isSatisfiedBy(keys);
        conditions[slot] = condition;
        outcomes[slot] = outcome;
        return outcome;
      }
      if (seen == condition || seen.sameAs(condition)) {
        return outcomes[slot];
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
    // Crowded: a policy set with very many distinct conditions; evaluate without remembering.
    return condition.isSatisfiedBy(keys);
  }
}
