/**
 * One API client: the API.Hello-first rule, its role, its request budget, framing, and JSON-RPC dispatch
 * through jayson (batches, client notifications, the standard errors). Every request runs on its own, so
 * answers leave in order of completion and a slow method never holds up the others.
 */
import jayson from 'jayson';
import WebSocket, { type RawData } from 'ws';
import type { Clock, TimerHandle } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { RateLimiter } from './rate-limit.js';
import { HELLO_METHOD, type ApiMethod, type CallContext, type ListenerKind, type ParamProblem } from './registry.js';
import { permissionsOf, type Permission, type Role, type TokenVerifier } from './security.js';

/** WebSocket close codes this server uses (4000–4999 are the application's own). */
export const CLOSE_CODE = {
  GOING_AWAY: 1001,
  POLICY_VIOLATION: 1008,
  MESSAGE_TOO_BIG: 1009,
  HELLO_TIMEOUT: 4001,
  HELLO_FIRST: 4002,
  TOKEN_REVOKED: 4003,
} as const;

/** JSON-RPC errors of the ampbox API beyond JSON-RPC 2.0's own (server errors, -32000 to -32099). */
export const RPC_ERROR = {
  NOT_AUTHENTICATED: -32001,
  PERMISSION_DENIED: -32003,
  RATE_LIMITED: -32005,
} as const;

const JSONRPC = jayson.Server.errors as { PARSE_ERROR: number; INVALID_REQUEST: number; INVALID_PARAMS: number; INTERNAL_ERROR: number };

export interface ConnectionAuth {
  required: boolean;
  anonymousRole: Role;
  /** The current verifier (tokens can be replaced while the appliance runs). */
  verifier: () => TokenVerifier;
}

export interface ConnectionOptions {
  id: number;
  listener: ListenerKind;
  remoteAddress: string;
  /** Answer with binary frames (EVerest) rather than text. */
  binaryFrames: boolean;
  methods: ReadonlyMap<string, ApiMethod>;
  auth: ConnectionAuth;
  limiter: RateLimiter;
  clock: Clock;
  helloTimeoutMs: number;
  /** A client that lets this much pile up unread is dropped rather than grow our memory. */
  maxBufferedBytes: number;
  log: Logger;
  onClosed: (c: ApiConnection) => void;
}

type JsonRpcError = { code: number; message: string; data?: unknown };

/** A failure the client sees as a JSON-RPC error (not a crash). */
class RpcFailure {
  constructor(readonly error: JsonRpcError) {}
}

type Phase = 'awaiting-hello' | 'open' | 'closed';

export class ApiConnection {
  private phase: Phase = 'awaiting-hello';
  private helloTimer: TimerHandle | null;
  /** Settles when the latest API.Hello has settled: requests sent right behind a Hello wait for its outcome. */
  private helloSettled: Promise<void> = Promise.resolve();
  private saidHello = false;
  private role: Role | null = null;
  private permissions: ReadonlySet<Permission> = new Set();
  private tokenName_: string | null = null;
  private readonly rpc: jayson.Server;

  constructor(
    private readonly ws: WebSocket,
    private readonly o: ConnectionOptions,
  ) {
    // A server per connection, so the router (called once per request, batch entries included) knows its client.
    // jayson's typings omit that a router may return undefined (its -32601 path).
    const router = ((name: string) => this.route(name)) as jayson.ServerRouterFunction;
    this.rpc = new jayson.Server({}, { router });
    ws.on('message', (data) => this.onMessage(data));
    ws.on('error', (e) => o.log.info(`client #${o.id}: ${e.message}`));
    ws.on('close', (code, reason) => {
      this.phase = 'closed';
      this.helloTimer?.cancel();
      o.log.debug(`client #${o.id} closed (${code}${reason.length ? ` ${reason.toString()}` : ''})`);
      o.onClosed(this);
    });
    this.helloTimer = o.clock.after(o.helloTimeoutMs, () => this.close(CLOSE_CODE.HELLO_TIMEOUT, `no ${HELLO_METHOD} within ${o.helloTimeoutMs / 1000} s`));
  }

  get id(): number {
    return this.o.id;
  }

  /** Server notifications go to clients that said Hello and may read. */
  get receivesNotifications(): boolean {
    return this.phase === 'open' && this.saidHello && this.permissions.has('read');
  }

  /** Sends an already serialised message (one serialisation per broadcast, shared by every client). */
  sendSerialised(data: Buffer | string): void {
    if (this.phase === 'closed' || this.ws.readyState !== WebSocket.OPEN) return;
    if (this.ws.bufferedAmount > this.o.maxBufferedBytes) {
      this.close(CLOSE_CODE.POLICY_VIOLATION, 'client does not read its messages');
      return;
    }
    this.ws.send(data, { binary: this.o.binaryFrames });
  }

  /** The name of the configured token this client authenticated with (null: none, or no authentication). */
  get tokenName(): string | null {
    return this.tokenName_;
  }

