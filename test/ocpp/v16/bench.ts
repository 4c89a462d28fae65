/**
 * The real appliance speaking OCPP 1.6J to the test CSMS: build(config) with simulated AC boards (basic
 * charging, no HLC), a SQLite file in a temp dir, and one ManualClock that the appliance and the CSMS share.
 * `run` moves the clock in control-loop steps and lets the sockets work between steps; `until` waits for a
 * network outcome with the clock standing still.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig, type OcppConfig } from '../../../appliance/src/config/index.js';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { memorySink, type LogRecord } from '../../../appliance/src/shared/logger.js';
import { build, type App } from '../../../appliance/src/supervisor/index.js';
import { startCsms, type CsmsOptions, type CsmsStation, type ReceivedCall, type TestCsms } from '../csms/index.js';

export const IDENTITY = 'ampbox-v16-1';
export const PASSWORD = 'v16-test-password-0001';
/** Tokens the test CSMS accepts by default (its acceptedTokens); anything else is Invalid. */
export const GOOD_TAG = 'DEADBEEF';
export const OTHER_GOOD_TAG = 'CAFE0001';
/** 2026-01-01 12:00:05 UTC: clock-aligned slots fall on whole minutes after it. */
export const T0 = Date.UTC(2026, 0, 1, 12, 0, 5);

type DeepPartial<T> = { [K in keyof T]?: T[K] extends unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

export interface BenchOptions {
  ocpp?: DeepPartial<OcppConfig>;
  csms?: CsmsOptions;
  /** Reuse a CSMS (a restart of the appliance against the same back end). */
  csmsInstance?: TestCsms;
  /** Reuse a database folder (a restart); default a fresh temp dir. */
  dir?: string;
  clock?: ManualClock;
  /** Other configuration overrides (merged over the bench's). */
  config?: Record<string, unknown>;
  evses?: number;
}

export interface V16Bench {
  app: App;
  clock: ManualClock;
  csms: TestCsms;
  dir: string;
  logs: LogRecord[];
  restarts: Array<{ kind: string; reason: string }>;
  /** The station as the CSMS sees it, once booted (and the station knows it). */
  station(): Promise<CsmsStation>;
  /** Moves the clock by ms in steps, letting I/O through after each. */
  run(ms: number, stepMs?: number): Promise<void>;
  /** Runs the clock until pred holds (fails after maxMs of appliance time). */
  runUntil(pred: () => boolean, what: string, maxMs?: number): Promise<void>;
  /** Waits in real time, clock still, until pred holds. */
  until(pred: () => boolean, what: string, maxMs?: number): Promise<void>;
  /** Waits for the station's n-th CALL of an action (counting from 1), running the clock meanwhile. */
  nextCall(action: string, match?: (c: ReceivedCall) => boolean, maxMs?: number): Promise<ReceivedCall>;
  /** A CSMS-initiated CALL, the clock running until it is answered. */
  call(action: string, payload: object): Promise<any>;
  /** Stops the appliance; the CSMS and the folder stay unless asked. */
  close(opts?: { keepDir?: boolean; keepCsms?: boolean }): Promise<void>;
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 1));

function evseConfig(id: number) {
  return { id, max_current_A: 16, phases: 3, board: { type: 'sim', ev: 'ac-3p-16' }, slac: { enabled: false }, v2g: { enabled: false } };
}

