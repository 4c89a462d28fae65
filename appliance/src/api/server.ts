/**
 * The API's WebSocket endpoints: `api.path` on the appliance's fastify server (its 'upgrade' event, so no
 * fastify plugin is needed) and, when enabled, the EVerest-compatible listener on its own port (subprotocol
 * EVerestRpcApi, binary frames, any path). Holds the clients, fans notifications out, closes them on stop.
 */
import { createServer as createHttp, type IncomingMessage, type Server as HttpServer } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FastifyInstance } from 'fastify';
import type { ApiConfig, ApiToken } from '../config/index.js';
import type { TlsMaterial } from '../http/index.js';
import { SystemClock, type Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import { ApiConnection, CLOSE_CODE } from './connection.js';
import { RateLimiter } from './rate-limit.js';
import { methodTable, type ApiMethod, type ListenerKind } from './registry.js';
import { TokenVerifier } from './security.js';

export const EVEREST_SUBPROTOCOL = 'EVerestRpcApi';

export interface ApiServerOptions {
  config: ApiConfig;
  /** The appliance's HTTP server; `config.path` is served on it. null: the EVerest listener only. */
  http: FastifyInstance | null;
  /** `http.tls` as read at start: the EVerest listener serves it too (wss://). */
  tls?: TlsMaterial | null;
  methods: Iterable<ApiMethod>;
  log: Logger;
  /**
   * Runs the Hello deadline and the request budget. Must tick in real time: the appliance clock may run
   * scaled in demos, and a client's 5 s are real seconds. Default: the system clock.
   */
  clock?: Clock;
  /** RpcApi: 5 s. */
  helloTimeoutMs?: number;
  /** How long a client may stay over the request rate before it is disconnected. */
  floodMs?: number;
  maxBufferedBytes?: number;
  /** How long stop() waits for clients to answer the close before cutting them off. */
  closeGraceMs?: number;
}

export class ApiServer {
  private readonly clients = new Set<ApiConnection>();
  private readonly methods: ReadonlyMap<string, ApiMethod>;
  private verifier: TokenVerifier;
  private configTokens: readonly ApiToken[];
  /** Tokens the appliance made for itself (the HMI's); they survive configuration changes. */
  private sessionTokens: readonly ApiToken[] = [];
  private readonly clock: Clock;
  private readonly wss: WebSocketServer;
  private everest: HttpServer | null = null;
  private nextId = 1;
  private running = false;
  private readonly onApiUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (pathOf(req) === this.o.config.path) this.admit(req, socket, head, 'api');
    // Another endpoint may own other paths; alone, answer rather than leave the client hanging.
    else if (this.o.http!.server.listenerCount('upgrade') === 1) refuse(socket, 404, 'Not Found');
  };

  constructor(private readonly o: ApiServerOptions) {
    this.methods = methodTable(o.methods);
    this.configTokens = o.config.auth.tokens;
    this.verifier = new TokenVerifier(this.configTokens);
    this.clock = o.clock ?? new SystemClock();
    this.wss = new WebSocketServer({
      noServer: true,
      clientTracking: false,
      // ws closes a connection whose message is bigger with 1009.
      maxPayload: o.config.limits.max_message_bytes,
      perMessageDeflate: false,
      handleProtocols: (offered) => (offered.has(EVEREST_SUBPROTOCOL) ? EVEREST_SUBPROTOCOL : false),
    });
  }

  get clientCount(): number {
    return this.clients.size;
  }

  /**
   * New API tokens (Config.Set on api.auth.tokens): the next Hello is checked against them only. Clients
   * authenticated with a token that is gone are disconnected (close 4003), so a revoked token stops at once.
   */
  setTokens(tokens: readonly ApiToken[]): void {
    this.configTokens = tokens;
    this.useTokens();
  }

  /** The appliance's own tokens (not in the configuration), accepted next to the configured ones. */
  setSessionTokens(tokens: readonly ApiToken[]): void {
    this.sessionTokens = tokens;
    this.useTokens();
  }

  private useTokens(): void {
    const all = [...this.configTokens, ...this.sessionTokens];
    this.verifier = new TokenVerifier(all);
    const names = new Set(all.map((t) => t.name));
    for (const c of this.clients) if (c.tokenName !== null && !names.has(c.tokenName)) c.revoke('API token revoked');
  }

  /** A notification would reach someone: a client said Hello and may read. */
  get hasListeners(): boolean {
    for (const c of this.clients) if (c.receivesNotifications) return true;
    return false;
  }

  /** The EVerest listener's address once started (its port when configured as 0). */
  everestAddress(): AddressInfo | null {
    const a = this.everest?.address();
    return a && typeof a === 'object' ? a : null;
  }

  async start(): Promise<void> {
    if (this.running || !this.o.config.enabled) return;
    this.running = true;
    this.o.http?.server.on('upgrade', this.onApiUpgrade);
    const e = this.o.config.everest;
    if (e.enabled) {
      const server = this.o.tls ? createHttps({ cert: this.o.tls.cert, key: this.o.tls.key }) : createHttp();
      server.on('request', (_req, res) => res.writeHead(426, { Upgrade: 'websocket', 'Content-Type': 'text/plain' }).end('WebSocket (EVerestRpcApi) only\n'));
      server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.admit(req, socket, head, 'everest'));
      this.everest = server;
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen({ host: e.host, port: e.port }, () => {
          server.off('error', reject);
          resolve();
        });
      });
      this.o.log.info(`EVerest-compatible API on ${this.o.tls ? 'wss' : 'ws'}://${e.host}:${this.everestAddress()?.port ?? e.port}`);
    }
  }

  /** Closes every client with 1001 (going away), then the EVerest listener. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.o.http?.server.off('upgrade', this.onApiUpgrade);
    await Promise.all([...this.clients].map((c) => this.closeClient(c)));
    const server = this.everest;
    this.everest = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /**
   * Sends a JSON-RPC notification to every client that said Hello and may read; serialised once, only when
   * someone listens. Returns how many clients it went to.
   */
  broadcast(method: string, params: unknown): number {
    let data: Buffer | null = null;
    let sent = 0;
    for (const c of this.clients) {
      if (!c.receivesNotifications) continue;
      data ??= Buffer.from(JSON.stringify({ jsonrpc: '2.0', method, params }));
      c.sendSerialised(data);
      sent++;
    }
    return sent;
  }

  private admit(req: IncomingMessage, socket: Duplex, head: Buffer, listener: ListenerKind): void {
    if (!this.running) return refuse(socket, 503, 'Service Unavailable');
    if (this.clients.size >= this.o.config.limits.max_clients) {
      this.o.log.warn(`API: refusing a client from ${req.socket.remoteAddress}: max_clients (${this.o.config.limits.max_clients}) reached`);
      return refuse(socket, 503, 'Service Unavailable');
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.attach(ws, req, listener));
  }

  private attach(ws: WebSocket, req: IncomingMessage, listener: ListenerKind): void {
    const id = this.nextId++;
    const remoteAddress = req.socket.remoteAddress ?? 'unknown';
    const { auth, limits } = this.o.config;
    const conn = new ApiConnection(ws, {
      id,
      listener,
      remoteAddress,
      binaryFrames: listener === 'everest' || !this.o.config.text_frames,
      methods: this.methods,
      auth: { required: auth.required, anonymousRole: auth.anonymous_role, verifier: () => this.verifier },
      limiter: new RateLimiter(this.clock, {
        rate: limits.requests_per_s,
        burst: 2 * limits.requests_per_s,
        ...(this.o.floodMs !== undefined ? { floodMs: this.o.floodMs } : {}),
      }),
      clock: this.clock,
      helloTimeoutMs: this.o.helloTimeoutMs ?? 5000,
      maxBufferedBytes: this.o.maxBufferedBytes ?? 4 << 20,
      log: this.o.log,
      onClosed: (c) => this.clients.delete(c),
    });
    this.clients.add(conn);
    this.o.log.debug(`client #${id} connected from ${remoteAddress} (${listener}${ws.protocol ? `, ${ws.protocol}` : ''})`);
  }

  private closeClient(c: ApiConnection): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(backstop);
        resolve();
      };
      // A real-time backstop for an unresponsive peer: network I/O, not appliance behaviour, so not the clock.
      const backstop = setTimeout(() => c.terminate(), this.o.closeGraceMs ?? 2000);
      c.onceClosed(done);
      c.close(CLOSE_CODE.GOING_AWAY, 'server stopping');
    });
  }
}

function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
