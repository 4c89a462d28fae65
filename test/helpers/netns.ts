/**
 * Real network interfaces for tests: network namespaces joined by veth pairs (optionally through a bridge
 * with a third station, the "local modem"), created and removed by the test itself. Needs root (or
 * CAP_SYS_ADMIN + CAP_NET_ADMIN) and iproute2. Hand-written for ampbox's tests; not taken from anywhere.
 *
 * - Namespace names carry the vitest worker's pid (`ampbox-t<pid>-<n>-<role>`), so parallel workers and
 *   parallel runs never collide, and a later run can remove what a killed run left behind.
 * - `cleanup()` (afterAll) stops the processes running inside, then deletes the namespaces; an exit and
 *   signal hook does the same synchronously if a test never got there. Processes go first: the `cap`
 *   addon aborts its process when the interface it captures on disappears.
 * - `runInNamespace()` runs `ip netns exec <ns> node <script>` and talks line-delimited JSON with it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

const PREFIX = 'ampbox-t';
const OURS = new RegExp(`^${PREFIX}(\\d+)-\\d+-[a-z]+$`);

// ---------------------------------------------------------------------------------------------- availability

export type NetnsAvailability = { ok: true } | { ok: false; reason: string; skip: boolean };
let availability: NetnsAvailability | undefined;

/**
 * Whether veth tests can run here. Not root: `{ ok: false, skip: true }` — the tests skip and print the
 * reason. Root but `ip netns` does not work: `{ ok: false, skip: false }` — the tests must fail, since CI
 * runs as root and should never silently skip them.
 */
export function netnsAvailable(): NetnsAvailability {
  if (availability) return availability;
  if (process.platform !== 'linux') {
    return (availability = { ok: false, skip: true, reason: `network namespaces need Linux (this is ${process.platform})` });
  }
  if (process.getuid?.() !== 0) {
    return (availability = {
      ok: false,
      skip: true,
      reason: `not root (uid ${process.getuid?.()}): creating network namespaces and capturing raw frames needs root`,
    });
  }
  const probe = `${PREFIX}${process.pid}-0-probe`;
  const add = spawnSync('ip', ['netns', 'add', probe], { encoding: 'utf8' });
  if (add.error || add.status !== 0) {
    const why = add.error ? add.error.message : add.stderr.trim();
    return (availability = {
      ok: false,
      skip: false,
      reason: `running as root but 'ip netns add' fails (${why}); install iproute2 (.ci/run does) and check that the kernel allows network namespaces`,
    });
  }
  spawnSync('ip', ['netns', 'del', probe]);
  return (availability = { ok: true });
}

// ---------------------------------------------------------------------------------------------- bookkeeping

/** Namespaces created by this process and not yet removed. */
const liveNamespaces = new Set<string>();
/** Children started by runInNamespace() and still running. */
const liveChildren = new Set<NsChild>();
let seq = 0;
let hooked = false;

/** Synchronous last resort: SIGKILL our children, delete our namespaces. Safe to call twice. */
function cleanupSync(): void {
  for (const c of liveChildren) c.child.kill('SIGKILL');
  for (const ns of liveNamespaces) {
    killInside(ns);
    spawnSync('ip', ['netns', 'del', ns]);
  }
  liveNamespaces.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  cleanupSync();
  process.removeListener(signal, onSignal);
  // Nobody else listening: die of the signal as we would have without this hook.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', cleanupSync);
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, onSignal);
}

/** SIGKILLs every process still inside namespace `ns` (all of them are ours: the name is ours). */
function killInside(ns: string): void {
  const r = spawnSync('ip', ['netns', 'pids', ns], { encoding: 'utf8' });
  for (const pid of (r.stdout ?? '').split(/\s+/).filter(Boolean).map(Number)) {
    if (pid !== process.pid) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}

/** Names of the network namespaces that exist now. */
export function listNamespaces(): string[] {
  const r = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' });
  return (r.stdout ?? '').split('\n').map((l) => l.split(' ')[0] ?? '').filter(Boolean);
}

/** Our namespaces that exist now: this process's, or every ampbox test run's with `all`. */
export function ourNamespaces(all = false): string[] {
  return listNamespaces().filter((n) => {
    const m = OURS.exec(n);
    return m !== null && (all || Number(m[1]) === process.pid);
  });
}

/** Removes namespaces left by test processes that no longer exist (a SIGKILLed run never cleans up). */
function sweepStale(): void {
  for (const ns of ourNamespaces(true)) {
    const pid = Number(OURS.exec(ns)?.[1]);
    if (pid === process.pid || alive(pid)) continue;
    killInside(ns);
    spawnSync('ip', ['netns', 'del', ns]);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ip(...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d));
    p.stderr.on('data', (d: Buffer) => (err += d));
    p.on('error', reject);
    p.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`ip ${args.join(' ')} failed (${code}): ${err.trim()}`)),
    );
  });
}

/** `ip -j …` parsed. Retried a few times: now and then (seen with a bridge being set up in parallel) ip
 * prints nothing at all and exits 0. */