export async function startV16(opts: BenchOptions = {}): Promise<V16Bench> {
  const clock = opts.clock ?? new ManualClock(T0);
  const csms = opts.csmsInstance ?? (await startCsms({ passwords: { [IDENTITY]: PASSWORD }, clock, versions: ['ocpp1.6'], ...opts.csms }));
  const dir = opts.dir ?? mkdtempSync(path.join(tmpdir(), 'ampbox-ocpp16-'));
  const o = opts.ocpp ?? {};
  const ocpp = {
    enabled: true,
    version: 'ocpp1.6',
    url: csms.url,
    identity: IDENTITY,
    password: PASSWORD,
    reconnect_min_s: 1,
    reconnect_max_s: 4,
    ping_interval_s: 0,
    call_timeout_s: 5,
    ...o,
    meter_values: { sample_interval_s: 10, aligned_interval_s: 60, ...o.meter_values },
    transactions: { message_retry_interval_s: 1, ...o.transactions },
    authorization: { ...o.authorization },
  };
  const evses = Array.from({ length: opts.evses ?? 2 }, (_, i) => evseConfig(i + 1));
  const config = defaultConfig({
    http: { enabled: false },
    database: { path: path.join(dir, 'ampbox.db') },
    auth: { mode: 'local', timeout_s: 60, local_tokens: [] },
    evses,
    ocpp,
    ...opts.config,
  });
  const logs: LogRecord[] = [];
  const restarts: V16Bench['restarts'] = [];
  const app = build(config, { clock, env: {}, logSink: memorySink(logs), onRestart: (kind: string, reason: string) => void restarts.push({ kind, reason }) });
  await app.start();
  const period = config.supervisor.control_period_ms;

  const run = async (ms: number, stepMs = period): Promise<void> => {
    for (let t = 0; t < ms; t += stepMs) {
      clock.advance(Math.min(stepMs, ms - t));
      await tick();
    }
  };
  const bench: V16Bench = {
    app,
    clock,
    csms,
    dir,
    logs,
    restarts,
    async station() {
      const end = clock.now() + 60_000;
      for (;;) {
        const st = csms.station(IDENTITY);
        // Both sides: the CSMS answered Accepted and the station has read the answer.
        if (st?.connected && st.bootStatus === 'Accepted' && app.ocpp?.sender?.online) return st;
        if (clock.now() > end) throw new Error('the station did not boot');
        await run(period);
      }
    },
    run,
    async runUntil(pred, what, maxMs = 120_000) {
      const end = clock.now() + maxMs;
      while (!pred()) {
        if (clock.now() > end) throw new Error(`${what}: not within ${maxMs / 1000} s of appliance time`);
        await run(period);
      }
    },
    async until(pred, what, maxMs = 10_000) {
      const end = Date.now() + maxMs;
      while (!pred()) {
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await tick();
      }
    },
    async nextCall(action, match = () => true, maxMs = 120_000) {
      let found: ReceivedCall | undefined;
      await bench.runUntil(() => (found = csms.calls(action, IDENTITY).find(match)) !== undefined, `a ${action}`, maxMs);
      return found!;
    },
    async call(action, payload) {
      const st = await bench.station();
      let settled = false;
      const p = st.call(action, payload).finally(() => void (settled = true));
      p.catch(() => {});
      // Most answers need only the network; some (an unlock retried while contactors open) need time to pass.
      const still = Date.now() + 2000;
      while (!settled && Date.now() < still) await tick();
      const end = Date.now() + 15_000;
      while (!settled && Date.now() < end) await run(period);
      return p;
    },
    async close(c = {}) {
      await app.stop();
      if (!c.keepCsms && !opts.csmsInstance) await csms.close();
      if (!c.keepDir && !opts.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
  return bench;
}

/** The station's CALLs (action and payload) in the order the CSMS received them. */
export function stationCalls(csms: TestCsms, actions?: string[]): Array<{ action: string; payload: any }> {
  return csms
    .calls(undefined, IDENTITY)
    .filter((c) => !actions || actions.includes(c.action))
    .map((c) => ({ action: c.action, payload: c.payload }));
}

/** The status the station last reported for a connector. */
export function lastStatus(b: V16Bench, connectorId: number): string | undefined {
  return b.csms
    .calls('StatusNotification', IDENTITY)
    .filter((c) => c.payload.connectorId === connectorId)
    .at(-1)?.payload.status;
}

/** A network cut: the CSMS drops the station's socket and refuses it until `refuseConnections(false)`. */
export async function cutOff(b: V16Bench, station: CsmsStation): Promise<void> {
  b.csms.refuseConnections(true);
  station.terminate();
  await b.until(() => !b.app.ocpp!.sender!.online, 'offline');
}
