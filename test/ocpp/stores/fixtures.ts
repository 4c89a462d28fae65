/**
 * What the store tests share: a real SQLite file in a temp folder (reopened to prove persistence), the real
 * OCPP settings over it, and a ChargerHandle double that records the limits it is given and holds a
 * transaction when told to (for the smart-charging unit tests; the sim tests use the real Charger).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../../appliance/src/db/index.js';
import { defaultConfig, type OcppConfig } from '../../../appliance/src/config/index.js';
import type { Clock } from '../../../appliance/src/shared/clock.js';
import type { ChargerHandle, ChargerStatus } from '../../../appliance/src/shared/ports/charger.js';
import type { Meter } from '../../../appliance/src/shared/ports/meter.js';
import type { OcppEvse } from '../../../appliance/src/ocpp/ports.js';
import { StoredSettings } from '../../../appliance/src/ocpp/settings.js';

export interface TempDb {
  file: string;
  db: Database;
  /** Closes the database and opens the same file again, as a restart would. */
  reopen(): Database;
  cleanup(): void;
}

export function tempDb(): TempDb {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ampbox-ocpp-stores-'));
  const file = path.join(dir, 'ampbox.db');
  const t: TempDb = {
    file,
    db: openDatabase(file),
    reopen() {
      t.db.close();
      t.db = openDatabase(file);
      return t.db;
    },
    cleanup() {
      if (t.db.open) t.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}

export function ocppConfig(overrides: Record<string, unknown> = {}): OcppConfig {
  return defaultConfig({ ocpp: overrides }).ocpp;
}

export function settings(db: Database, clock: Pick<Clock, 'now'>, overrides: Record<string, unknown> = {}): StoredSettings {
  return new StoredSettings(db, ocppConfig(overrides), clock);
}

/** A charger that only remembers: the external limits set, and a transaction the test starts and ends. */
export class ChargerDouble implements ChargerHandle {
  readonly limits: Array<[string, number | null]> = [];
  tx: { id: string; started_at: number } | null = null;

  constructor(readonly evse: number) {}

  /** The last limit set for `source`, undefined when none was ever set. */
  limit(source = 'ocpp'): number | null | undefined {
    return this.limits.filter(([s]) => s === source).at(-1)?.[1];
  }

  status(): ChargerStatus {
    return {
      evse: this.evse,
      state: this.tx ? 'Charging' : 'Idle',
      cp: null,
      plugged: this.tx !== null,
      session_id: this.tx ? `s-${this.tx.id}` : null,
      transaction_id: this.tx?.id ?? null,
      id_token: null,
      charging_allowed: true,
      power_on: this.tx !== null,
      locked: false,
      current_limit_A: 32,
      energy_Wh: 0,
      charging_duration_s: 0,
      transaction_started_at: this.tx?.started_at ?? null,
      stop_reason: null,
      blocking_errors: [],
      slac_state: null,
    };
  }
  authorize(): boolean {
    return false;
  }
  stopTransaction(): boolean {
    return false;
  }
  pauseCharging(): boolean {
    return false;
  }
  resumeCharging(): boolean {
    return false;
  }
  setCurrentLimit(): void {}
  setExternalLimit(source: string, amps: number | null): void {
    this.limits.push([source, amps]);
  }
  setEnabled(): void {}
  unlockConnector(): 'NotSupported' {
    return 'NotSupported';
  }
}

const NO_METER: Meter = {
  id: 'none',
  read: () => ({ timestamp: 0, energy_import_Wh: 0, power_W: 0, current_A: [0, 0, 0], voltage_V: [0, 0, 0] }),
};

export function evseOf(charger: ChargerHandle, opts: Partial<Omit<OcppEvse, 'id' | 'charger'>> = {}): OcppEvse {
  return {
    id: charger.evse,
    charger,
    meter: opts.meter ?? NO_METER,
    max_current_A: opts.max_current_A ?? 32,
    phases: opts.phases ?? 3,
    nominal_voltage_V: opts.nominal_voltage_V ?? 230,
    dc: opts.dc ?? false,
    connector: opts.connector ?? 'sType2',
  };
}
