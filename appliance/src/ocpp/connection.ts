/**
 * The WebSocket to the CSMS over ocpp-rpc's RPCClient: security profiles 1–3, strict validation of every
 * payload both ways, CALLERROR codes spelled as the negotiated version spells them, timeouts and reconnects
 * on the injected clock. ocpp-rpc itself (Ajv and three versions' schemas, ~200 ms) is loaded at the first
 * open(), so an appliance without OCPP never pays for it.
 */
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RPCClient as RpcClientType } from 'ocpp-rpc';
import type { Clock, TimerHandle } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import { ConfigError, type OcppConfig } from '../config/index.js';
import { OcppCallError, OcppNoAnswerError, OcppRemoteError, type OcppLink, type OcppVersion, type RequestHandler } from './ports.js';

type OcppRpc = typeof import('ocpp-rpc');
type RpcClient = InstanceType<typeof RpcClientType>;

const require = createRequire(import.meta.url);
let rpcModule: OcppRpc | null = null;
const loadRpc = (): OcppRpc => (rpcModule ??= require('ocpp-rpc') as OcppRpc);

/** The Basic-auth password bounds of both versions' security profiles (2.0.1 BasicAuthPassword: 16–40). */
export const PASSWORD_MIN = 16;
export const PASSWORD_MAX = 40;

/** A CALL this station was about to send does not match the version's schema: a bug, never worth retrying. */
export class OcppPayloadError extends Error {
  constructor(
    readonly action: string,
    message: string,
  ) {
    super(`${action}: not sent, the payload does not match the schema: ${message}`);
    this.name = 'OcppPayloadError';
  }
}

/** What the configuration resolves to once files are read and the profile's rules checked. */
export interface LinkSettings {
  endpoint: string;
  identity: string;
  version: OcppVersion;
  profile: 1 | 2 | 3;
  password: string | null;
  tls: { ca?: Buffer; cert?: Buffer; key?: Buffer } | null;
}

/**
 * Checks the security profile against the URL and reads the password and certificate files. Everything
 * wrong is reported at once, each line naming its setting.
 */
