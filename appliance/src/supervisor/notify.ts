/**
 * systemd service notification (sd_notify protocol): READY=1, STATUS=, WATCHDOG=1, STOPPING=1.
 *
 * Transport (reasons in docs/decisions.md, "systemd notification"):
 * - READY=1 (+ STATUS=, MAINPID=) through the `systemd-notify` package, which runs the systemd-notify
 *   command; systemd 246+ makes that command wait on a BARRIER=1 until the manager has read the message,
 *   so `ready()` resolving means systemd has it. If the command fails, READY=1 goes over the socket.
 * - STATUS=, WATCHDOG=1, STOPPING=1 as datagrams from this process through `unix-dgram`: no fork per
 *   message, sent synchronously and in order, usable from a signal handler.
 * The unit needs NotifyAccess=all because READY comes from a child process.
 *
 * Limits: `unix-dgram` cannot address abstract sockets (`@name`): it copies the name with strncpy and
 * passes sizeof(sockaddr_un) as the length. With an abstract NOTIFY_SOCKET, READY and STATUS go through the
 * command and WATCHDOG/STOPPING are not sent (watchdogIntervalMs is null, a warning says so). systemd's
 * own managers always use a filesystem path (/run/systemd/notify). vsock addresses are not supported.
 *
 * Nothing here throws: send failures are logged, rate-limited, on real (not simulated) time.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { constants as osConstants } from 'node:os';
import type { Logger } from '../shared/logger.js';

export interface ServiceNotifier {
  /** False when NOTIFY_SOCKET is absent: every call is a no-op. */
  readonly enabled: boolean;
  /** Half of WATCHDOG_USEC in ms when it is set and meant for this process (WATCHDOG_PID); else null. */
  readonly watchdogIntervalMs: number | null;
  /** READY=1 (+ STATUS=). Resolves once delivered or once the failure is logged; never rejects. */
  ready(status?: string): Promise<void>;
  status(text: string): void;
  watchdog(): void;
  /** STOPPING=1 (+ STATUS=), best effort. */
  stopping(status?: string): void;
  close(): void;
}

export interface NotifierOptions {
  /** The main PID systemd should watch; default process.pid. */
  pid?: number;
}

/** Longest path that fits sockaddr_un.sun_path (108 bytes with its NUL); longer ones are truncated. */
const MAX_SOCKET_PATH_BYTES = 107;
/** One logged send failure per this many real milliseconds; the others are counted. */
const ERROR_LOG_INTERVAL_MS = 60_000;

interface UnixDgramSocket {
  send(buf: Buffer, offset: number, length: number, path: string, cb: (err?: Error) => void): void;
  close(): void;
  on(event: 'error', fn: (err: Error) => void): void;
}
interface UnixDgramModule {
  createSocket(type: 'unix_dgram'): UnixDgramSocket;
}
type SystemdNotifyFn = (opts: { ready?: boolean; status?: string; pid?: number }) => Promise<unknown>;

// Both packages are CommonJS without type declarations; `unix-dgram` is native, so it is loaded only
// when there is a socket to talk to.
const require = createRequire(import.meta.url);

const DISABLED: ServiceNotifier = {
  enabled: false,
  watchdogIntervalMs: null,
  ready: () => Promise.resolve(),
  status: () => {},
  watchdog: () => {},
  stopping: () => {},
  close: () => {},
};

export function createNotifier(env: NodeJS.ProcessEnv, log: Logger, opts: NotifierOptions = {}): ServiceNotifier {
  const socket = env.NOTIFY_SOCKET;
  if (!socket) return DISABLED;
  return new SocketNotifier(socket, env, log, opts.pid ?? process.pid);
}

/** Half of WATCHDOG_USEC in ms, or null when no watchdog is asked of `pid`. */
export function watchdogInterval(env: NodeJS.ProcessEnv, pid: number, log?: Logger): number | null {
  const usec = env.WATCHDOG_USEC;
  if (!usec) return null;
  if (env.WATCHDOG_PID && env.WATCHDOG_PID !== String(pid)) return null; // meant for another process
  if (!/^[1-9]\d*$/.test(usec)) {
    log?.warn(`ignoring WATCHDOG_USEC=${usec}: not a positive integer`);
    return null;
  }
  return Number(usec) / 2 / 1000;
}

class SocketNotifier implements ServiceNotifier {
  readonly enabled = true;
  readonly watchdogIntervalMs: number | null;
  private readonly abstract: boolean;
  /** Why datagrams cannot be sent, or null when they can. */
  private readonly dgramProblem: string | null;
  private readonly errors: ErrorThrottle;
  private closed = false;

  constructor(
    private readonly socket: string,
    env: NodeJS.ProcessEnv,
    private readonly log: Logger,
    private readonly pid: number,
  ) {
    this.abstract = socket.startsWith('@');
    this.dgramProblem = this.abstract
      ? 'unix-dgram cannot address abstract sockets'
      : !socket.startsWith('/')
        ? 'NOTIFY_SOCKET must be an absolute path or @abstract'
        : Buffer.byteLength(socket) > MAX_SOCKET_PATH_BYTES
          ? `socket path longer than ${MAX_SOCKET_PATH_BYTES} bytes`
          : null;
    this.errors = new ErrorThrottle(log);
    this.watchdogIntervalMs = this.abstract ? null : watchdogInterval(env, pid, log);
    if (this.abstract) {
      log.warn(`NOTIFY_SOCKET=${socket} is abstract: only READY and STATUS can be sent (no WATCHDOG, STOPPING)`);
    } else if (this.dgramProblem) {
      log.error(`NOTIFY_SOCKET=${socket}: ${this.dgramProblem}`);
    }
  }

