/**
 * The settings the CSMS may change (1.6 ChangeConfiguration, 2.0.1 SetVariables), kept in ocpp_settings as
 * JSON over the configuration file's values: a value the CSMS set survives restarts and wins over the file.
 */
import type { Statement } from 'better-sqlite3';
import type { Clock } from '../shared/clock.js';
import type { Database } from '../db/index.js';
import type { OcppConfig } from '../config/index.js';
import type { OcppSettings, SettingKey } from './ports.js';

type Value = number | boolean | string[];

/** The configuration's value of a setting (its path in `ocpp:`). */
export function configValue(config: OcppConfig, key: SettingKey): Value {
  const [head, tail] = key.split('.') as [string, string | undefined];
  const section = (config as unknown as Record<string, unknown>)[head];
  const value = tail === undefined ? section : (section as Record<string, unknown>)[tail];
  if (value === undefined) throw new RangeError(`unknown OCPP setting ${key}`);
  return value as Value;
}

export class StoredSettings implements OcppSettings {
  private readonly values = new Map<SettingKey, Value>();
  private readonly listeners = new Set<(key: SettingKey) => void>();
  private readonly upsert: Statement<[string, string, number]>;

  constructor(
    db: Database,
    private readonly config: OcppConfig,
    private readonly clock: Pick<Clock, 'now'>,
  ) {
    this.upsert = db.prepare(
      'INSERT INTO ocpp_settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    );
    for (const row of db.prepare('SELECT key, value FROM ocpp_settings').all() as Array<{ key: string; value: string }>) {
      // A row whose type no longer matches the configuration's (an older release wrote it) is ignored.
      try {
        const v = JSON.parse(row.value) as Value;
        const def = configValue(config, row.key as SettingKey);
        if (sameType(def, v)) this.values.set(row.key as SettingKey, v);
      } catch {
        // unknown key or broken JSON: the file's value applies
      }
    }
  }

  get(key: SettingKey): any {
    return this.values.get(key) ?? configValue(this.config, key);
  }

  getNumber(key: SettingKey): number {
    const v = this.get(key) as Value;
    if (typeof v !== 'number') throw new TypeError(`OCPP setting ${key} is not a number`);
    return v;
  }

  getBoolean(key: SettingKey): boolean {
    const v = this.get(key) as Value;
    if (typeof v !== 'boolean') throw new TypeError(`OCPP setting ${key} is not a boolean`);
    return v;
  }

  set(key: SettingKey, value: Value): void {
    const def = configValue(this.config, key);
    if (!sameType(def, value)) throw new TypeError(`OCPP setting ${key} takes ${Array.isArray(def) ? 'a list' : typeof def}, got ${JSON.stringify(value)}`);
    const before = this.get(key) as Value;
    this.upsert.run(key, JSON.stringify(value), this.clock.now());
    this.values.set(key, Array.isArray(value) ? [...value] : value);
    if (JSON.stringify(before) !== JSON.stringify(value)) for (const l of [...this.listeners]) l(key);
  }

  onChange(listener: (key: SettingKey) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}

function sameType(def: Value, v: unknown): v is Value {
  if (Array.isArray(def)) return Array.isArray(v) && v.every((x) => typeof x === 'string');
  return typeof v === typeof def && (typeof v !== 'number' || Number.isFinite(v));
}
