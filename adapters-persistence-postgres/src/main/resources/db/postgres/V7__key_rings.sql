-- The keys that seal session tokens; entity_key is the key id. The AES key is sealed under the
-- master key (AES-GCM, the key id as associated data), never in clear. generation orders the ring
-- the same on every node: the highest is the current key, and each key retires when the next one
-- was created.
CREATE TABLE sealing_key (
  entity_key TEXT        PRIMARY KEY,
  version    BIGINT      NOT NULL,
  sealed_key TEXT        NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  generation BIGINT      NOT NULL UNIQUE
);

-- The keys that sign GetWebIdentityToken's tokens; entity_key is the key id (RSA_<generation>,
-- EC384_<generation>). The public half is X.509 in base 64; the private half, PKCS#8, is sealed
-- under the master key with the key id as associated data.
CREATE TABLE web_token_key (
  entity_key          TEXT        PRIMARY KEY,
  version             BIGINT      NOT NULL,
  algorithm           TEXT        NOT NULL,
  generation          INTEGER     NOT NULL,
  public_key          TEXT        NOT NULL,
  sealed_private_key  TEXT        NOT NULL,
  created_at          TIMESTAMPTZ NOT NULL,
  UNIQUE (algorithm, generation)
);
