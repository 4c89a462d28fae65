-- 0002: the OCPP client's durable state: the outbound queue, transactions as the CSMS knows them,
-- the local authorization list and cache, charging profiles and the settings the CSMS changed.
-- Applied inside one transaction by appliance/src/db/database.ts, which then sets PRAGMA user_version = 2.

-- Messages that must reach the CSMS (transaction events, meter values of a transaction, security events),
-- written before the first attempt and deleted only when the CSMS answered. `seq` is the send order.
CREATE TABLE ocpp_queue (
  seq             INTEGER PRIMARY KEY AUTOINCREMENT,
  action          TEXT    NOT NULL,
  payload         TEXT    NOT NULL CHECK (json_valid(payload)),
  tx_ref          TEXT    NULL,              -- ampbox transaction id the message belongs to
  kind            TEXT    NOT NULL DEFAULT 'other', -- 'start', 'stop', 'meter', 'event', 'other': what may be shed when full
  created_at      INTEGER NOT NULL,          -- ms since epoch
  attempts        INTEGER NOT NULL DEFAULT 0, -- answered with a CALLERROR so far
  not_before      INTEGER NOT NULL DEFAULT 0  -- ms since epoch: retry back-off after a CALLERROR
);
CREATE INDEX ocpp_queue_tx ON ocpp_queue (tx_ref);

-- One row per transaction as OCPP reports it. `ocpp_id` is the CSMS's integer (1.6, NULL until
-- StartTransaction is answered) or our own transactionId (2.0.1).
CREATE TABLE ocpp_transactions (
  tx_ref          TEXT    PRIMARY KEY NOT NULL,
  version         TEXT    NOT NULL CHECK (version IN ('ocpp1.6', 'ocpp2.0.1')),
  evse            INTEGER NOT NULL,
  connector       INTEGER NOT NULL DEFAULT 1,
  ocpp_id         TEXT    NULL,
  id_token        TEXT    NULL,
  id_token_type   TEXT    NULL,
  started_at      INTEGER NOT NULL,
  meter_start_Wh  REAL    NOT NULL,
  last_meter_Wh   REAL    NOT NULL,           -- the last value read: the meterStop after a crash
  last_meter_at   INTEGER NOT NULL,
  seq_no          INTEGER NOT NULL DEFAULT 0, -- 2.0.1: the next TransactionEvent seqNo
  state           TEXT    NOT NULL DEFAULT 'Active' CHECK (state IN ('Active', 'Ended')),
  ended_at        INTEGER NULL,
  stop_reason     TEXT    NULL,
  data            TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(data)) -- version-specific details
);
CREATE INDEX ocpp_transactions_active ON ocpp_transactions (evse) WHERE state = 'Active';

-- SendLocalList; the list version is kept in kv under 'ocpp.local_list_version'.
CREATE TABLE ocpp_local_list (
  id_token        TEXT    PRIMARY KEY NOT NULL,
  id_token_type   TEXT    NOT NULL DEFAULT 'ISO14443',
  info            TEXT    NOT NULL CHECK (json_valid(info)) -- status, expiry, parent/group id
);

-- Answers of the CSMS to Authorize / transaction messages, reused offline and for pre-authorization.
CREATE TABLE ocpp_auth_cache (
  id_token        TEXT    PRIMARY KEY NOT NULL,
  info            TEXT    NOT NULL CHECK (json_valid(info)),
  updated_at      INTEGER NOT NULL
);
CREATE INDEX ocpp_auth_cache_updated ON ocpp_auth_cache (updated_at);

-- SetChargingProfile, in the version-neutral form of appliance/src/ocpp/smart-charging.
CREATE TABLE ocpp_charging_profiles (
  id              INTEGER PRIMARY KEY NOT NULL,
  evse            INTEGER NOT NULL,           -- 0: the whole station
  purpose         TEXT    NOT NULL,
  stack_level     INTEGER NOT NULL,
  tx_ref          TEXT    NULL,               -- TxProfile: the transaction it belongs to
  profile         TEXT    NOT NULL CHECK (json_valid(profile)),
  installed_at    INTEGER NOT NULL
);

-- Configuration keys (1.6) and variables (2.0.1) the CSMS changed, over the values in the config file.
CREATE TABLE ocpp_settings (
  key             TEXT    PRIMARY KEY NOT NULL,
  value           TEXT    NOT NULL,
  updated_at      INTEGER NOT NULL
);
