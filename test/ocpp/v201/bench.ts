/**
 * The real appliance speaking OCPP 2.0.1 to the test CSMS: build(config) with two simulated AC EVSEs, a
 * SQLite file in a temp dir, and one ManualClock shared with the CSMS (its currentTime and boot checks run
 * on the appliance's time line). `run` moves the clock in control-loop steps and lets the sockets work
 * between steps; `settle` waits for network outcomes without moving the clock.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig } from '../../../appliance/src/config/index.js';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { memorySink, type LogRecord } from '../../../appliance/src/shared/logger.js';
import { build, type App } from '../../../appliance/src/supervisor/index.js';
import { startCsms, type CsmsOptions, type CsmsStation, type ReceivedCall, type TestCsms } from '../csms/index.js';

export const IDENTITY = 'ampbox-v201-1';
export const PASSWORD = 'v201-test-password-01';
/** The test CSMS accepts these by default; anything else is Invalid. */
export const CARD = 'DEADBEEF';
export const CARD2 = 'CAFE0001';

export interface BenchOptions {
  /** Overrides of `ocpp:` (merged key by key). */
  ocpp?: Record<string, unknown>;
  /** Other top-level configuration overrides. */
  config?: Record<string, unknown>;
  csms?: CsmsOptions;
  /** Reuse a running CSMS (a restart of the appliance against the same CSMS). */
  reuseCsms?: TestCsms;
  /** Reuse a database folder (a restart). */
  dir?: string;
  clock?: ManualClock;
  /** Wait for the boot to be Accepted before returning (default true). */
  booted?: boolean;
}

export interface V201Bench {
  app: App;
  csms: TestCsms;
  clock: ManualClock;
  dir: string;
  logs: LogRecord[];
  restarts: Array<{ kind: string; reason: string }>;
  station(): CsmsStation;
  /** Moves the clock by ms in control-loop steps, letting I/O through after each. */
  run(ms: number): Promise<void>;
  /** Runs the clock until pred holds (fails after maxMs of appliance time). */
  runUntil(pred: () => boolean, what: string, maxMs?: number): Promise<void>;
  /** Waits in real time, clock still, until pred holds. */
  settle(pred: () => boolean, what: string, maxMs?: number): Promise<void>;
  /** TransactionEvent payloads the CSMS received, in order. */
  txEvents(): any[];
  calls(action: string): ReceivedCall[];
  /** Plugs the simulated EV into an EVSE and presents a card; resolves once it charges. */
  chargeWith(evse: number, card: string): Promise<void>;
  /** Stops the appliance (the CSMS and the folder stay unless told). */
  stopApp(): Promise<void>;
  close(opts?: { keepDir?: boolean; keepCsms?: boolean }): Promise<void>;
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 1));

const AC_EVSE = {
  max_current_A: 16,
  phases: 3,
  connector: 'cType2',
  board: { type: 'sim', ev: 'ac-3p-16' },
  slac: { enabled: false },
  v2g: { enabled: false },
};

