/**
 * Issue 2, items 2 and 11 (Supervisor, `npm start`), end to end: the real `node bin/ampbox.js start`
 * process with a temporary configuration. systemd notification is received on a real unix datagram
 * socket given as NOTIFY_SOCKET (READY=1 through the systemd-notify command, STATUS=, WATCHDOG=1 at half of
 * WATCHDOG_USEC from the control loop, STOPPING=1); SIGTERM and SIGINT stop with exit code 0; GET /health
 * reports every capability; an invalid configuration exits 2 with the problem list, a port in use exits 3.
 *
 * Checked that these tests can fail: with the `pinger.kick()` line removed from the control loop in
 * supervisor/build.ts (no WATCHDOG=1) the watchdog test times out waiting for the pings; with
 * `notifier.stopping(...)` removed from App.stop() the SIGTERM/SIGINT tests fail on the missing STOPPING=1.
 */
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Ampbox, buildOnce, childEnv, freePort, reap, tempDir, writeConfig } from '../fixtures/ampbox-process.js';

const require = createRequire(import.meta.url);

interface Dgram {
  bind(path: string): void;
  close(): void;
  on(event: 'message', fn: (buf: Buffer) => void): void;
  on(event: 'error', fn: (err: Error) => void): void;
}
const unixDgram = require('unix-dgram') as { createSocket(type: 'unix_dgram'): Dgram };

interface Received {
  text: string;
  /** Receive time, ms of real time (performance.now() in this process). */
  at: number;
}

/** A bound unix datagram socket standing in for systemd's notification socket. */
class FakeSystemd {
  readonly received: Received[] = [];
  private readonly sock: Dgram;
  private waiters = new Set<() => void>();
  private error: Error | null = null;

  constructor(readonly path: string) {
    this.sock = unixDgram.createSocket('unix_dgram');
    this.sock.on('error', (err) => {
      this.error = err;
      for (const w of [...this.waiters]) w();
    });
    this.sock.on('message', (buf) => {
      this.received.push({ text: buf.toString(), at: performance.now() });
      for (const w of [...this.waiters]) w();
    });
    this.sock.bind(path);
  }

  /** Every received message split into its fields; systemd-notify's BARRIER=1 handshakes left out. */
  get messages(): string[][] {
    return this.received.map((r) => r.text.split('\n')).filter((f) => !(f.length === 1 && f[0] === 'BARRIER=1'));
  }

  count(field: string): number {
    return this.messages.filter((f) => f.includes(field)).length;
  }