  async ready(status?: string): Promise<void> {
    if (this.closed) return;
    const text = status === undefined ? undefined : oneLine(status);
    if (this.commandSeesOurSocket()) {
      try {
        await this.command({ ready: true, pid: this.pid, ...(text === undefined ? {} : { status: text }) });
        this.errors.succeeded();
        return;
      } catch (err) {
        if (this.dgramProblem) return this.errors.failed('READY=1 via systemd-notify', describe(err));
        this.log.warn(`systemd-notify --ready failed (${describe(err)}); sending READY=1 directly`);
      }
    }
    this.send(`READY=1\nMAINPID=${this.pid}${text === undefined ? '' : `\nSTATUS=${text}`}`);
  }

  status(text: string): void {
    if (this.closed) return;
    if (this.abstract && this.commandSeesOurSocket()) {
      // Only the command reaches an abstract socket; two quick updates may arrive out of order.
      this.command({ status: oneLine(text), pid: this.pid }).then(
        () => this.errors.succeeded(),
        (err: unknown) => this.errors.failed('STATUS via systemd-notify', describe(err)),
      );
      return;
    }
    this.send(`STATUS=${oneLine(text)}`);
  }

  watchdog(): void {
    if (this.closed || this.watchdogIntervalMs === null) return;
    this.send('WATCHDOG=1');
  }

  stopping(status?: string): void {
    if (this.closed) return;
    this.send(`STOPPING=1${status === undefined ? '' : `\nSTATUS=${oneLine(status)}`}`);
  }

  close(): void {
    this.closed = true;
  }

  /** Runs the systemd-notify command through the package; a missing command rejects (ENOENT). */
  private command(opts: Parameters<SystemdNotifyFn>[0]): Promise<unknown> {
    try {
      return (require('systemd-notify') as SystemdNotifyFn)(opts);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** The package spawns the command with process.env, so it only reaches our socket if that agrees. */
  private commandSeesOurSocket(): boolean {
    return process.env.NOTIFY_SOCKET === this.socket;
  }

  /**
   * One short-lived socket per datagram: an open unix-dgram socket keeps the event loop alive, and a
   * notifier must never be what holds a stopping process up. sendto() on a unix datagram socket is
   * synchronous, so the message has left (or failed) when this returns.
   */
  private send(message: string): void {
    const what = message.split('\n', 1)[0] ?? message;
    if (this.abstract) return this.log.debug(`not sent (abstract socket): ${what}`); // warned at start
    if (this.dgramProblem) return this.errors.failed(what, this.dgramProblem);
    let sock: UnixDgramSocket | undefined;
    try {
      const dgram = require('unix-dgram') as UnixDgramModule;
      sock = dgram.createSocket('unix_dgram');
      sock.on('error', (err) => this.errors.failed(what, describe(err)));
      const buf = Buffer.from(message);
      sock.send(buf, 0, buf.length, this.socket, (err) => {
        if (err) this.errors.failed(what, describe(err));
        else this.errors.succeeded();
      });
    } catch (err) {
      this.errors.failed(what, describe(err));
    } finally {
      try {
        sock?.close();
      } catch {
        // closing a socket we only sent on: nothing useful to report
      }
    }
  }
}

/**
 * WATCHDOG=1 from the control loop: the loop calls `kick()` on every tick and a ping goes out at most once
 * per `watchdogIntervalMs` of REAL time (the simulated clock may be scaled), so a stuck loop stops the
 * pings and systemd restarts the service. The loop's real tick period must stay well below the interval:
 * the longest gap between pings is the interval plus one tick.
 */
export class WatchdogPinger {
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly notifier: ServiceNotifier,
    private readonly now: () => number = () => performance.now(),
  ) {}

  kick(): void {
    const interval = this.notifier.watchdogIntervalMs;
    if (interval === null) return;
    const t = this.now();
    if (t - this.last < interval) return;
    this.last = t;
    this.notifier.watchdog();
  }
}

/** Logs the first failure, then at most one per ERROR_LOG_INTERVAL_MS with a count of the rest. */
class ErrorThrottle {
  private lastLogged = Number.NEGATIVE_INFINITY;
  private suppressed = 0;
  private failing = false;

  constructor(private readonly log: Logger) {}

  failed(what: string, reason: string): void {
    this.failing = true;
    const t = performance.now();
    if (t - this.lastLogged < ERROR_LOG_INTERVAL_MS) {
      this.suppressed++;
      return;
    }
    const more = this.suppressed > 0 ? ` (${this.suppressed} similar failures not logged)` : '';
    this.log.error(`systemd notification ${what} failed: ${reason}${more}`);
    this.lastLogged = t;
    this.suppressed = 0;
  }

  succeeded(): void {
    if (!this.failing) return;
    this.failing = false;
    this.log.info('systemd notifications delivered again');
  }
}

/** A newline would start a new field (e.g. a STATUS text smuggling in READY=1). */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/** unix-dgram reports errno as a negative number ("send -111"); name it. */
function describe(err: unknown): string {
  if (typeof err === 'string') return err;
  if (err instanceof Error) {
    const code = (err as Error & { code?: unknown }).code;
    if (typeof code === 'number' && code < 0) {
      const name = Object.entries(osConstants.errno).find(([, n]) => n === -code)?.[0];
      if (name) return `${name} (${err.message})`;
    }
    return err.message;
  }
  return String(err);
}
