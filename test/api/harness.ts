/**
 * Test bench for the API transport: a real fastify server with a real ApiServer on an ephemeral port, a
 * small registry of test methods (one per permission, a slow one the test releases, throwing ones), and a
 * JSON-RPC client over a real `ws` WebSocket that records every frame. Hand-written for ampbox's tests.
 */
import type { FastifyInstance } from 'fastify';
import WebSocket, { type ClientOptions } from 'ws';
import { ApiServer, type ApiMethod, type ApiServerOptions, type ParamsCheck } from '../../appliance/src/api/index.js';
import type { ApiConfig } from '../../appliance/src/config/index.js';
import { createHttpServer, type HealthReport, type TlsFiles, type TlsMaterial } from '../../appliance/src/http/index.js';
import { ManualClock } from '../../appliance/src/shared/clock.js';
import { Logger, memorySink, type LogRecord } from '../../appliance/src/shared/logger.js';

export const HEALTH: HealthReport = { status: 'ok', charger_id: 'test', uptime_s: 0, capabilities: {}, evses: [], active_errors: 0 };

export function apiConfig(overrides: { [K in keyof ApiConfig]?: Partial<ApiConfig[K]> } = {}): ApiConfig {
  return {
    enabled: true,
    path: '/api',
    text_frames: true,
    ...(overrides as object),
    everest: { enabled: false, host: '127.0.0.1', port: 0, ...overrides.everest },
    auth: { required: false, anonymous_role: 'admin', tokens: [], ...overrides.auth },
    limits: { max_message_bytes: 65536, requests_per_s: 200, max_clients: 256, ...overrides.limits },
  } as ApiConfig;
}

/** Params must be an object with exactly the listed keys of the listed JS types (`?` suffix: optional). */
function shape(spec: Record<string, string>): (p: unknown) => ParamsCheck {
  return (p) => {
    if (p === null || typeof p !== 'object' || Array.isArray(p)) return { ok: false, problems: [{ path: '', message: 'must be object' }] };
    const params = p as Record<string, unknown>;
    const problems = [];
    for (const k of Object.keys(params)) if (!(k in spec) && !(`${k}?` in spec)) problems.push({ path: `/${k}`, message: 'is not a parameter' });
    for (const [key, type] of Object.entries(spec)) {
      const optional = key.endsWith('?');
      const name = optional ? key.slice(0, -1) : key;
      if (params[name] === undefined) {
        if (!optional) problems.push({ path: '', message: `must have required property '${name}'` });
      } else if (typeof params[name] !== type) problems.push({ path: `/${name}`, message: `must be ${type}` });
    }
    return problems.length ? { ok: false, problems } : { ok: true, params };
  };
}

/** Releases Test.Slow calls by key. */
export class Gates {
  private waiting = new Map<string, () => void>();
  wait(key: string): Promise<void> {
    return new Promise((r) => this.waiting.set(key, r));
  }
  release(key: string): void {
    this.waiting.get(key)?.();
  }
  has(key: string): boolean {
    return this.waiting.has(key);
  }
}

export function testMethods(gates: Gates): ApiMethod[] {
  const whoami = (name: string, permission: ApiMethod['permission']): ApiMethod => ({
    name,
    permission,
    validateParams: shape({}),
    handler: (_p, ctx) => ({ listener: ctx.listener, role: ctx.role, connection: ctx.connectionId }),
  });
  return [
    {
      name: 'API.Hello',
      permission: 'public',
      validateParams: shape({ 'token?': 'string' }),
      handler: () => ({ api_version: '1.0.0', everest_version: 'ampbox test', charger_info: { vendor: 'ampbox' } }),
    },
    whoami('Test.Read', 'read'),
    whoami('Test.Authorize', 'authorize'),
    whoami('Test.Limits', 'limits'),
    whoami('Test.Admin', 'admin'),
    { name: 'Test.Echo', permission: 'read', validateParams: shape({ value: 'number' }), handler: (p) => ({ value: p.value }) },
    {
      name: 'Test.Slow',
      permission: 'read',
      validateParams: shape({ key: 'string' }),
      handler: async (p) => {
        await gates.wait(p.key as string);
        return { released: p.key };
      },
    },
    {
      name: 'Test.Throw',
      permission: 'read',
      validateParams: shape({}),
      handler: () => {
        throw new Error('boom: a handler bug');
      },
    },
    {
      name: 'Test.Reject',
      permission: 'read',
      validateParams: shape({}),
      handler: () => Promise.reject(new TypeError('async boom')),
    },
    {
      name: 'Test.Cyclic',
      permission: 'read',
      validateParams: shape({}),
      handler: () => {
        const o: Record<string, unknown> = {};
        o.self = o;
        return o;
      },
    },
  ];
}

