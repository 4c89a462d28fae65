/**
 * Issue 8, the `ocpp` capability in the supervisor (appliance/src/supervisor/build.ts) and the in-process
 * restart of `ampbox start` (appliance/src/cli/start-cmd.ts): built from the configuration with the real
 * mapper of each version, started before the chargers (so they end transactions while it listens), its
 * validator ahead of the configuration's local tokens, the error history and sessions as log files, and a
 * Reset from the CSMS restarting the appliance in the same process with the next BootNotification saying
 * RemoteReset.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../appliance/src/config/index.js';
import { KeyValueStore } from '../../../appliance/src/db/index.js';
import { BOOT_REASON_KEY, type OcppVersion } from '../../../appliance/src/ocpp/index.js';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { memorySink, type LogRecord } from '../../../appliance/src/shared/logger.js';
import { build, type App } from '../../../appliance/src/supervisor/index.js';
import { Ampbox, buildOnce, reap, tempDir, writeConfig } from '../../fixtures/ampbox-process.js';
import { startCsms, type TestCsms } from '../csms/index.js';
import { IDENTITY, PASSWORD } from './harness.js';

let app: App | null = null;
let csms: TestCsms | null = null;
let dir: string | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
  await csms?.close();
  csms = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
  await reap();
});

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 1));
async function until(pred: () => boolean, what: string, clock?: ManualClock): Promise<void> {
  const end = Date.now() + 15_000;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    clock?.advance(50);
    await tick();
  }
}

describe.each<OcppVersion>(['ocpp1.6', 'ocpp2.0.1'])('%s: the ocpp capability', (version) => {
  it('starts before the chargers, judges tokens before the local list, and hands a Reset to onRestart', async () => {
    const clock = new ManualClock(Math.floor(Date.now() / 1000) * 1000);
    csms = await startCsms({ passwords: { [IDENTITY]: PASSWORD }, clock });
    dir = mkdtempSync(path.join(tmpdir(), 'ampbox-ocpp-wiring-'));
    const config = defaultConfig({
      http: { enabled: false },
      api: { enabled: false },
      database: { path: path.join(dir, 'ampbox.db') },
      auth: { mode: 'local', local_tokens: [{ id_token: 'LOCAL001', status: 'Accepted' }] },
      ocpp: { enabled: true, version, url: csms.url, identity: IDENTITY, password: PASSWORD, ping_interval_s: 0 },
    });
    const restarts: string[] = [];
    const logs: LogRecord[] = [];
    app = build(config, { clock, env: {}, logSink: memorySink(logs), onRestart: (kind, reason) => restarts.push(`${kind}: ${reason}`) });
    await app.start();
    expect(app.ocpp).not.toBeNull();
    expect(app.lifecycle.states.get('ocpp')).toBe('running');
    // The lifecycle lists capabilities in start order: ocpp before evse, so it stops after the chargers.
    const names = [...app.lifecycle.states.keys()];
    expect(names.indexOf('ocpp')).toBeLessThan(names.indexOf('evse'));

    const st = await csms.waitForStation(IDENTITY, { booted: true });
    const a = app;
    await until(() => a.ocpp!.sender?.online === true, 'online', clock);

    // The CSMS knows DEADBEEF (not in local_tokens) and not LOCAL001 (which local_tokens accepts): the
    // OCPP validator asks first, and its answer stands.
    expect((await a.auth.present({ id_token: 'DEADBEEF', type: 'RFID', source: 'test' })).status).toBe('Accepted');
    expect((await a.auth.present({ id_token: 'LOCAL001', type: 'RFID', source: 'test' })).status).not.toBe('Accepted');

    // Log upload: the error history and the sessions as JSON lines, joined into one file.
    const name = await a.ocpp!.context!.uploadLogs(`${csms.uploadUrl}/`, null, null);
    expect(name).toMatch(new RegExp(`^${IDENTITY}-logs-\\d{8}T\\d{6}Z\\.txt$`));
    const body = csms.uploads().find((u) => u.name === name)!.body.toString();
    expect(body).toMatch(/^===== errors\.jsonl \(\d+ bytes\) =====\n/);
    expect(body).toContain('===== sessions.jsonl (');

    const answer = await st.call('Reset', { type: version === 'ocpp1.6' ? 'Soft' : 'Immediate' });
    expect(answer.status).toBe('Accepted');
    await until(() => restarts.length === 1, 'onRestart', clock);
    expect(new KeyValueStore(a.db()!).get(BOOT_REASON_KEY)).toBe('RemoteReset');
    csms.assertNoViolations();
  });
});

describe.each<OcppVersion>(['ocpp1.6', 'ocpp2.0.1'])('%s: stopping the appliance', (version) => {
  it('the transaction the chargers end on the way down (Reboot) reaches the CSMS before the socket closes', async () => {
    const clock = new ManualClock(Math.floor(Date.now() / 1000) * 1000);
    csms = await startCsms({ passwords: { [IDENTITY]: PASSWORD }, clock });
    dir = mkdtempSync(path.join(tmpdir(), 'ampbox-ocpp-wiring-'));
    const config = defaultConfig({
      http: { enabled: false },
      api: { enabled: false },
      database: { path: path.join(dir, 'ampbox.db') },
      auth: { mode: 'local', local_tokens: [] },
      ocpp: { enabled: true, version, url: csms.url, identity: IDENTITY, password: PASSWORD, ping_interval_s: 0 },
    });
    app = build(config, { clock, env: {}, logSink: memorySink([]) });
    await app.start();
    const a = app;
    await until(() => a.ocpp!.sender?.online === true, 'online', clock);
    const e1 = a.evses[0]!;
    e1.sim!.plug('ac-3p-16');
    await until(() => e1.charger.state === 'WaitingForAuthentication', 'AuthRequired', clock);
    a.tokens.push({ id_token: 'DEADBEEF', type: 'RFID' });
    await until(() => e1.charger.state === 'Charging', 'Charging', clock);
    const started = version === 'ocpp1.6' ? 'StartTransaction' : 'TransactionEvent';
    await until(() => csms!.calls(started).length > 0 && a.ocpp!.sender!.pending() === 0, `${started} answered`, clock);

    await a.stop();
    app = null;
    if (version === 'ocpp1.6') {
      const stop = csms.calls('StopTransaction');
      expect(stop).toHaveLength(1);
      expect(stop[0]!.payload.reason).toBe('Reboot');
    } else {
      const ended = csms.calls('TransactionEvent').filter((c) => c.payload.eventType === 'Ended');
      expect(ended).toHaveLength(1);
      expect(ended[0]!.payload.transactionInfo.stoppedReason).toBe('Reboot');
    }
    csms.assertNoViolations();
  });
});

describe('ampbox start: Reset restarts in the same process', () => {
  beforeAll(async () => {
    await buildOnce();
  }, 240_000);

  it('stops, builds again from the file and boots with RemoteReset; SIGTERM still ends it', async () => {
    csms = await startCsms({ passwords: { [IDENTITY]: PASSWORD } });
    const d = tempDir();
    const file = writeConfig(d, { ocpp: { enabled: true, version: 'ocpp2.0.1', url: csms.url, identity: IDENTITY, password: PASSWORD, ping_interval_s: 0 } });
    const p = Ampbox.spawn(['start', '--config', file]);
    const st = await csms.waitForStation(IDENTITY, { booted: true, timeoutMs: 30_000 });
    await p.waitFor(/ready with 1 EVSE/);
    expect((await st.call('Reset', { type: 'Immediate' })).status).toBe('Accepted');
    await p.waitFor(/restarted \(Soft reset\)|restarted \(Hard reset\)/);
    const boots = await csms.waitForCall('BootNotification', (c) => c.payload.reason === 'RemoteReset', 30_000);
    expect(boots.payload.reason).toBe('RemoteReset');
    expect(csms.calls('BootNotification').map((c) => c.payload.reason)).toEqual(['PowerUp', 'RemoteReset']);
    expect(p.exit).toBeNull();
    expect(p.stdout.match(/ready with 1 EVSE/g)).toHaveLength(2);
    p.signal('SIGTERM');
    expect(await p.waitExit()).toEqual({ code: 0, signal: null });
    csms.assertNoViolations();
  });
});
