/**
 * File stores: a write-ahead journal with group commit and snapshot compaction ({@link
 * org.opensts.adapter.persistence.file.DurableLog}) that survives restarts and crashes.
 */
package org.opensts.adapter.persistence.file;
