-- Accounts; entity_key is the account id.
CREATE TABLE account (
  entity_key TEXT        PRIMARY KEY,
  version    BIGINT      NOT NULL,
  account_id TEXT        NOT NULL,
  alias      TEXT        NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);

-- IAM roles; entity_key is '<account>/<lower-case name>', as IAM names are unique in any case.
CREATE TABLE iam_role (
  entity_key              TEXT        PRIMARY KEY,
  version                 BIGINT      NOT NULL,
  account_id              TEXT        NOT NULL,
  role_name               TEXT        NOT NULL,
  role_id                 TEXT        NOT NULL,
  path                    TEXT        NOT NULL,
  description             TEXT        NOT NULL,
  trust_policy            TEXT        NOT NULL,
  inline_policy_names     TEXT[]      NOT NULL,
  inline_policy_documents TEXT[]      NOT NULL,
  max_session_seconds     BIGINT      NOT NULL,
  permissions_boundary    TEXT        NOT NULL,
  tag_keys                TEXT[]      NOT NULL,
  tag_values              TEXT[]      NOT NULL,
  created_at              TIMESTAMPTZ NOT NULL
);

-- Long-term access keys; entity_key is the access key id. The secret is sealed (AES-GCM under the
-- master key, the key id as associated data), never in clear. The owner is the account root
-- (owner_kind 'root', owner_id the account id, no path or name) or an IAM user (owner_id its
-- AIDA... id); CreateAccessKey counts an owner's keys by owner_id under a lock.
CREATE TABLE access_key (
  entity_key    TEXT        PRIMARY KEY,
  version       BIGINT      NOT NULL,
  sealed_secret TEXT        NOT NULL,
  owner_kind    TEXT        NOT NULL CHECK (owner_kind IN ('root', 'user')),
  owner_account TEXT        NOT NULL,
  owner_id      TEXT        NOT NULL,
  owner_path    TEXT,
  owner_name    TEXT,
  status        TEXT        NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL
);

CREATE INDEX access_key_owner_id ON access_key (owner_id);
