-- 0001: error history, charging sessions and a key-value store.
-- Applied inside one transaction by appliance/src/db/database.ts, which then sets PRAGMA user_version = 1.
-- Never edit a migration that has shipped: add the next NNNN_name.sql instead.

CREATE TABLE error_history (
  uuid                     TEXT    PRIMARY KEY NOT NULL,
  type                     TEXT    NOT NULL,
  sub_type                 TEXT    NOT NULL DEFAULT '',
  message                  TEXT    NOT NULL,
  description              TEXT    NOT NULL,
  severity                 TEXT    NOT NULL CHECK (severity IN ('High', 'Medium', 'Low')),
  origin_module_id         TEXT    NOT NULL,
  origin_implementation_id TEXT    NOT NULL,
  origin_evse_index        INTEGER NULL,
  origin_connector_index   INTEGER NULL,
  state                    TEXT    NOT NULL CHECK (state IN ('Active', 'ClearedByModule', 'ClearedByReboot')),
  raised_at                INTEGER NOT NULL, -- ms since epoch
  cleared_at               INTEGER NULL,     -- ms since epoch
  vendor_id                TEXT    NOT NULL
);

-- History views page newest-first, usually narrowed by state, origin or type.
CREATE INDEX error_history_raised_at ON error_history (raised_at);
CREATE INDEX error_history_state ON error_history (state, raised_at);
CREATE INDEX error_history_origin ON error_history (origin_module_id, origin_evse_index, raised_at);
CREATE INDEX error_history_type ON error_history (type, raised_at);

CREATE TABLE charging_sessions (
  id             TEXT    PRIMARY KEY NOT NULL,
  evse           INTEGER NOT NULL,
  started_at     INTEGER NOT NULL, -- ms since epoch
  stopped_at     INTEGER NULL,     -- NULL while the session runs
  meter_start_Wh REAL    NOT NULL,
  energy_Wh      REAL    NOT NULL DEFAULT 0,
  stop_reason    TEXT    NULL,
  auth_method    TEXT    NULL,
  id_token       TEXT    NULL,
  protocol       TEXT    NULL,
  updated_at     INTEGER NOT NULL  -- last energy write: the best stop time after a crash
);

CREATE INDEX charging_sessions_started_at ON charging_sessions (started_at);
CREATE INDEX charging_sessions_evse ON charging_sessions (evse, started_at);
-- Sessions left open by a crash are looked up at every start.
CREATE INDEX charging_sessions_open ON charging_sessions (id) WHERE stopped_at IS NULL;

CREATE TABLE kv (
  key        TEXT    PRIMARY KEY NOT NULL,
  value      TEXT    NOT NULL CHECK (json_valid(value)),
  updated_at INTEGER NOT NULL
);
