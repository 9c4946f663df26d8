package org.opensts.adapter.postgres;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.domain.account.AccountId;
import org.opensts.domain.identity.Tag;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PolicyKind;

/** The column shapes several tables share: keys, instants, tags, named policy documents. */
final class Columns {

  private Columns() {}

  /** The key of an entity named uniquely in its account in any case, as IAM names are. */
  static String namedKey(AccountId account, String name) {
    return account.value() + "/" + name.toLowerCase(Locale.ROOT);
  }

  /** The key of an entity identified in its account by a case-sensitive text (URL, ARN, name). */
  static String exactKey(AccountId account, String id) {
    return account.value() + "/" + id;
  }

  static void setInstant(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }

  static void setTexts(PreparedStatement statement, int index, List<String> values)
      throws SQLException {
    statement.setArray(
        index, statement.getConnection().createArrayOf("text", values.toArray(String[]::new)));
  }

  static List<String> texts(ResultSet row, String column) throws SQLException {
    Array array = row.getArray(column);
    try {
      return List.of((String[]) array.getArray());
    } finally {
      array.free();
    }
  }

  /** Binds tags as two parallel arrays, keys then values, at index and index + 1. */
  static void setTags(PreparedStatement statement, int index, List<Tag> tags) throws SQLException {
    setTexts(statement, index, tags.stream().map(Tag::key).toList());
    setTexts(statement, index + 1, tags.stream().map(Tag::value).toList());
  }

  static List<Tag> tags(ResultSet row, String keysColumn, String valuesColumn) throws SQLException {
    List<String> keys = texts(row, keysColumn);
    List<String> values = texts(row, valuesColumn);
    List<Tag> tags = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      tags.add(new Tag(keys.get(i), values.get(i)));
    }
    return tags;
  }

  /** Binds named policies as two parallel arrays, names then document texts. */
  static void setPolicies(
      PreparedStatement statement, int index, Map<String, PolicyDocument> policies)
      throws SQLException {
    List<String> names = new ArrayList<>(policies.keySet());
    setTexts(statement, index, names);
    setTexts(statement, index + 1, names.stream().map(n -> policies.get(n).text()).toList());
  }

  static Map<String, PolicyDocument> policies(
      ResultSet row,
      String namesColumn,
      String documentsColumn,
      PolicyDocumentParser parser,
      PolicyKind kind)
      throws SQLException {
    List<String> names = texts(row, namesColumn);
    List<String> documents = texts(row, documentsColumn);
    Map<String, PolicyDocument> policies = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      policies.put(names.get(i), parser.parse(documents.get(i), kind));
    }
    return policies;
  }
}
