/**
 * The HMI's only line to the appliance: JSON-RPC over the WebSocket at /api on the page's own host. Says
 * API.Hello first (with the HMI's session token when the appliance hands one out), matches replies to
 * requests by id, passes notifications on, and reconnects with a growing delay. Its connection state drives
 * the offline banner.
 */
import type { APIHelloResult, MethodParams, MethodResults, NotificationParams } from './api-types.js';

export type ConnectionState = 'connecting' | 'online' | 'offline' | 'denied';

export type NotificationName = keyof NotificationParams;

export interface ApiClientOptions {
  /** ws:// or wss:// URL of the API. */
  url: string;
  /** The token for API.Hello, or null to say Hello without one. */
  getToken: () => Promise<string | null>;
  onState: (state: ConnectionState) => void;
  /** After each successful Hello: (re)load everything, as notifications were missed while away. */
  onReady: (hello: APIHelloResult) => void;
  onNotification: <N extends NotificationName>(method: N, params: NotificationParams[N]) => void;
  /** First retry delay; doubles up to maxDelayMs. */
  minDelayMs?: number;
  maxDelayMs?: number;
  requestTimeoutMs?: number;
}

interface Pending {
  resolve: (result: unknown) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export class ApiClient {
  private ws: WebSocket | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private delayMs: number;
  private stopped = false;
  private state: ConnectionState = 'connecting';

  constructor(private readonly o: ApiClientOptions) {
    this.delayMs = o.minDelayMs ?? 250;
  }

  start(): void {
    this.stopped = false;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.ws?.close(1000, 'HMI closed');
    this.ws = null;
  }

  /** A request; rejects with RpcError on a JSON-RPC error, Error when the connection drops or time runs out. */
  call<M extends keyof MethodParams>(method: M, params: MethodParams[M]): Promise<MethodResults[M]> {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return Promise.reject(new Error('not connected'));
    return this.send(ws, method, params) as Promise<MethodResults[M]>;
  }

  private send(ws: WebSocket, method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer`));
      }, this.o.requestTimeoutMs ?? 10_000);
      this.pending.set(id, { resolve, reject, timer });
      ws.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    });
  }

  private setState(s: ConnectionState): void {
    if (s === this.state) return;
    this.state = s;
    this.o.onState(s);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    // The token first: the appliance allows 5 s from connecting to Hello.
    let token: string | null = null;
    try {
      token = await this.o.getToken();
    } catch {
      // Unreachable appliance: the socket below fails too and schedules the retry.
    }
    if (this.stopped) return;
    const ws = new WebSocket(this.o.url);
    this.ws = ws;
    ws.onopen = () => void this.hello(ws, token);
    ws.onmessage = (ev) => this.onMessage(ev.data);
    ws.onclose = () => this.onClose(ws);
  }

  private async hello(ws: WebSocket, token: string | null): Promise<void> {
    try {
      const hello = (await this.send(ws, 'API.Hello', token ? { token } : {})) as APIHelloResult;
      if (!hello.authenticated) {
        // Retrying cannot help until someone fixes the appliance's configuration; stay connected and say so.
        this.setState('denied');
        return;
      }
      this.delayMs = this.o.minDelayMs ?? 250;
      this.setState('online');
      this.o.onReady(hello);
    } catch {
      ws.close();
    }
  }

  private onMessage(data: unknown): void {
    let msg: {
      id?: number;
      method?: string;
      params?: unknown;
      result?: unknown;
      error?: { code: number; message: string };
    };
    try {
      msg = JSON.parse(typeof data === 'string' ? data : '') as typeof msg;
    } catch {
      return;
    }
    if (typeof msg.id === 'number') {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.error) p.reject(new RpcError(msg.error.code, msg.error.message));
      else p.resolve(msg.result);
    } else if (typeof msg.method === 'string') {
      this.o.onNotification(msg.method as NotificationName, msg.params as never);
    }
  }

  private onClose(ws: WebSocket): void {
    if (this.ws !== ws) return;
    this.ws = null;
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(new Error('connection closed'));
      this.pending.delete(id);
    }
    if (this.stopped) return;
    this.setState('offline');
    // Jitter keeps several panels from reconnecting in step after an appliance restart.
    const delay = this.delayMs * (0.8 + 0.4 * Math.random());
    this.delayMs = Math.min(this.delayMs * 2, this.o.maxDelayMs ?? 4000);
    this.retryTimer = setTimeout(() => void this.connect(), delay);
  }
}

/** The API token for this panel: served to browsers on the appliance itself; elsewhere none (Hello without). */
export async function fetchSessionToken(): Promise<string | null> {
  const res = await fetch('/hmi/session', { cache: 'no-store' });
  if (!res.ok) return null;
  const body = (await res.json()) as { token?: unknown };
  return typeof body.token === 'string' ? body.token : null;
}

export function apiUrl(loc: Location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/api`;
}
