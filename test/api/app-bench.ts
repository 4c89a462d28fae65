/**
 * The real appliance for API tests: build(config) with the simulated boards, a SQLite file in a temp
 * directory, the HTTP server on an ephemeral port, and a manual clock the test moves in control-loop steps
 * (yielding to I/O between steps, as `ampbox simulate` does, so V2G over TCP and the WebSocket clients run).
 * Clients are the transport tests' TestClient: real `ws` connections that keep every frame.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { dump } from 'js-yaml';
import { defaultConfig, loadConfig } from '../../appliance/src/config/index.js';
import { ManualClock } from '../../appliance/src/shared/clock.js';
import { memorySink, type LogRecord } from '../../appliance/src/shared/logger.js';
import { build, type App, type BuildOptions } from '../../appliance/src/supervisor/index.js';
import { resultValidators, notificationValidators } from '../../appliance/src/api/generated/validators.js';
import { TestClient, type Frame, type RpcResponse } from './harness.js';

export interface AppBench {
  app: App;
  clock: ManualClock;
  dir: string;
  url: string;
  logs: LogRecord[];
  /** Moves the appliance clock by `ms` in control-loop steps, letting sockets work between steps. */
  run(ms: number): Promise<void>;
  /**
   * Runs until `pred` holds, then 300 ms more so what the change publishes (status notifications wait up to
   * 250 ms) is sent; fails after `maxMs` of appliance time.
   */
  runUntil(pred: () => boolean, what: string, maxMs?: number): Promise<void>;
  /** A connected client that said Hello (token optional). */
  client(token?: string): Promise<ApiClient>;
  close(): Promise<void>;
}

/**
 * `fromFile`: the overrides (with the test's HTTP port and database) are written to `<dir>/ampbox.yaml` and
 * the appliance is built from that file as `ampbox start --config` does (schema defaults, not default.yaml).
 */
export async function startApp(overrides: Record<string, unknown> = {}, opts: BuildOptions & { fromFile?: boolean } = {}): Promise<AppBench> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ampbox-api-'));
  const { fromFile, ...buildOpts } = opts;
  const values = merge({ http: { host: '127.0.0.1', port: 0 }, database: { path: path.join(dir, 'ampbox.db') } }, overrides);
  let config;
  if (fromFile) {
    const file = path.join(dir, 'ampbox.yaml');
    writeFileSync(file, dump({ config_version: 1, ...values }));
    config = loadConfig(file);
    buildOpts.configFile = file;
  } else config = defaultConfig(values);
  const clock = new ManualClock();
  const logs: LogRecord[] = [];
  const app = build(config, { clock, env: {}, logSink: memorySink(logs), ...buildOpts });
  await app.start();
  const addr = app.http!.server.address();
  const port = addr && typeof addr === 'object' ? addr.port : 0;
  const period = config.supervisor.control_period_ms;
  const clients: ApiClient[] = [];
  const run = async (ms: number): Promise<void> => {
    for (let t = 0; t < ms; t += period) {
      clock.advance(period);
      await new Promise<void>((r) => setImmediate(r));
    }
  };
  return {
    app,
    clock,
    dir,
    url: `ws://127.0.0.1:${port}${config.api.path}`,
    logs,
    run,
    async runUntil(pred, what, maxMs = 600_000) {
      const end = clock.now() + maxMs;
      while (!pred()) {
        if (clock.now() > end) throw new Error(`${what} did not happen within ${maxMs / 1000} s of appliance time`);
        await run(period);
      }
      await run(300);
    },
    async client(token?: string) {
      const c = new ApiClient(await TestClient.open(`ws://127.0.0.1:${port}${config.api.path}`));
      clients.push(c);
      checkedResult('API.Hello', await c.raw.hello(token));
      return c;
    },
    async close() {
      for (const c of clients) c.raw.close();
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Objects merge key by key; anything else in `b` replaces. */
function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const old = out[k];
    const both = old && v && typeof old === 'object' && typeof v === 'object' && !Array.isArray(old) && !Array.isArray(v);
    out[k] = both ? merge(old as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return out;
}

export interface Notification {
  method: string;
  params: Record<string, any>;
}

/** A TestClient that checks every result and notification against the generated validators. */
export class ApiClient {
  /** `next()` looks at frames from here on (see mark()). */
  private cursor = 0;

  constructor(readonly raw: TestClient) {}

  /** From now on `next()` only sees notifications that arrive after this point. */
  mark(): void {
    this.cursor = this.raw.frames.length;
  }

  /** Calls a method; the result must validate against the method's result schema. */
  async call(method: string, params?: unknown): Promise<Record<string, any>> {
    const r = await this.raw.call(method, params);
    return checkedResult(method, r);
  }

  /** Every notification received so far, in order, each checked against its schema. */
  notifications(method?: string): Notification[] {
    return this.raw.frames.filter(isNotification).map((f) => checkedNotification(f)).filter((n) => method === undefined || n.method === method);
  }

  /** Waits (real time: the frames are on their way) for a notification that matches. */
  async next(method: string, pred: (params: Record<string, any>) => boolean = () => true, what = method): Promise<Notification> {
    const from = this.cursor;
    const found = this.raw.waitFor(
      (x) => this.raw.frames.indexOf(x) >= from && isNotification(x) && (x.json as Notification).method === method && pred((x.json as Notification).params),
      what,
    );
    // The frames were sent before the clock stopped; a generous real-time bound turns a miss into a message, not a hang.
    let timer: NodeJS.Timeout | undefined;
    const missed = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const recent = this.raw.frames.slice(from).filter(isNotification).map((x) => x.text.slice(0, 300));
        reject(new Error(`no ${what} among ${recent.length} notifications since the mark; the last: ${recent.slice(-6).join('\n')}`));
      }, 10_000);
    });
    try {
      return checkedNotification(await Promise.race([found, missed]));
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Waits until every notification sent so far has arrived: one connection delivers in order, so whatever
   * the server sent before answering this request is here once the answer is.
   */
  async fence(): Promise<void> {
    await this.raw.call('ChargePoint.GetActiveErrors');
  }
}

function isNotification(f: Frame): boolean {
  const j = f.json as { id?: unknown; method?: unknown } | undefined;
  return !!j && typeof j === 'object' && j.id === undefined && typeof j.method === 'string';
}

export function checkedResult(method: string, r: RpcResponse): Record<string, any> {
  expect(r.error, `${method}: ${JSON.stringify(r.error)}`).toBeUndefined();
  const validate = (resultValidators as Record<string, (v: unknown) => boolean>)[method];
  expect(validate, `no result validator for ${method}`).toBeDefined();
  const ok = validate!(r.result);
  expect(ok ? [] : ((validate as unknown as { errors: Array<{ instancePath: string; message: string }> }).errors ?? []).map((e) => `${method} result${e.instancePath} ${e.message}`)).toEqual([]);
  return r.result!;
}

function checkedNotification(f: Frame): Notification {
  const n = f.json as Notification;
  const validate = (notificationValidators as Record<string, ((v: unknown) => boolean) & { errors?: Array<{ instancePath: string; message: string }> | null }>)[n.method];
  expect(validate, `unknown notification ${n.method}`).toBeDefined();
  const ok = validate!(n.params);
  expect(ok ? [] : (validate!.errors ?? []).map((e) => `${n.method}${e.instancePath} ${e.message}`)).toEqual([]);
  return n;
}
