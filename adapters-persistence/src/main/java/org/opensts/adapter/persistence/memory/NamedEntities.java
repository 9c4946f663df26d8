package org.opensts.adapter.persistence.memory;

import java.util.List;
import java.util.Optional;
import org.opensts.domain.account.AccountId;

/**
 * The shape the user and role stores share: entities named uniquely per account. The file store
 * journals any such store the same way.
 */
public interface NamedEntities<E> {

  Optional<E> find(AccountId account, String name);

  List<E> list(AccountId account);

  void save(E entity);

  boolean add(E entity);

  void delete(AccountId account, String name);
}
