package org.opensts.adapter.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/** A table this node serves from memory: loaded whole at connect, reloaded row by row on change. */
interface MirroredTable {

  /** The kind the table's changes carry in the change log. */
  String kind();

  void loadAll(Connection connection) throws SQLException;

  /** Reads the row of the key again: puts what the database has, or removes it if gone. */
  void reload(Connection connection, String key) throws SQLException;
}
