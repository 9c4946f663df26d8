-- IAM OpenID Connect providers; entity_key is '<account>/<issuer URL without scheme>', exact case.
CREATE TABLE oidc_provider (
  entity_key  TEXT        PRIMARY KEY,
  version     BIGINT      NOT NULL,
  account_id  TEXT        NOT NULL,
  url         TEXT        NOT NULL,
  client_ids  TEXT[]      NOT NULL,
  thumbprints TEXT[]      NOT NULL,
  tag_keys    TEXT[]      NOT NULL,
  tag_values  TEXT[]      NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL
);

-- IAM SAML providers; entity_key is '<account>/<name>', exact case.
CREATE TABLE saml_provider (
  entity_key        TEXT        PRIMARY KEY,
  version           BIGINT      NOT NULL,
  account_id        TEXT        NOT NULL,
  provider_name     TEXT        NOT NULL,
  metadata_document TEXT        NOT NULL,
  entity_id         TEXT        NOT NULL,
  certificates      TEXT[]      NOT NULL,
  created_at        TIMESTAMPTZ NOT NULL,
  valid_until       TIMESTAMPTZ NOT NULL,
  tag_keys          TEXT[]      NOT NULL,
  tag_values        TEXT[]      NOT NULL
);

-- Virtual MFA devices; entity_key is '<account>/<serial number ARN>'. The TOTP seed is sealed
-- under the master key (AES-GCM, the account and serial number as associated data), never in clear.
-- user_name and enabled_at are both null while the device is enabled for nobody.
CREATE TABLE mfa_device (
  entity_key         TEXT        PRIMARY KEY,
  version            BIGINT      NOT NULL,
  account_id         TEXT        NOT NULL,
  path               TEXT        NOT NULL,
  device_name        TEXT        NOT NULL,
  sealed_seed        TEXT        NOT NULL,
  tag_keys           TEXT[]      NOT NULL,
  tag_values         TEXT[]      NOT NULL,
  user_name          TEXT,
  enabled_at         TIMESTAMPTZ,
  last_accepted_step BIGINT      NOT NULL
);