export interface Bench {
  http: FastifyInstance;
  api: ApiServer;
  clock: ManualClock;
  gates: Gates;
  logs: LogRecord[];
  /** ws://127.0.0.1:<port>/api (wss with TLS). */
  url: string;
  everestUrl: string | null;
  close(): Promise<void>;
}

export async function startBench(
  opts: { config?: ApiConfig; tls?: TlsFiles | TlsMaterial; server?: Partial<ApiServerOptions> } = {},
): Promise<Bench> {
  const clock = new ManualClock();
  const logs: LogRecord[] = [];
  const log = new Logger('api', clock, memorySink(logs), 'debug');
  const gates = new Gates();
  const http = createHttpServer(() => HEALTH, { tls: opts.tls });
  const tls = opts.tls && typeof opts.tls.cert !== 'string' ? (opts.tls as TlsMaterial) : null;
  const api = new ApiServer({ config: opts.config ?? apiConfig(), http, tls, methods: testMethods(gates), log, clock, ...opts.server });
  await http.listen({ host: '127.0.0.1', port: 0 });
  await api.start();
  const addr = http.server.address();
  const port = addr && typeof addr === 'object' ? addr.port : 0;
  const scheme = opts.tls ? 'wss' : 'ws';
  const ev = api.everestAddress();
  return {
    http,
    api,
    clock,
    gates,
    logs,
    url: `${scheme}://127.0.0.1:${port}${(opts.config ?? apiConfig()).path}`,
    everestUrl: ev ? `${scheme}://127.0.0.1:${ev.port}/` : null,
    close: async () => {
      await api.stop();
      await http.close();
    },
  };
}

export interface Frame {
  binary: boolean;
  text: string;
  json: unknown;
}

export interface RpcResponse {
  jsonrpc: '2.0';
  id: number | string | null;
  result?: Record<string, unknown>;
  error?: { code: number; message: string; data?: unknown };
}

/** A JSON-RPC client on a real WebSocket that keeps every frame it receives, in order. */
export class TestClient {
  readonly frames: Frame[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  readonly opened: Promise<void>;
  private waiters: Array<() => void> = [];
  private nextId = 1;

  constructor(
    url: string,
    readonly ws: WebSocket = new WebSocket(url, { perMessageDeflate: false }),
  ) {
    ws.on('message', (data, isBinary) => {
      const text = (data as Buffer).toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      this.frames.push({ binary: isBinary, text, json });
      this.wake();
    });
    this.closed = new Promise((resolve) => ws.on('close', (code, reason) => (resolve({ code, reason: reason.toString() }), this.wake())));
    this.opened = new Promise((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`unexpected response ${res.statusCode}`)));
    });
    ws.on('error', () => {}); // surfaced through `opened` / `closed`
  }

  static async open(url: string, options: ClientOptions & { protocols?: string[] } = {}): Promise<TestClient> {
    const { protocols, ...rest } = options;
    const c = new TestClient(url, new WebSocket(url, protocols ?? [], { perMessageDeflate: false, ...rest }));
    await c.opened;
    return c;
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  send(data: string | Buffer | object, binary = false): void {
    const payload = typeof data === 'string' || Buffer.isBuffer(data) ? data : JSON.stringify(data);
    this.ws.send(payload, { binary });
  }

  /** Sends a request and waits for the response with its id. */
  async call(method: string, params?: unknown, opts: { binary?: boolean; omitParams?: boolean } = {}): Promise<RpcResponse> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, ...(opts.omitParams ? {} : { params: params === undefined ? {} : params }) }, opts.binary);
    return (await this.waitFor((f) => (f.json as RpcResponse | undefined)?.id === id)).json as RpcResponse;
  }

  async hello(token?: string): Promise<RpcResponse> {
    return this.call('API.Hello', token === undefined ? {} : { token });
  }

  /** The first frame (already received or yet to come) that matches. */
  async waitFor(pred: (f: Frame) => boolean, what = 'a matching frame'): Promise<Frame> {
    for (;;) {
      const f = this.frames.find(pred);
      if (f) return f;
      if (this.ws.readyState === WebSocket.CLOSED) throw new Error(`connection closed before ${what}; frames: ${this.frames.map((x) => x.text).join(' | ')}`);
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  /** Waits until `n` frames have arrived in total. */
  async frameCount(n: number): Promise<Frame[]> {
    while (this.frames.length < n) await this.waitFor(() => this.frames.length >= n, `${n} frames`);
    return this.frames.slice(0, n);
  }

  close(): void {
    this.ws.close();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}