async function ipJson<T>(...args: string[]): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const out = await ip('-j', ...args);
    if (out.trim()) return JSON.parse(out) as T;
    if (attempt === 5) throw new Error(`ip -j ${args.join(' ')} printed nothing, ${attempt} times`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function macOf(ns: string, ifname: string): Promise<string> {
  const j = await ipJson<Array<{ address: string }>>('-n', ns, 'link', 'show', 'dev', ifname);
  const mac = j[0]?.address;
  if (!mac) throw new Error(`no MAC for ${ifname} in ${ns}`);
  return mac;
}

/** Waits (polling, bounded) until `ifname` in `ns` reports carrier: frames sent before are lost. */
async function waitUp(ns: string, ifname: string, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const j = await ipJson<Array<{ flags: string[] }>>('-n', ns, 'link', 'show', 'dev', ifname);
    if (j[0]?.flags.includes('LOWER_UP')) return;
    if (Date.now() > until) throw new Error(`${ifname} in ${ns} did not come up within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// ---------------------------------------------------------------------------------------------- topology

export interface VethSetup {
  /** Station A (e.g. the EVSE) and station B (e.g. the PEV). */
  nsA: string;
  nsB: string;
  ifA: string;
  ifB: string;
  macA: string;
  macB: string;
  /** With `{ modem: true }`: the third station (the local modem) and the namespace holding the bridge. */
  nsM?: string;
  ifM?: string;
  macM?: string;
  nsHub?: string;
  /** Namespaces created, in creation order. */
  namespaces: string[];
  /** Stops processes inside, deletes the namespaces (and with them the interfaces). Idempotent. */
  cleanup(): Promise<void>;
}

export interface VethOptions {
  /** Three stations on a bridge instead of two on one veth pair. */
  modem?: boolean;
  /** Interface name inside each station's namespace (default `slac0`; namespaces keep names apart). */
  ifname?: string;
}

/**
 * Two namespaces joined by a veth pair, interfaces up, no IP addresses. With `modem`, three station
 * namespaces (A, B, M) each with one veth whose peer sits on a bridge in a fourth, hub namespace: every
 * station sees the broadcasts of the others, unicast goes where the bridge learned the MAC lives.
 */
export async function createVethPair(opts: VethOptions = {}): Promise<VethSetup> {
  const avail = netnsAvailable();
  if (!avail.ok) throw new Error(`cannot create network namespaces: ${avail.reason}`);
  hookExit();
  sweepStale();
  const n = ++seq;
  const ifname = opts.ifname ?? 'slac0';
  const nsName = (role: string): string => `${PREFIX}${process.pid}-${n}-${role}`;
  const created: string[] = [];
  const addNs = async (role: string): Promise<string> => {
    const ns = nsName(role);
    await ip('netns', 'add', ns);
    created.push(ns);
    liveNamespaces.add(ns);
    return ns;
  };

  let cleaned: Promise<void> | undefined;
  const cleanup = (): Promise<void> => (cleaned ??= removeNamespaces([...created].reverse()));

  try {
    const nsA = await addNs('a');
    const nsB = await addNs('b');
    if (!opts.modem) {
      // Created directly inside the namespaces: no name ever appears in the caller's namespace.
      await ip('link', 'add', 'name', ifname, 'netns', nsA, 'type', 'veth', 'peer', 'name', ifname, 'netns', nsB);
      for (const ns of [nsA, nsB]) await ip('-n', ns, 'link', 'set', ifname, 'up');
      for (const ns of [nsA, nsB]) await waitUp(ns, ifname);
      const macA = await macOf(nsA, ifname);
      const macB = await macOf(nsB, ifname);
      return { nsA, nsB, ifA: ifname, ifB: ifname, macA, macB, namespaces: [...created], cleanup };
    }
    const nsM = await addNs('m');
    const nsHub = await addNs('hub');
    await ip('-n', nsHub, 'link', 'add', 'br0', 'type', 'bridge', 'stp_state', '0', 'forward_delay', '0');
    await ip('-n', nsHub, 'link', 'set', 'br0', 'up');
    const ports: Array<[string, string]> = [[nsA, 'pa'], [nsB, 'pb'], [nsM, 'pm']];
    for (const [ns, port] of ports) {
      await ip('link', 'add', 'name', ifname, 'netns', ns, 'type', 'veth', 'peer', 'name', port, 'netns', nsHub);
      await ip('-n', nsHub, 'link', 'set', port, 'master', 'br0');
      await ip('-n', nsHub, 'link', 'set', port, 'up');
      await ip('-n', ns, 'link', 'set', ifname, 'up');
    }
    for (const [ns, port] of ports) {
      await waitUp(ns, ifname);
      await waitUp(nsHub, port);
    }
    const macA = await macOf(nsA, ifname);
    const macB = await macOf(nsB, ifname);
    const macM = await macOf(nsM, ifname);
    return {
      nsA, nsB, nsM, nsHub,
      ifA: ifname, ifB: ifname, ifM: ifname,
      macA, macB, macM,
      namespaces: [...created],
      cleanup,
    };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

/** Stops our children inside, then deletes each namespace; throws if one is still listed afterwards. */
async function removeNamespaces(namespaces: string[]): Promise<void> {
  const inside = [...liveChildren].filter((c) => namespaces.includes(c.ns));
  await Promise.all(inside.map((c) => c.stop()));
  for (const ns of namespaces) {
    killInside(ns); // anything not started through runInNamespace()
    try {
      await ip('netns', 'del', ns);
    } catch (e) {
      if (listNamespaces().includes(ns)) throw e;
    }
    liveNamespaces.delete(ns);
  }
  const left = listNamespaces().filter((n) => namespaces.includes(n));
  if (left.length) throw new Error(`network namespaces still present after cleanup: ${left.join(', ')}`);
}

// ---------------------------------------------------------------------------------------------- children

export type Message = Record<string, unknown>;

/** A node process inside a namespace, speaking line-delimited JSON on stdin/stdout. */
export class NsChild {
  /** Every JSON line received, in order. */
  readonly messages: Message[] = [];
  /** Lines on stdout that were not JSON objects. */
  readonly otherOutput: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private stderrText = '';
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private waiters = new Set<() => void>();
  private nextId = 0;

  constructor(
    readonly ns: string,
    readonly child: ChildProcess,
  ) {
    child.stderr?.on('data', (d: Buffer) => (this.stderrText += d));
    child.stdin?.on('error', () => {}); // EPIPE when the child died: reported through exited
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let msg: unknown;
      try {
        msg = JSON.parse(line);
      } catch {
        msg = undefined;
      }
      if (msg !== null && typeof msg === 'object' && !Array.isArray(msg)) this.messages.push(msg as Message);
      else this.otherOutput.push(line);
      this.wake();
    });
    this.exited = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        liveChildren.delete(this);
        resolve(this.exitInfo);
        this.wake();
      });
      child.on('error', (err) => {
        this.stderrText += `spawn failed: ${err.message}\n`;
        this.exitInfo = { code: null, signal: null };
        liveChildren.delete(this);
        resolve(this.exitInfo);
        this.wake();
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get stderr(): string {
    return this.stderrText;
  }

  /** Writes one JSON line to the child's stdin. */
  send(msg: Message): void {
    this.child.stdin?.write(`${JSON.stringify(msg)}\n`);
  }

  /**
   * Resolves with the first message (received so far or later) that satisfies `pred`; rejects when the
   * child exits first or after `ms`. Never sleeps a fixed time.
   */
  waitFor<T extends Message = Message>(pred: (m: Message) => boolean, ms = 10_000, what = 'a matching message'): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const hit = this.messages.find(pred);
        if (hit) return done(() => resolve(hit as T));
        if (this.exitInfo) {
          const ex = this.exitInfo;
          return done(() => reject(new Error(`${this.describe()} exited (${ex.signal ?? ex.code}) before ${what}${this.tail()}`)));
        }
      };
      const done = (settle: () => void): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
        settle();
      };
      const timer = setTimeout(
        () => done(() => reject(new Error(`${this.describe()}: no ${what} within ${ms} ms${this.tail()}`))),
        ms,
      );
      this.waiters.add(check);
      check();
    });
  }

  /** Sends `msg` with a fresh `id` and resolves with the reply carrying that id; a reply with `error` rejects. */
  async request<T extends Message = Message>(msg: Message, ms = 10_000): Promise<T> {
    const id = ++this.nextId;
    this.send({ ...msg, id });
    const reply = await this.waitFor<T>((m) => m.id === id, ms, `reply to ${JSON.stringify(msg.op ?? msg)}`);
    if (reply.error !== undefined) throw new Error(`${this.describe()}: ${String(reply.error)}`);
    return reply;
  }

  /** Closes stdin, waits for a clean exit, then SIGTERM, then SIGKILL. Resolves with the exit code. */
  async stop(graceMs = 3000): Promise<number | null> {
    if (!this.exitInfo) {
      this.child.stdin?.end();
      for (const signal of [null, 'SIGTERM', 'SIGKILL'] as const) {
        if (signal) this.child.kill(signal);
        const r = await Promise.race([this.exited, new Promise((res) => setTimeout(res, graceMs).unref())]);
        if (r) break;
      }
    }
    return (await this.exited).code;
  }

  private wake(): void {
    for (const w of [...this.waiters]) w();
  }

  private describe(): string {
    return `child ${this.pid ?? '?'} in ${this.ns}`;
  }

  private tail(): string {
    const err = this.stderrText.trim().split('\n').slice(-15).join('\n');
    return err ? `\nstderr:\n${err}` : '';
  }
}

/**
 * Starts `ip netns exec <ns> node <scriptPath> ...args` (stdin/stdout piped for JSON lines, stderr kept).
 * The child is stopped by the namespace's cleanup() if the test does not stop it first.
 */
export function runInNamespace(ns: string, scriptPath: string, args: readonly string[] = [], env?: NodeJS.ProcessEnv): NsChild {
  if (!liveNamespaces.has(ns)) throw new Error(`${ns} was not created by createVethPair() in this process`);
  const child = spawn('ip', ['netns', 'exec', ns, process.execPath, scriptPath, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: env ?? process.env,
  });
  const c = new NsChild(ns, child);
  liveChildren.add(c);
  return c;
}