export function resolveLinkSettings(config: OcppConfig, identity: string): LinkSettings {
  const problems: string[] = [];
  const profile = config.security_profile;
  const tlsUrl = config.url.startsWith('wss://');
  if (profile >= 2 && !tlsUrl) problems.push(`ocpp.url: security_profile ${profile} needs TLS, so a wss:// URL; got ${config.url}`);

  const readFile = (setting: string, file: string): Buffer | null => {
    try {
      return readFileSync(file);
    } catch (e) {
      problems.push(`${setting}: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      return null;
    }
  };

  let password: string | null = null;
  if (profile <= 2) {
    if (config.password !== null && config.password_file !== null) {
      problems.push('ocpp.password / ocpp.password_file: set one of them, not both');
    } else if (config.password !== null) {
      password = config.password;
    } else if (config.password_file !== null) {
      const raw = readFile('ocpp.password_file', config.password_file);
      if (raw) {
        // Editors and `echo` end the file with a newline; it is not part of the password.
        const text = raw.toString('utf8').replace(/\r?\n$/, '');
        if (text.length < PASSWORD_MIN || text.length > PASSWORD_MAX)
          problems.push(`ocpp.password_file: ${config.password_file} holds ${text.length} characters; the password must have ${PASSWORD_MIN} to ${PASSWORD_MAX}`);
        else if (/[\r\n]/.test(text)) problems.push(`ocpp.password_file: ${config.password_file} holds more than one line`);
        else password = text;
      }
    } else {
      problems.push(`ocpp.password: security_profile ${profile} is Basic authentication; set ocpp.password_file (or ocpp.password)`);
    }
  }

  let tls: LinkSettings['tls'] = null;
  if (tlsUrl) {
    tls = {};
    if (config.tls.ca !== null) {
      const ca = readFile('ocpp.tls.ca', config.tls.ca);
      if (ca) tls.ca = ca;
    }
    if (profile === 3) {
      if (config.tls.cert === null || config.tls.key === null) {
        problems.push('ocpp.tls.cert / ocpp.tls.key: security_profile 3 authenticates with a client certificate; set both');
      } else {
        const cert = readFile('ocpp.tls.cert', config.tls.cert);
        const key = readFile('ocpp.tls.key', config.tls.key);
        if (cert && key) {
          const problem = checkClientCertificate(cert, key, identity, config.tls.cert, config.tls.key);
          if (problem) problems.push(problem);
          tls.cert = cert;
          tls.key = key;
        }
      }
    }
  }
  if (problems.length) throw new ConfigError('ocpp', problems);
  return { endpoint: config.url.replace(/\/+$/, ''), identity, version: config.version, profile, password, tls };
}

/** The certificate's CN must be the identity (the CSMS takes the identity from it); the key must be its own. */
function checkClientCertificate(cert: Buffer, key: Buffer, identity: string, certFile: string, keyFile: string): string | null {
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(cert);
  } catch (e) {
    return `ocpp.tls.cert: ${certFile} is not a PEM certificate: ${(e as Error).message}`;
  }
  const cn = x509.subject
    .split('\n')
    .find((part) => part.startsWith('CN='))
    ?.slice(3);
  if (cn !== identity) return `ocpp.tls.cert: ${certFile} is issued to CN=${cn ?? '(none)'}, but the charging-station identity is ${identity}; security_profile 3 needs them equal`;
  try {
    if (!x509.checkPrivateKey(createPrivateKey(key))) return `ocpp.tls.key: ${keyFile} is not the private key of ${certFile}`;
  } catch (e) {
    return `ocpp.tls.key: ${keyFile} is not a PEM private key: ${(e as Error).message}`;
  }
  return null;
}

/** The CALLERROR codes each version defines; 1.6 keeps the two misspellings its errata refused to fix. */
const V16_CODES = new Set(['NotImplemented', 'NotSupported', 'InternalError', 'ProtocolError', 'SecurityError', 'FormationViolation', 'PropertyConstraintViolation', 'OccurenceConstraintViolation', 'TypeConstraintViolation', 'GenericError']);
const V201_CODES = new Set(['FormatViolation', 'GenericError', 'InternalError', 'MessageTypeNotSupported', 'NotImplemented', 'NotSupported', 'OccurrenceConstraintViolation', 'PropertyConstraintViolation', 'ProtocolError', 'RpcFrameworkError', 'SecurityError', 'TypeConstraintViolation']);

/** The code as `version` spells it (ocpp-rpc mixes the spellings: see docs/decisions.md). */
export function errorCodeFor(version: OcppVersion, code: string): string {
  if (version === 'ocpp1.6') {
    const spelled = code === 'FormatViolation' ? 'FormationViolation' : code === 'OccurrenceConstraintViolation' ? 'OccurenceConstraintViolation' : code === 'RpcFrameworkError' ? 'ProtocolError' : code;
    return V16_CODES.has(spelled) ? spelled : 'GenericError';
  }
  const spelled = code === 'FormationViolation' ? 'FormatViolation' : code === 'OccurenceConstraintViolation' ? 'OccurrenceConstraintViolation' : code;
  return V201_CODES.has(spelled) ? spelled : 'GenericError';
}

/** Rewrites the code of an outgoing CALLERROR frame; other frames pass untouched. */
function respellCallError(version: OcppVersion, frame: string): string {
  if (!frame.startsWith('[4,')) return frame;
  try {
    const msg = JSON.parse(frame) as unknown[];
    if (typeof msg[2] !== 'string') return frame;
    const code = errorCodeFor(version, msg[2]);
    if (code === msg[2]) return frame;
    msg[2] = code;
    return JSON.stringify(msg);
  } catch {
    return frame;
  }
}

interface RpcValidator {
  readonly subprotocol: string;
  validate(schemaId: string, params: unknown): boolean;
}

const SCHEMA_FILES: Record<OcppVersion, string> = { 'ocpp1.6': 'ocpp-rpc/lib/schemas/ocpp1_6.json', 'ocpp2.0.1': 'ocpp-rpc/lib/schemas/ocpp2_0_1.json' };
const validators = new Map<OcppVersion, RpcValidator>();

/**
 * ocpp-rpc's own schemas for the version, except that a request for an action the version does not define
 * is NotImplemented: ocpp-rpc would answer ProtocolError ("schema missing") whenever a handler exists for it.
 */
function validatorFor(version: OcppVersion): RpcValidator {
  let v = validators.get(version);
  if (!v) {
    const rpc = loadRpc();
    const inner = rpc.createValidator(version, require(SCHEMA_FILES[version]));
    v = {
      subprotocol: version,
      validate(schemaId: string, params: unknown): boolean {
        try {
          return inner.validate(schemaId, params) as boolean;
        } catch (e) {
          const m = /^urn:(.+)\.req$/.exec(schemaId);
          if ((e as { rpcErrorCode?: string }).rpcErrorCode === 'ProtocolError' && m && /is missing/.test((e as Error).message))
            throw rpc.createRPCError('NotImplemented', `Requested Action ${m[1]} is not known by this charging station`, {});
          throw e;
        }
      },
    };
    validators.set(version, v);
  }
  return v;
}

export interface RpcLinkDeps {
  clock: Clock;
  log: Logger;
  /** Jitter source (tests pin it); default Math.random. */
  random?: () => number;
}

export interface ConnectFailure {
  attempt: number;
  reason: string;
  retry_ms: number;
}

/** The OcppLink over ocpp-rpc. */
export class RpcLink implements OcppLink {
  readonly version: OcppVersion;
  readonly settings: LinkSettings;
  private client: RpcClient | null = null;
  private open_ = false;
  private wanted = false;
  private failures = 0;
  private attempts = 0;
  private retryTimer: TimerHandle | null = null;
  private readonly handlers = new Map<string, RequestHandler>();
  private readonly connectedListeners = new Set<() => void>();
  private readonly disconnectedListeners = new Set<(reason: string) => void>();
  private readonly failureListeners = new Set<(f: ConnectFailure) => void>();
  private readonly inflight = new Set<AbortController>();
  /** Errors ocpp-rpc raised from its own validation, to tell them from the CSMS's CALLERRORs. */
  private readonly invalidOutgoing = new WeakSet<object>();
  private readonly invalidResults = new WeakSet<object>();
  private readonly random: () => number;

  constructor(
    private readonly config: OcppConfig,
    identity: string,
    private readonly deps: RpcLinkDeps,
  ) {
    this.settings = resolveLinkSettings(config, identity);
    this.version = config.version;
    this.random = deps.random ?? Math.random;
  }

  get connected(): boolean {
    return this.open_;
  }

  get identity(): string {
    return this.settings.identity;
  }

  /** Connection attempts made so far (the first one included). */
  get connectAttempts(): number {
    return this.attempts;
  }

  /** A second registration for the same action replaces the first (a mapper started again). */
  handle(action: string, handler: RequestHandler): void {
    this.handlers.set(action, handler);
    if (this.client) this.register(this.client, action, handler);
  }

  onConnected(listener: () => void): () => void {
    this.connectedListeners.add(listener);
    return () => void this.connectedListeners.delete(listener);
  }

  onDisconnected(listener: (reason: string) => void): () => void {
    this.disconnectedListeners.add(listener);
    return () => void this.disconnectedListeners.delete(listener);
  }

  /** Each failed connection attempt, with the wait before the next. */
  onConnectFailed(listener: (f: ConnectFailure) => void): () => void {
    this.failureListeners.add(listener);
    return () => void this.failureListeners.delete(listener);
  }

  open(): void {
    if (this.wanted) return;
    this.wanted = true;
    void this.attempt();
  }

  async close(): Promise<void> {
    this.wanted = false;
    this.retryTimer?.cancel();
    this.retryTimer = null;
    for (const ac of this.inflight) ac.abort('closing');
    const client = this.client;
    if (!client) return;
    // Answers to the CSMS's requests still being worked on go out first, but a stuck handler must not
    // hold up the shutdown.
    const graceful = client.close({ code: 1000, reason: 'charging station stopping', awaitPending: true });
    const bound = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 2000).unref());
    if ((await Promise.race([graceful, bound])) === 'late') await client.close({ force: true });
    this.markClosed('closed by the station');
  }

  reconnect(): void {
    if (!this.wanted) return;
    if (this.open_) {
      // Closed for everyone at once: a call on the closing client fails without waiting, and the queue
      // would resend it in a loop of microtasks that never lets the close event through.
      const client = this.client;
      this.markClosed('reconnecting');
      void client
        ?.close({ code: 1001, reason: 'reconnecting', force: true })
        .catch(() => undefined)
        .then(() => {
          if (this.wanted && !this.open_ && !this.retryTimer) void this.attempt();
        });
      return;
    }
    if (this.retryTimer) {
      this.retryTimer.cancel();
      this.retryTimer = null;
      void this.attempt();
    }
  }

  async call<T = any>(action: string, payload: object): Promise<T> {
    const client = this.client;
    if (!client || !this.open_) throw new OcppNoAnswerError(action, 'not connected');
    const ac = new AbortController();
    let timedOut = false;
    const timeoutMs = this.config.call_timeout_s * 1000;
    // The timeout runs on the injected clock (not ocpp-rpc's real-time one) so tests can move it.
    const timer = this.deps.clock.after(timeoutMs, () => {
      timedOut = true;
      ac.abort('timeout');
    });
    this.inflight.add(ac);
    try {
      return (await client.call(action, payload, { signal: ac.signal })) as T;
    } catch (e) {
      if (timedOut) throw new OcppNoAnswerError(action, `no answer within ${this.config.call_timeout_s} s`);
      if (e && typeof e === 'object') {
        if (this.invalidOutgoing.has(e)) throw new OcppPayloadError(action, (e as Error).message);
        if (this.invalidResults.has(e)) throw new OcppRemoteError(action, (e as { rpcErrorCode: string }).rpcErrorCode, `invalid CALLRESULT: ${(e as Error).message}`);
        const code = (e as { rpcErrorCode?: string }).rpcErrorCode;
        if (code !== undefined) throw new OcppRemoteError(action, code, (e as Error).message);
      }
      throw new OcppNoAnswerError(action, this.open_ ? (e as Error).message : 'connection lost');
    } finally {
      timer.cancel();
      this.inflight.delete(ac);
    }
  }

  /** Reconnect delay after `n` failures: reconnect_min_s doubling up to reconnect_max_s, up to 25 % shorter. */
  backoffMs(n: number): number {
    const base = Math.min(this.config.reconnect_max_s, this.config.reconnect_min_s * 2 ** Math.min(n, 30)) * 1000;
    return Math.round(base * (0.75 + 0.25 * this.random()));
  }

  private async attempt(): Promise<void> {
    this.retryTimer = null;
    if (!this.wanted) return;
    const client = this.client ?? this.createClient();
    this.attempts++;
    try {
      await client.connect();
    } catch (e) {
      if (!this.wanted) return;
      const retry_ms = this.backoffMs(this.failures++);
      const reason = describeConnectError(e);
      this.deps.log.warn(`cannot connect to ${this.settings.endpoint} as ${this.settings.identity}: ${reason}; next attempt in ${(retry_ms / 1000).toFixed(1)} s`);
      this.retryTimer = this.deps.clock.after(retry_ms, () => void this.attempt());
      for (const l of this.failureListeners) l({ attempt: this.attempts, reason, retry_ms });
      return;
    }
    if (!this.wanted) {
      await client.close({ force: true });
      return;
    }
    this.failures = 0;
    this.open_ = true;
    this.deps.log.info(`connected to ${this.settings.endpoint} as ${this.settings.identity} (${client.protocol}, security profile ${this.settings.profile})`);
    for (const l of this.connectedListeners) l();
  }

  private markClosed(reason: string): void {
    if (!this.open_) return;
    this.open_ = false;
    this.deps.log.info(`disconnected from the CSMS: ${reason}`);
    for (const l of this.disconnectedListeners) l(reason);
  }

  private createClient(): RpcClient {
    const rpc = loadRpc();
    const s = this.settings;
    const version = this.version;
    // The one place every outgoing frame passes: CALLERROR codes get the version's spelling there.
    class StationClient extends rpc.RPCClient {
      override sendRaw(message: string): void {
        super.sendRaw(typeof message === 'string' ? respellCallError(version, message) : message);
      }
    }
    const client = new StationClient({
      identity: s.identity,
      endpoint: s.endpoint,
      protocols: [version],
      strictMode: true,
      strictModeValidators: [validatorFor(version) as never],
      password: s.password,
      callConcurrency: 1,
      // Timeouts and reconnects run on the injected clock (see call() and attempt()).
      callTimeoutMs: Infinity,
      reconnect: false,
      pingIntervalMs: this.config.ping_interval_s * 1000,
      respondWithDetailedErrors: false,
      maxBadMessages: Infinity,
      wsOpts: {
        handshakeTimeout: this.config.call_timeout_s * 1000,
        ...(s.tls ? { ...s.tls, minVersion: 'TLSv1.2' } : {}),
      },
    } as never) as RpcClient;
    const log = this.deps.log;
    client.on('message', ({ message, outbound }: { message: string | Buffer; outbound: boolean }) => {
      log.debug(`${outbound ? '>>' : '<<'} ${message.toString()}`);
    });
    client.on('strictValidationFailure', (f: { method: string; outbound: boolean; isCall: boolean; error: Error }) => {
      if (f.outbound && f.isCall) this.invalidOutgoing.add(f.error);
      else if (!f.outbound && !f.isCall) this.invalidResults.add(f.error);
      const what = f.isCall ? `${f.method} request` : `${f.method} answer`;
      if (f.outbound) log.error(`our ${what} does not match the ${version} schema: ${f.error.message}`);
      else log.warn(`the CSMS's ${what} does not match the ${version} schema: ${f.error.message}`);
    });
    client.on('badMessage', ({ error }: { error: Error }) => log.warn(`unusable frame from the CSMS: ${error.message}`));
    client.on('socketError', (e: Error) => log.debug(`socket error: ${e.message}`));
    client.on('disconnect', ({ code, reason }: { code: number; reason: string }) => {
      if (!this.open_) return;
      this.markClosed(`code ${code}${reason ? ` (${reason})` : ''}`);
      if (this.wanted) {
        const retry_ms = this.backoffMs(this.failures++);
        this.deps.log.info(`reconnecting in ${(retry_ms / 1000).toFixed(1)} s`);
        this.retryTimer = this.deps.clock.after(retry_ms, () => void this.attempt());
      }
    });
    for (const [action, handler] of this.handlers) this.register(client, action, handler);
    this.client = client;
    return client;
  }

  private register(client: RpcClient, action: string, handler: RequestHandler): void {
    const rpc = loadRpc();
    const log = this.deps.log;
    client.handle(action, async ({ params, messageId }: { params?: unknown; messageId?: string }) => {
      try {
        return (await handler(params, { messageId: messageId ?? '', action })) as Record<string, unknown>;
      } catch (e) {
        if (e instanceof OcppCallError) throw rpc.createRPCError(e.code, e.message, e.details);
        // A bug in a handler must not take the connection (or the process) down: the CSMS gets InternalError.
        log.error(`${action} handler failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        throw rpc.createRPCError('InternalError', 'internal error while handling the request', {});
      }
    });
  }
}

function describeConnectError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const status = (e as { code?: unknown }).code;
  if (typeof status === 'number') return `HTTP ${status} ${e.message}`.trim();
  return typeof status === 'string' && !e.message.includes(status) ? `${status}: ${e.message}` : e.message;
}
