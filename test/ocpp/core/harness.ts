/**
 * The OCPP core against the test CSMS: an OcppService with the test mapper, a SQLite file in a temp dir and
 * a ManualClock the CSMS shares (its currentTime and boot-interval checks run on the same time line). Real
 * sockets: `until` waits for network outcomes without moving the clock; `run` moves the clock in steps and
 * lets I/O through between them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig, type OcppConfig } from '../../../appliance/src/config/index.js';
import { openDatabase, type Database } from '../../../appliance/src/db/index.js';
import { OcppService, type OcppDeps, type OcppVersion } from '../../../appliance/src/ocpp/index.js';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { EventBus } from '../../../appliance/src/shared/events.js';
import { Logger, memorySink, type LogRecord } from '../../../appliance/src/shared/logger.js';
import type { AppEvents } from '../../../appliance/src/shared/ports/events.js';
import { startCsms, type CsmsOptions, type TestCsms } from '../csms/index.js';
import { testMapper, type TestMapperRecord } from './test-mapper.js';

export const IDENTITY = 'ampbox-core-1';
export const PASSWORD = 'core-test-password-1';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K] };

export interface CoreOptions {
  version?: OcppVersion;
  /** Options of the test CSMS; `passwords` defaults to IDENTITY → PASSWORD. */
  csms?: CsmsOptions;
  /** Reuse a CSMS (and its ledgers) instead of starting one. */
  reuseCsms?: TestCsms;
  ocpp?: DeepPartial<OcppConfig>;
  /** Reuse a database folder (a restart); default a fresh temp dir. */
  dir?: string;
  clock?: ManualClock;
  /** Start the service (default true). */
  start?: boolean;
  /** The CSMS refuses connections (HTTP 503) until the test calls refuseConnections(false). */
  offline?: boolean;
}

export interface CoreBench {
  csms: TestCsms;
  clock: ManualClock;
  service: OcppService;
  record: TestMapperRecord;
  logs: LogRecord[];
  dir: string;
  config: OcppConfig;
  db(): Database;
  restarts: Array<{ kind: string; reason: string }>;
  /** Waits (real time, clock still) until pred holds; fails after maxMs. */
  until(pred: () => boolean, what: string, maxMs?: number): Promise<void>;
  /** Moves the clock by ms in steps, letting I/O through after each. */
  run(ms: number, stepMs?: number): Promise<void>;
  /** Stops the service and closes the database (the CSMS stays). */
  stopService(): Promise<void>;
  /** Stops everything and removes the temp dir (unless kept for a restart). */
  close(opts?: { keepDir?: boolean; keepCsms?: boolean }): Promise<void>;
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 1));

export function ocppConfig(url: string, version: OcppVersion, over: DeepPartial<OcppConfig> = {}): OcppConfig {
  const base = defaultConfig({}).ocpp;
  return {
    ...base,
    enabled: true,
    version,
    url,
    identity: IDENTITY,
    password: PASSWORD,
    reconnect_min_s: 1,
    reconnect_max_s: 8,
    ping_interval_s: 0,
    call_timeout_s: 5,
    ...over,
    tls: { ...base.tls, ...over.tls },
    meter_values: { ...base.meter_values, ...over.meter_values },
    transactions: { ...base.transactions, ...over.transactions },
    authorization: { ...base.authorization, ...over.authorization },
  } as OcppConfig;
}

export async function startCore(opts: CoreOptions = {}): Promise<CoreBench> {
  const version = opts.version ?? 'ocpp1.6';
  const clock = opts.clock ?? new ManualClock(Math.floor(Date.now() / 1000) * 1000);
  const csms = opts.reuseCsms ?? (await startCsms({ passwords: { [IDENTITY]: PASSWORD }, clock, ...opts.csms }));
  if (opts.offline) csms.refuseConnections(true);
  const dir = opts.dir ?? mkdtempSync(path.join(tmpdir(), 'ampbox-ocpp-core-'));
  const config = ocppConfig(csms.url, version, opts.ocpp);
  const logs: LogRecord[] = [];
  const log = new Logger('test', clock, memorySink(logs), 'debug');
  let db: Database | null = openDatabase(path.join(dir, 'ampbox.db'));
  const record: TestMapperRecord = { booted: 0, answered: [], givenUp: [] };
  const restarts: CoreBench['restarts'] = [];
  const deps: OcppDeps = {
    config,
    station: { identity: IDENTITY, vendor: 'ampbox', model: 'core-test', serial_number: 'CT-0001', firmware_version: '0.1.0' },
    clock,
    bus: new EventBus<AppEvents>(),
    log,
    db: () => db,
    evses: [],
    restart: (kind, reason) => void restarts.push({ kind, reason }),
    logs: async () => [{ name: 'test.log', content: 'one line\n' }],
    presentToken: async () => ({ accepted: false, evse: null, status: 'Invalid' }),
  };
  // Jitter pinned to its middle so the delays are exactly predictable.
  const service = new OcppService(deps, { mapper: testMapper(record), random: () => 0.5, drainMs: 500 });
  if (opts.start ?? true) await service.start();

  let serviceStopped = false;
  const stopService = async (): Promise<void> => {
    if (serviceStopped) return;
    serviceStopped = true;
    await service.stop();
    db?.close();
    db = null;
  };
  return {
    csms,
    clock,
    service,
    record,
    logs,
    dir,
    config,
    restarts,
    db: () => {
      if (!db) throw new Error('database closed');
      return db;
    },
    async until(pred, what, maxMs = 10_000) {
      const end = Date.now() + maxMs;
      while (!pred()) {
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await tick();
      }
    },
    async run(ms, stepMs = 250) {
      for (let t = 0; t < ms; t += stepMs) {
        clock.advance(Math.min(stepMs, ms - t));
        await tick();
        await tick();
      }
    },
    stopService,
    async close(o = {}) {
      await stopService();
      if (!o.keepCsms && !opts.reuseCsms) await csms.close();
      if (!o.keepDir && !opts.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The station's CALLs of one action as the CSMS received them. */
export function stationCalls(csms: TestCsms, action: string) {
  return csms.calls(action, IDENTITY);
}

/** The frames the station sent (CALLs only), by action. */
export function sentActions(csms: TestCsms): string[] {
  return csms.frames.filter((f) => f.direction === 'station→csms' && f.message[0] === 2).map((f) => String(f.message[2]));
}