  /** Resolves once `pred` holds over what was received; rejects after `ms` or when `proc` exits first. */
  until(pred: () => boolean, what: string, proc: Ampbox | null, ms = 20_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (this.error) {
          done();
          reject(this.error);
        } else if (pred()) {
          done();
          resolve();
        } else if (proc?.exit) {
          done();
          reject(new Error(`ampbox exited (${JSON.stringify(proc.exit)}) before ${what}\n${proc.transcript()}`));
        }
      };
      void proc?.exited.then(check);
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no ${what} within ${ms} ms; received ${JSON.stringify(this.received.map((r) => r.text))}`));
      }, ms);
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  close(): void {
    this.sock.close();
  }
}

const sockets: FakeSystemd[] = [];
const servers: Server[] = [];

beforeAll(buildOnce, 120_000);

afterEach(async () => {
  await reap();
  for (const s of sockets.splice(0)) s.close();
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

function fakeSystemd(dir: string): FakeSystemd {
  const s = new FakeSystemd(path.join(dir, 'notify.sock'));
  sockets.push(s);
  return s;
}

const READY_LINE = /ampbox \S+ ready with 1 EVSE\(s\)/;

describe('ampbox start under systemd notification (NOTIFY_SOCKET)', () => {
  it('sends STATUS= and READY=1 with its own MAINPID, then WATCHDOG=1 at half of WATCHDOG_USEC, and STOPPING=1 on SIGTERM', async () => {
    const dir = tempDir();
    const sd = fakeSystemd(dir);
    // A 20 ms control period: pinging on every tick would send five times more than half of WATCHDOG_USEC.
    const config = writeConfig(dir, { supervisor: { control_period_ms: 20 } });
    const spawnedAt = performance.now();
    const p = Ampbox.spawn(['start', '--config', config], {
      env: childEnv({ NOTIFY_SOCKET: sd.path, WATCHDOG_USEC: '200000' }),
    });

    await sd.until(() => sd.count('READY=1') === 1, 'READY=1', p);
    const upToReady = sd.messages;
    const readyAt = upToReady.findIndex((f) => f.includes('READY=1'));
    const ready = upToReady[readyAt]!;
    // READY=1 comes from the systemd-notify command (another PID): MAINPID must name the appliance.
    expect(ready).toContain(`MAINPID=${p.pid}`);
    expect(ready).toContain('STATUS=charging ready: 1 EVSE(s)');
    // STATUS=starting went out before READY=1.
    const statusAt = upToReady.findIndex((f) => f.includes('STATUS=starting'));
    expect(statusAt).toBeGreaterThanOrEqual(0);
    expect(statusAt).toBeLessThan(readyAt);
    await p.waitFor(READY_LINE);

    // Repeated pings, sent by the running control loop.
    await sd.until(() => sd.count('WATCHDOG=1') >= 5, 'five WATCHDOG=1', p);

    p.signal('SIGTERM');
    expect(await p.waitExit()).toEqual({ code: 0, signal: null });
    const stoppedAt = performance.now();
    // Sent before the exit; our socket may simply not have been read yet.
    await sd.until(() => sd.messages.some((f) => f[0] === 'STOPPING=1'), 'STOPPING=1', null, 5000);
    expect(p.stdout).toMatch(/SIGTERM received, stopping/);
    expect(p.stdout).toMatch(/\bstopped\n/);

    // Throttled to one per 100 ms of real time: every ping fell between spawn and the stop, so there can
    // be no more than (that span / 100 ms) + 1 of them, whatever the scheduling.
    const pings = sd.count('WATCHDOG=1');
    expect(pings).toBeLessThanOrEqual(Math.floor((stoppedAt - spawnedAt) / 100) + 1);
    expect(p.stderr).toBe('');
  });

  it('sends STOPPING=1 and exits 0 on SIGINT', async () => {
    const dir = tempDir();
    const sd = fakeSystemd(dir);
    const p = Ampbox.spawn(['start', '--config', writeConfig(dir)], { env: childEnv({ NOTIFY_SOCKET: sd.path }) });
    await sd.until(() => sd.count('READY=1') === 1, 'READY=1', p);
    await p.waitFor(READY_LINE);

    p.signal('SIGINT');
    expect(await p.waitExit()).toEqual({ code: 0, signal: null });
    expect(p.stdout).toMatch(/SIGINT received, stopping/);
    await sd.until(() => sd.messages.some((f) => f[0] === 'STOPPING=1'), 'STOPPING=1', null, 5000);
    // Without WATCHDOG_USEC nothing asks for pings.
    expect(sd.count('WATCHDOG=1')).toBe(0);
  });

  it('runs and stops cleanly without NOTIFY_SOCKET', async () => {
    const dir = tempDir();
    const p = Ampbox.spawn(['start', '--config', writeConfig(dir)], { env: childEnv({ WATCHDOG_USEC: '200000' }) });
    await p.waitFor(READY_LINE);
    await p.waitFor(/EVSE 1 starting in Idle/);
    p.signal('SIGTERM');
    expect(await p.waitExit()).toEqual({ code: 0, signal: null });
    expect(p.stderr).toBe('');
    expect(p.stdout).not.toMatch(/systemd|ERROR/);
  });
});

describe('GET /health', () => {
  it('answers with status ok and every capability running', async () => {
    const dir = tempDir();
    const port = await freePort();
    const p = Ampbox.spawn(['start', '--config', writeConfig(dir, { http: { host: '127.0.0.1', port }, charger: { id: 'e2e-health' } })]);
    await p.waitFor(READY_LINE);

    const res = await fetch(`http://127.0.0.1:${port}/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as {
      status: string;
      charger_id: string;
      uptime_s: number;
      capabilities: Record<string, string>;
      evses: unknown[];
      active_errors: number;
    };
    expect(body.status).toBe('ok');
    expect(body.charger_id).toBe('e2e-health');
    expect(body.uptime_s).toBeGreaterThanOrEqual(0);
    expect(body.active_errors).toBe(0);
    expect(body.evses).toHaveLength(1);
    // The capabilities the supervisor wires (supervisor/build.ts), each one running.
    for (const name of ['database', 'boards', 'evse', 'history', 'event-log', 'auth', 'control-loop', 'http']) {
      expect(body.capabilities[name], name).toBe('running');
    }
    expect(Object.values(body.capabilities).every((s) => s === 'running')).toBe(true);

    p.signal('SIGTERM');
    expect(await p.waitExit()).toEqual({ code: 0, signal: null });
  });
});

describe('start-up failures', () => {
  it('exits 2 on an invalid configuration, listing every problem with its path', async () => {
    const dir = tempDir();
    const config = writeConfig(dir, {
      evses: [{ id: 1, max_current_A: 120, phases: 3, board: { type: 'sim', ev: 'ac-3p-16' } }],
      http: { host: '127.0.0.1', port: 'eighty' },
    });
    const p = Ampbox.spawn(['start', '--config', config]);
    expect(await p.waitExit()).toEqual({ code: 2, signal: null });
    expect(p.stderr).toContain('invalid configuration, not starting');
    expect(p.stderr).toContain(config);
    expect(p.stderr).toContain('evses[0].max_current_A: must be <= 80');
    expect(p.stderr).toMatch(/http\.port: must be integer/);
    expect(p.stdout).not.toMatch(READY_LINE);
  });

  it('exits 3 when the HTTP port is already in use, naming the capability and the cause', async () => {
    const dir = tempDir();
    const blocker = createServer();
    servers.push(blocker);
    const port = await new Promise<number>((resolve, reject) => {
      blocker.once('error', reject);
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port));
    });
    const p = Ampbox.spawn(['start', '--config', writeConfig(dir, { http: { host: '127.0.0.1', port } })]);
    expect(await p.waitExit()).toEqual({ code: 3, signal: null });
    expect(p.stderr).toMatch(/capability http failed to start: .*EADDRINUSE/);
    expect(p.stderr).toContain(String(port));
    expect(p.stdout).not.toMatch(READY_LINE);
  });
});
