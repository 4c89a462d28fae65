/**
 * Issue 8, the CSMS-changeable settings (appliance/src/ocpp/settings.ts): the configuration's values until
 * the CSMS sets one, then the stored value, also after a restart; listeners hear each real change.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../appliance/src/db/index.js';
import { StoredSettings, type SettingKey } from '../../../appliance/src/ocpp/index.js';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { ocppConfig } from './harness.js';

let dir: string | null = null;
let db: Database | null = null;
afterEach(() => {
  db?.close();
  db = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('StoredSettings', () => {
  it('defaults from the configuration, stored values over them, kept across instances', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ampbox-ocpp-settings-'));
    const file = path.join(dir, 'ampbox.db');
    db = openDatabase(file);
    const config = ocppConfig('ws://127.0.0.1:9/ocpp', 'ocpp1.6', { heartbeat_interval_s: 120, meter_values: { sample_interval_s: 30 } });
    const clock = new ManualClock();
    const s = new StoredSettings(db, config, clock);
    expect(s.getNumber('heartbeat_interval_s')).toBe(120);
    expect(s.get('meter_values.sample_interval_s')).toBe(30);
    expect(s.get('transactions.start_points')).toEqual(['EVConnected', 'Authorized']);
    expect(s.getBoolean('authorization.cache_enabled')).toBe(true);

    const heard: SettingKey[] = [];
    s.onChange((k) => heard.push(k));
    s.set('heartbeat_interval_s', 60);
    s.set('heartbeat_interval_s', 60); // no change: nobody is told
    s.set('meter_values.sampled_measurands', ['Energy.Active.Import.Register', 'Voltage']);
    s.set('authorization.cache_enabled', false);
    expect(heard).toEqual(['heartbeat_interval_s', 'meter_values.sampled_measurands', 'authorization.cache_enabled']);
    expect(() => s.set('heartbeat_interval_s', true)).toThrow(/takes number/);
    expect(() => s.set('transactions.stop_points', 5)).toThrow(/takes a list/);
    expect(() => s.getBoolean('heartbeat_interval_s')).toThrow(TypeError);

    db.close();
    db = openDatabase(file);
    const again = new StoredSettings(db, config, clock);
    expect(again.getNumber('heartbeat_interval_s')).toBe(60);
    expect(again.get('meter_values.sampled_measurands')).toEqual(['Energy.Active.Import.Register', 'Voltage']);
    expect(again.getBoolean('authorization.cache_enabled')).toBe(false);
    expect(again.getNumber('meter_values.sample_interval_s')).toBe(30);
    // A row of the wrong type (an older release, a hand edit) is ignored rather than trusted.
    db.prepare("UPDATE ocpp_settings SET value = '\"sixty\"' WHERE key = 'heartbeat_interval_s'").run();
    expect(new StoredSettings(db, config, clock).getNumber('heartbeat_interval_s')).toBe(120);
  });
});
