-- Customer managed policies with their attachments; entity_key is '<account>/<lower-case name>',
-- as a policy name is unique in its account in any case. attached_to holds the ARNs of the users
-- and roles the policy is attached to, in attachment order; AttachRolePolicy and AttachUserPolicy
-- count an entity's attachments with it (hence its GIN index) under a lock.
CREATE TABLE managed_policy (
  entity_key  TEXT        PRIMARY KEY,
  version     BIGINT      NOT NULL,
  account_id  TEXT        NOT NULL,
  policy_name TEXT        NOT NULL,
  policy_id   TEXT        NOT NULL,
  path        TEXT        NOT NULL,
  description TEXT        NOT NULL,
  document    TEXT        NOT NULL,
  tag_keys    TEXT[]      NOT NULL,
  tag_values  TEXT[]      NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL,
  attached_to TEXT[]      NOT NULL
);

CREATE INDEX managed_policy_attached_to ON managed_policy USING GIN (attached_to);
