-- IAM users; entity_key is '<account>/<lower-case name>', as IAM names are unique in any case.
CREATE TABLE iam_user (
  entity_key              TEXT        PRIMARY KEY,
  version                 BIGINT      NOT NULL,
  account_id              TEXT        NOT NULL,
  user_name               TEXT        NOT NULL,
  user_id                 TEXT        NOT NULL,
  path                    TEXT        NOT NULL,
  inline_policy_names     TEXT[]      NOT NULL,
  inline_policy_documents TEXT[]      NOT NULL,
  tag_keys                TEXT[]      NOT NULL,
  tag_values              TEXT[]      NOT NULL,
  created_at              TIMESTAMPTZ NOT NULL
);
