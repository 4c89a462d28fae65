/**
 * Starts capabilities in dependency order and stops them in reverse, each stop bounded by what is left
 * of one overall deadline. A capability that fails to start stops the ones already started.
 */
import type { Logger } from '../shared/logger.js';

export type CapabilityState = 'built' | 'starting' | 'running' | 'stopping' | 'stopped' | 'failed';

export interface Capability {
  readonly name: string;
  /** Names of capabilities that must be running before this one starts. */
  readonly after: readonly string[];
  start(signal: AbortSignal): Promise<void> | void;
  stop(): Promise<void> | void;
}

export class StartError extends Error {
  constructor(
    readonly capability: string,
    override readonly cause: unknown,
  ) {
    super(`capability ${capability} failed to start: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StartError';
  }
}

/** Orders capabilities so each comes after everything it names; throws on unknown names and cycles. */
export function startOrder(caps: readonly Capability[]): Capability[] {
  const byName = new Map(caps.map((c) => [c.name, c]));
  const out: Capability[] = [];
  const mark = new Map<string, 'visiting' | 'done'>();
  const visit = (c: Capability, path: string[]): void => {
    const m = mark.get(c.name);
    if (m === 'done') return;
    if (m === 'visiting') throw new Error(`capability dependency cycle: ${[...path, c.name].join(' -> ')}`);
    mark.set(c.name, 'visiting');
    for (const dep of c.after) {
      const d = byName.get(dep);
      if (!d) throw new Error(`capability ${c.name} needs unknown capability ${dep}`);
      visit(d, [...path, c.name]);
    }
    mark.set(c.name, 'done');
    out.push(c);
  };
  for (const c of caps) visit(c, []);
  return out;
}

export class Lifecycle {
  readonly states = new Map<string, CapabilityState>();
  private readonly ordered: Capability[];
  private readonly abort = new AbortController();
  private started: Capability[] = [];

  constructor(
    caps: readonly Capability[],
    private readonly log: Logger,
  ) {
    this.ordered = startOrder(caps);
    for (const c of this.ordered) this.states.set(c.name, 'built');
  }

  get order(): string[] {
    return this.ordered.map((c) => c.name);
  }

  async start(): Promise<void> {
    for (const c of this.ordered) {
      this.states.set(c.name, 'starting');
      try {
        await c.start(this.abort.signal);
      } catch (err) {
        this.states.set(c.name, 'failed');
        this.log.error(`${c.name} failed to start: ${(err as Error).message}`);
        await this.stop(5000);
        throw new StartError(c.name, err);
      }
      this.started.push(c);
      this.states.set(c.name, 'running');
      this.log.debug(`${c.name} running`);
    }
  }

  /** Stops in reverse start order; resolves false when the deadline passed before all had stopped. */
  async stop(deadlineMs: number): Promise<boolean> {
    this.abort.abort();
    const end = Date.now() + deadlineMs;
    let inTime = true;
    for (const c of this.started.splice(0).reverse()) {
      this.states.set(c.name, 'stopping');
      const left = end - Date.now();
      // Once one stop has used up the deadline, the rest are skipped: the process is about to be forced down.
      if (!inTime || left <= 0) {
        inTime = false;
        this.log.error(`stop deadline passed before ${c.name} was stopped`);
        continue;
      }
      const ok = await withTimeout(Promise.resolve().then(() => c.stop()), left).catch((err: unknown) => {
        this.log.error(`${c.name} failed to stop cleanly: ${(err as Error).message}`);
        return true;
      });
      if (!ok) {
        inTime = false;
        this.log.error(`${c.name} did not stop within the deadline`);
      }
      this.states.set(c.name, 'stopped');
    }
    return inTime;
  }
}

async function withTimeout(p: Promise<unknown>, ms: number): Promise<boolean> {
  let t: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (t = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([p.then(() => true), timeout]);
  } finally {
    clearTimeout(t);
  }
}
