/**
 * The real appliance in this process, speaking either OCPP version to the test CSMS: build(config) with
 * simulated AC EVSEs, a SQLite file in a temp dir (with the test's queue ledger, ledger.ts), and one
 * ManualClock shared with the CSMS. `run` moves the clock in control-loop steps and lets the sockets work
 * between steps; `settle` waits for network outcomes with the clock standing still. `cut` ends the
 * connection from the CSMS side (TCP dropped, no close frame) and records where it happened.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig } from '../../../appliance/src/config/index.js';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { memorySink, type LogRecord } from '../../../appliance/src/shared/logger.js';
import { build, type App } from '../../../appliance/src/supervisor/index.js';
import { startCsms, type TestCsms } from '../csms/index.js';
import { attemptsOf, type Attempt, type Version } from './delivery-audit.js';
import { prepareLedger } from './ledger.js';

export const VERSIONS: Version[] = ['ocpp1.6', 'ocpp2.0.1'];
/** The test CSMS accepts it by default. */
export const CARD = 'DEADBEEF';
export const PASSWORD = 'resilience-password-01';
/** 2026-01-01 12:00:00 UTC. */
export const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);

export const identityOf = (version: Version): string => `ampbox-res-${version === 'ocpp1.6' ? '16' : '201'}`;

export interface StationOptions {
  version: Version;
  evses?: number;
  /** Overrides of `ocpp:` (merged one level deep). */
  ocpp?: Record<string, any>;
}

export interface Station {
  version: Version;
  identity: string;
  app: App;
  csms: TestCsms;
  clock: ManualClock;
  dbFile: string;
  logs: LogRecord[];
  /** The number of station calls the CSMS had received at each cut. */
  cuts: number[];
  run(ms: number): Promise<void>;
  runUntil(pred: () => boolean, what: string, maxMs?: number): Promise<void>;
  settle(pred: () => boolean, what: string, maxMs?: number): Promise<void>;
  /**
   * Waits until the station is idle, moving the clock only while nothing moves on the network (a back-off
   * after a CALLERROR, a reconnect): a backlog then drains at network speed, not at the clock's pace.
   */
  drain(what: string, maxRealMs?: number): Promise<void>;
  /** Connected, booted, nothing durable left and no call in flight. */
  idle(): boolean;
  /** Drops the TCP connection from the CSMS side; with `refuse`, new connections get HTTP 503 until `restore`. */
  cut(refuse: boolean): void;
  restore(): void;
  /** Drops the connection from the station's side (OcppLink.reconnect), unread answers and all. */
  dropFromStation(): void;
  online(): boolean;
  attempts(): Attempt[];
  close(): Promise<void>;
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 1));

const AC_EVSE = { max_current_A: 16, phases: 3, board: { type: 'sim', ev: 'ac-3p-16' }, slac: { enabled: false }, v2g: { enabled: false } };

export async function startStation(opts: StationOptions): Promise<Station> {
  const { version } = opts;
  const identity = identityOf(version);
  const clock = new ManualClock(T0);
  const csms = await startCsms({ passwords: { [identity]: PASSWORD }, clock, versions: [version] });
  const dir = mkdtempSync(path.join(tmpdir(), 'ampbox-resilience-'));
  const dbFile = path.join(dir, 'ampbox.db');
  prepareLedger(dbFile);
  const o = opts.ocpp ?? {};
  const config = defaultConfig({
    charger: { id: identity, serial_number: 'RES-0001' },
    evses: Array.from({ length: opts.evses ?? 1 }, (_, i) => ({ id: i + 1, ...AC_EVSE })),
    http: { enabled: false },
    api: { enabled: false },
    auth: { mode: 'local', timeout_s: 60, local_tokens: [] },
    database: { path: dbFile },
    ocpp: {
      enabled: true,
      version,
      url: csms.url,
      password: PASSWORD,
      reconnect_min_s: 1,
      reconnect_max_s: 4,
      ping_interval_s: 0,
      call_timeout_s: 10,
      heartbeat_interval_s: 3600,
      ...o,
      meter_values: { sample_interval_s: 1, aligned_interval_s: 2, ...o.meter_values },
      transactions: { message_retry_interval_s: 1, ...o.transactions },
      // Sessions may begin while the CSMS is out of reach: the charger keeps charging "as configured".
      authorization: { allow_offline_unknown: true, ...o.authorization },
    },
  });
  const logs: LogRecord[] = [];
  const app = build(config, { clock, env: {}, logSink: memorySink(logs) });
  await app.start();
  const period = config.supervisor.control_period_ms;
  const cuts: number[] = [];

  const run = async (ms: number): Promise<void> => {
    for (let t = 0; t < ms; t += period) {
      clock.advance(Math.min(period, ms - t));
      await tick();
    }
  };
  const runUntil = async (pred: () => boolean, what: string, maxMs = 120_000): Promise<void> => {
    const end = clock.now() + maxMs;
    while (!pred()) {
      if (clock.now() > end) throw new Error(`${what}: not within ${maxMs / 1000} s of appliance time`);
      await run(period);
    }
  };
  const settle = async (pred: () => boolean, what: string, maxMs = 10_000): Promise<void> => {
    const end = Date.now() + maxMs;
    while (!pred()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await tick();
    }
  };
  const online = (): boolean => app.ocpp?.sender?.online === true && csms.station(identity)?.connected === true;
  const attempts = (): Attempt[] => attemptsOf(csms, identity);
  const station: Station = {
    version,
    identity,
    app,
    csms,
    clock,
    dbFile,
    logs,
    cuts,
    run,
    runUntil,
    settle,
    online,
    attempts,
    async drain(what, maxRealMs = 60_000) {
      const end = Date.now() + maxRealMs;
      let seen = -1;
      let still = 0;
      while (!station.idle()) {
        if (Date.now() > end) throw new Error(`${what}: not within ${maxRealMs / 1000} s`);
        const n = csms.frames.length;
        if (n !== seen) {
          seen = n;
          still = 0;
        }
        if (++still < 5) await tick();
        else await run(period);
      }
    },
    idle() {
      if (!online() || app.ocpp!.sender!.pending() > 0) return false;
      // The last call answered, or left behind on a connection since cut: nothing is in flight.
      const last = attempts().at(-1);
      return last === undefined || last.outcome !== 'none' || last.index < (cuts.at(-1) ?? 0);
    },
    cut(refuse) {
      if (refuse) csms.refuseConnections(true);
      cuts.push(csms.calls(undefined, identity).length);
      csms.station(identity)?.terminate();
    },
    restore() {
      csms.refuseConnections(false);
    },
    dropFromStation() {
      cuts.push(csms.calls(undefined, identity).length);
      app.ocpp!.link.reconnect();
    },
    async close() {
      await app.stop();
      await csms.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await runUntil(() => online(), 'the boot accepted', 30_000);
  return station;
}

/** The energy register of an EVSE's meter (Wh). */
export function energyWh(s: Station, evse = 1): number {
  return s.app.evses.find((e) => e.id === evse)!.meter.read().energy_import_Wh;
}
