/**
 * The store ports on PostgreSQL, shared by several server nodes: each node serves reads from a
 * mirror of the tables in memory, writes through to the database in a transaction, and replays the
 * change log that every commit appends to, so that a change made on one node is in force on all.
 */
package org.opensts.adapter.postgres;