export async function startV201(opts: BenchOptions = {}): Promise<V201Bench> {
  const clock = opts.clock ?? new ManualClock(Math.floor(Date.now() / 1000) * 1000);
  const csms = opts.reuseCsms ?? (await startCsms({ passwords: { [IDENTITY]: PASSWORD }, clock, ...opts.csms }));
  const dir = opts.dir ?? mkdtempSync(path.join(tmpdir(), 'ampbox-v201-'));
  const config = defaultConfig({
    charger: { id: IDENTITY, vendor: 'ampbox', model: 'ampbox-test', serial_number: 'V201-0001' },
    evses: [
      { id: 1, ...AC_EVSE },
      { id: 2, ...AC_EVSE },
    ],
    http: { enabled: false },
    api: { enabled: false },
    auth: { mode: 'local', timeout_s: 60, local_tokens: [] },
    database: { path: path.join(dir, 'ampbox.db') },
    ...opts.config,
    ocpp: {
      enabled: true,
      version: 'ocpp2.0.1',
      url: csms.url,
      password: PASSWORD,
      reconnect_min_s: 1,
      reconnect_max_s: 4,
      ping_interval_s: 0,
      call_timeout_s: 5,
      heartbeat_interval_s: 3600,
      ...opts.ocpp,
    },
  });
  const logs: LogRecord[] = [];
  const restarts: V201Bench['restarts'] = [];
  const app = build(config, { clock, env: {}, logSink: memorySink(logs), onRestart: (kind, reason) => void restarts.push({ kind, reason }) });
  await app.start();
  const period = config.supervisor.control_period_ms;
  const run = async (ms: number): Promise<void> => {
    for (let t = 0; t < ms; t += period) {
      clock.advance(Math.min(period, ms - t));
      await tick();
    }
  };
  const settle = async (pred: () => boolean, what: string, maxMs = 10_000): Promise<void> => {
    const end = Date.now() + maxMs;
    while (!pred()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await tick();
    }
  };
  const runUntil = async (pred: () => boolean, what: string, maxMs = 120_000): Promise<void> => {
    const end = clock.now() + maxMs;
    while (!pred()) {
      if (clock.now() > end) throw new Error(`${what} did not happen within ${maxMs / 1000} s of appliance time`);
      await run(period);
    }
  };
  let appStopped = false;
  const stopApp = async (): Promise<void> => {
    if (appStopped) return;
    appStopped = true;
    await app.stop();
  };
  const bench: V201Bench = {
    app,
    csms,
    clock,
    dir,
    logs,
    restarts,
    station: () => {
      const s = csms.station(IDENTITY);
      if (!s) throw new Error('the station is not connected');
      return s;
    },
    run,
    runUntil,
    settle,
    txEvents: () => csms.calls('TransactionEvent', IDENTITY).map((c) => c.payload),
    calls: (action) => csms.calls(action, IDENTITY),
    async chargeWith(evse, card) {
      const e = app.evses.find((x) => x.id === evse)!;
      e.sim!.plug('ac-3p-16');
      await runUntil(() => e.charger.state === 'WaitingForAuthentication', `EVSE ${evse} waiting for a token`);
      app.tokens.push({ id_token: card, type: 'RFID', evse });
      await runUntil(() => e.charger.state === 'Charging', `EVSE ${evse} charging`);
    },
    stopApp,
    async close(o = {}) {
      await stopApp();
      if (!o.keepCsms && !opts.reuseCsms) await csms.close();
      if (!o.keepDir && !opts.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
  if (opts.booted ?? true) {
    await csms.waitForStation(IDENTITY, { booted: true, timeoutMs: 10_000 });
    // The StatusNotifications of the boot.
    await bench.runUntil(() => bench.calls('StatusNotification').length >= 2, 'the boot StatusNotifications', 10_000);
  }
  return bench;
}

/** The CSMS's call of a CSMS-initiated request, with the station's answer. */
export async function ask(b: V201Bench, action: string, payload: object): Promise<any> {
  const answer = b.station().call(action, payload);
  // The station may need the clock (e.g. a deferred restart) to answer; keep I/O moving meanwhile.
  let done = false;
  void answer.finally(() => (done = true)).catch(() => undefined);
  while (!done) await tick();
  return answer;
}

/** The CALLERROR code a request got. */
export async function askError(b: V201Bench, action: string, payload: object): Promise<string> {
  try {
    await ask(b, action, payload);
  } catch (err) {
    return (err as { code: string }).code;
  }
  throw new Error(`${action} was answered without an error`);
}

/** Short view of a TransactionEvent for sequence assertions. */
export function brief(e: any): string {
  return `${e.seqNo} ${e.eventType} ${e.triggerReason}${e.transactionInfo.chargingState ? ` ${e.transactionInfo.chargingState}` : ''}${e.transactionInfo.stoppedReason ? ` (${e.transactionInfo.stoppedReason})` : ''}`;
}

export function contextsOf(e: any): string[] {
  return (e.meterValue ?? []).flatMap((mv: any) => mv.sampledValue.map((s: any) => s.context));
}