  /** Its token was removed from the configuration: the client goes. */
  revoke(reason: string): void {
    this.o.log.info(`client #${this.o.id} (${this.o.remoteAddress}): ${reason}`);
    this.close(CLOSE_CODE.TOKEN_REVOKED, reason);
  }

  close(code: number, reason: string): void {
    if (this.phase === 'closed') return;
    this.phase = 'closed';
    this.helloTimer?.cancel();
    this.ws.close(code, reason);
  }

  /** Runs fn once the WebSocket has closed (at once if it already has). */
  onceClosed(fn: () => void): void {
    if (this.ws.readyState === WebSocket.CLOSED) fn();
    else this.ws.once('close', fn);
  }

  /** Ends the connection without the closing handshake (a client that does not answer ours). */
  terminate(): void {
    this.ws.terminate();
  }

  private onMessage(data: RawData): void {
    if (this.phase === 'closed') return;
    const text = rawText(data);
    let parsed: unknown;
    let parsable = true;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsable = false;
    }
    if (this.phase === 'awaiting-hello') {
      if (!parsable || !startsWithHello(parsed)) {
        // RpcApi: a request before API.Hello drops the connection without a reply.
        this.close(CLOSE_CODE.HELLO_FIRST, `${HELLO_METHOD} must be the first request`);
        return;
      }
      this.phase = 'open';
      this.helloTimer?.cancel();
      this.helloTimer = null;
    }
    // jayson parses strings itself (and answers -32700); anything parsed that is not an object or array is
    // not a request (-32600), so hand it over as null rather than let a JSON string be parsed a second time.
    const request = !parsable ? text : parsed !== null && typeof parsed === 'object' ? dropNullParams(parsed) : null;
    this.rpc.call(request as jayson.JSONRPCRequestLike, (err, response) => this.reply(err ?? response));
  }

  /** Called by jayson for each valid request, in order; undefined for an unknown method makes jayson answer -32601. */
  private route(name: string): jayson.Method | undefined {
    if (!this.o.limiter.take()) {
      this.closeIfFlooding();
      return this.method(() => Promise.reject(new RpcFailure(this.rpc.error(RPC_ERROR.RATE_LIMITED, 'rate limit exceeded'))));
    }
    if (name === HELLO_METHOD) return this.method((params) => this.hello(params));
    const api = this.o.methods.get(name);
    return api ? this.method((params) => this.invoke(api, params)) : undefined;
  }

  private method(run: (params: unknown) => Promise<unknown>): jayson.Method {
    const handler: jayson.MethodHandler = (params, callback) => {
      run(params)
        .then(
          (result) => callback(null, result === undefined ? null : result),
          (e: unknown) => callback((e instanceof RpcFailure ? e.error : this.internalError('dispatch', e)) as jayson.JSONRPCError),
        )
        // Replying runs inside this chain; a bug there must be logged, not become an unhandled rejection.
        .catch((e: unknown) => void this.internalError('replying', e));
    };
    return new jayson.Method(handler);
  }

  private async invoke(api: ApiMethod, raw: unknown): Promise<unknown> {
    await this.helloSettled;
    if (api.permission !== 'public') {
      if (!this.role) throw new RpcFailure(this.rpc.error(RPC_ERROR.NOT_AUTHENTICATED, 'not authenticated'));
      if (!this.permissions.has(api.permission))
        throw new RpcFailure(this.rpc.error(RPC_ERROR.PERMISSION_DENIED, `permission denied: ${api.name} needs ${api.permission}`));
    }
    const params = this.checkParams(api, raw);
    return this.runHandler(api, params);
  }

  /** API.Hello: the transport decides the role; the registered handler (if any) adds the charger's part. */
  private async hello(raw: unknown): Promise<unknown> {
    const previous = this.helloSettled;
    let settle!: () => void;
    this.helloSettled = new Promise((r) => (settle = r));
    try {
      await previous;
      const api = this.o.methods.get(HELLO_METHOD);
      const params = api ? this.checkParams(api, raw) : this.checkHelloToken(normaliseParams(raw));
      await this.authenticate(typeof params.token === 'string' ? params.token : undefined);
      this.saidHello = true;
      const base = api ? await this.runHandler(api, params) : {};
      return {
        ...(base !== null && typeof base === 'object' ? base : {}),
        authentication_required: this.o.auth.required,
        authenticated: this.role !== null,
        ...(this.role ? { permission_scopes: { role: this.role, permissions: [...this.permissions] } } : {}),
      };
    } finally {
      settle();
    }
  }

  private async authenticate(token: string | undefined): Promise<void> {
    const { required, anonymousRole, verifier } = this.o.auth;
    if (!required) {
      this.setRole(anonymousRole, null);
      return;
    }
    const found = token === undefined ? null : await verifier().authenticate(token);
    this.setRole(found?.role ?? null, found?.name ?? null);
    if (token !== undefined && !found) this.o.log.warn(`client #${this.o.id} (${this.o.remoteAddress}): ${HELLO_METHOD} with an unknown token`);
  }

  private setRole(role: Role | null, tokenName: string | null): void {
    this.role = role;
    this.permissions = permissionsOf(role);
    this.tokenName_ = tokenName;
  }

  private checkParams(api: ApiMethod, raw: unknown): Record<string, unknown> {
    const check = api.validateParams(normaliseParams(raw));
    if (!check.ok) throw new RpcFailure(this.rpc.error(JSONRPC.INVALID_PARAMS, undefined, check.problems as unknown as object));
    return check.params;
  }

  /** Without a registered API.Hello the transport still needs its token to be a string. */
  private checkHelloToken(params: unknown): Record<string, unknown> {
    const p = params as Record<string, unknown>;
    if (Array.isArray(params) || (p.token !== undefined && typeof p.token !== 'string')) {
      const problems: ParamProblem[] = [{ path: '/token', message: 'must be string' }];
      throw new RpcFailure(this.rpc.error(JSONRPC.INVALID_PARAMS, undefined, problems as unknown as object));
    }
    return p;
  }

  private async runHandler(api: ApiMethod, params: Record<string, unknown>): Promise<unknown> {
    try {
      return await api.handler(params, this.context());
    } catch (e) {
      throw new RpcFailure(this.internalError(api.name, e));
    }
  }

  /** A handler's bug is logged in full and answered -32603; the process and the connection carry on. */
  private internalError(where: string, e: unknown): JsonRpcError {
    this.o.log.error(`client #${this.o.id}: ${where} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return this.rpc.error(JSONRPC.INTERNAL_ERROR);
  }

  private context(): CallContext {
    return {
      connectionId: this.o.id,
      listener: this.o.listener,
      remoteAddress: this.o.remoteAddress,
      authenticationRequired: this.o.auth.required,
      authenticated: this.role !== null,
      role: this.role,
      permissions: this.permissions,
      tokenName: this.tokenName_,
    };
  }

  private reply(response: unknown): void {
    if (!response || this.phase === 'closed') return; // notifications only: nothing to answer
    const entries = (Array.isArray(response) ? response : [response]) as Array<{ error?: JsonRpcError }>;
    let unrouted = 0;
    for (const r of entries) {
      const code = r.error?.code;
      if (code !== JSONRPC.PARSE_ERROR && code !== JSONRPC.INVALID_REQUEST) continue;
      unrouted++;
      // jayson puts the SyntaxError object itself in `data`, which serialises as {}; its message helps more.
      if (r.error!.data instanceof Error) r.error!.data = r.error!.data.message;
    }
    // Requests jayson rejected before routing never took a token; they cost us work all the same.
    if (unrouted) {
      this.o.limiter.charge(unrouted);
      if (this.closeIfFlooding()) return;
    }
    this.sendSerialised(this.serialise(response));
  }

  /** A result JSON cannot carry (a cycle, a BigInt) becomes -32603 for that entry alone. */
  private serialise(response: unknown): string {
    try {
      return JSON.stringify(response);
    } catch (e) {
      const fallback = (r: unknown): unknown => {
        try {
          JSON.stringify(r);
          return r;
        } catch {
          return { jsonrpc: '2.0', id: (r as { id?: unknown }).id ?? null, error: this.internalError('serialising a result', e) };
        }
      };
      return JSON.stringify(Array.isArray(response) ? response.map(fallback) : fallback(response));
    }
  }

  private closeIfFlooding(): boolean {
    if (!this.o.limiter.flooding) return false;
    this.o.log.warn(`client #${this.o.id} (${this.o.remoteAddress}): over the request rate limit for too long, disconnecting`);
    this.close(CLOSE_CODE.POLICY_VIOLATION, 'request rate limit exceeded for too long');
    return true;
  }
}

function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

function isHello(x: unknown): boolean {
  return x !== null && typeof x === 'object' && (x as { method?: unknown }).method === HELLO_METHOD;
}

/** A Hello alone, or a batch that begins with one. */
function startsWithHello(parsed: unknown): boolean {
  return Array.isArray(parsed) ? isHello(parsed[0]) : isHello(parsed);
}

/**
 * RpcApi clients send `"params": null` for parameterless methods, which jayson (strictly per JSON-RPC 2.0)
 * calls an invalid request; such params are dropped before dispatch so they count as absent.
 */
function dropNullParams(parsed: object): object {
  for (const r of Array.isArray(parsed) ? parsed : [parsed]) {
    if (r !== null && typeof r === 'object' && 'params' in r && (r as { params: unknown }).params === null) delete (r as { params?: unknown }).params;
  }
  return parsed;
}

/** Absent, null and [] are "no params" (RpcApi clients send all three); everything else goes to validation as is. */
function normaliseParams(raw: unknown): unknown {
  if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)) return {};
  return raw;
}
