-- Every committed change appends one row here, in the same transaction; each node replays the
-- rows after the last one it has seen to keep its mirror fresh (NOTIFY wakes it at commit, a poll
-- covers a lost notification). Rows older than an hour are pruned.
CREATE TABLE change_log (
  seq        BIGSERIAL   PRIMARY KEY,
  kind       TEXT        NOT NULL,
  entity_key TEXT        NOT NULL,
  changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX change_log_changed_at ON change_log (changed_at);

-- Every row of every entity table carries a version from this one sequence, taken at each write:
-- a newer row always has the greater version, even one deleted and created again.
CREATE SEQUENCE row_version;
