-- Each account's outbound identity federation; entity_key is the account id. An issuer id names
-- one account: the store checks it under a lock, the unique index is the last guard.
CREATE TABLE outbound_federation (
  entity_key TEXT    PRIMARY KEY,
  version    BIGINT  NOT NULL,
  account_id TEXT    NOT NULL,
  issuer_id  TEXT    NOT NULL UNIQUE,
  enabled    BOOLEAN NOT NULL
);

-- Organizations; entity_key is the organization id. That an account belongs to at most one is
-- checked by the store under a lock, as arrays cannot carry that constraint.
CREATE TABLE organization (
  entity_key         TEXT   PRIMARY KEY,
  version            BIGINT NOT NULL,
  management_account TEXT   NOT NULL UNIQUE,
  member_accounts    TEXT[] NOT NULL,
  enabled_features   TEXT[] NOT NULL
);
