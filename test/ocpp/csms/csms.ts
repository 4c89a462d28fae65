/**
 * The test CSMS: owns the server, the stations (by identity, kept across reconnects), the record of every
 * frame and violation, the scripted responders, and the waiters tests block on.
 */
import type { WebSocket } from 'ws';
import type { CsmsOptions, CsmsStation, FrameRecord, ReceivedCall, Responder, TestCsms, Violation } from './api.js';
import type { BootStatus } from './boot-ledger.js';
import { DEFAULT_ACCEPTED_TOKENS } from './default-replies.js';
import type { InboundCall } from './inbound.js';
import { OcppSchemas } from './schemas.js';
import { startServer, type CsmsServer, type Handshake } from './server.js';
import { Station, type CsmsCore } from './station.js';
import { Waiters } from './waiters.js';

const DEFAULT_TIMEOUT_MS = 10_000;

class Csms implements TestCsms, CsmsCore {
  readonly frames: FrameRecord[] = [];
  readonly violations: Violation[] = [];
  readonly schemas = new OcppSchemas();
  private readonly received_: InboundCall[] = [];
  private readonly stations = new Map<string, Station>();
  private readonly scripts = new Map<string, Responder[]>();
  private readonly waiters = new Waiters();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly acceptedTokens: Set<string>;
  private readonly bootList: Array<{ status: BootStatus; interval: number }>;
  private refusing = false;
  private connections = 0;
  private transactionIds = 0;
  private server: CsmsServer | null = null;

  constructor(private readonly opts: CsmsOptions) {
    this.acceptedTokens = new Set([...DEFAULT_ACCEPTED_TOKENS, ...(opts.acceptedTokens ?? [])].map((t) => t.toUpperCase()));
    this.bootList = opts.boot?.length ? opts.boot : [{ status: 'Accepted', interval: 300 }];
  }

  async listen(): Promise<void> {
    this.server = await startServer(this.opts, {
      refusing: () => this.refusing,
      connected: (ws, handshake) => this.connected(ws, handshake),
    });
  }

  get url(): string {
    return this.running().url;
  }

  get port(): number {
    return this.running().port;
  }

  get uploadUrl(): string {
    return this.url.replace(/^ws/, 'http').replace(/\/ocpp$/, '/upload');
  }

  uploads(): Array<{ name: string; body: Buffer }> {
    return [...this.running().uploads];
  }

  calls(action?: string, identity?: string): ReceivedCall[] {
    return this.received_.filter((c) => (action === undefined || c.action === action) && (identity === undefined || c.identity === identity));
  }

  waitForCall(action: string, match?: (c: ReceivedCall) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ReceivedCall> {
    return this.waiters.until(() => this.received_.find((c) => c.action === action && (!match || match(c))), timeoutMs, `a ${action} call`);
  }

  waitForStation(identity?: string, opts?: { booted?: boolean; timeoutMs?: number }): Promise<CsmsStation> {
    const ready = (s: Station): boolean => s.connected && (!opts?.booted || s.bootStatus === 'Accepted');
    const probe = (): Station | undefined => (identity !== undefined ? [this.stations.get(identity)].find((s) => s && ready(s)) : [...this.stations.values()].find(ready));
    const what = `station ${identity ?? '(any)'}${opts?.booted ? ' booted' : ''}`;
    return this.waiters.until(probe, opts?.timeoutMs ?? DEFAULT_TIMEOUT_MS, what);
  }

  station(identity: string): CsmsStation | undefined {
    return this.stations.get(identity);
  }

  onCall(action: string, responder: Responder): () => void {
    const list = this.scripts.get(action) ?? [];
    list.push(responder);
    this.scripts.set(action, list);
    return () => {
      const i = list.indexOf(responder);
      if (i >= 0) list.splice(i, 1);
    };
  }

  refuseConnections(refuse: boolean): void {
    this.refusing = refuse;
  }

  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const lines = this.violations.map((v) => `  [${v.rule}] ${v.identity}: ${v.detail}${v.frame ? `\n      ${v.frame.slice(0, 300)}` : ''}`);
    throw new Error(`test CSMS saw ${this.violations.length} violation(s):\n${lines.join('\n')}`);
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.waiters.rejectAll('test CSMS closed');
    await this.server?.close();
  }

  // ---- CsmsCore

  now(): number {
    return this.opts.clock ? this.opts.clock.now() : Date.now();
  }

  record(frame: FrameRecord): void {
    this.frames.push(frame);
  }

  violate(violation: Violation): void {
    this.violations.push(violation);
  }

  received(call: InboundCall): void {
    this.received_.push(call);
    this.changed();
  }

  responders(action: string): Responder[] {
    return [...(this.scripts.get(action) ?? [])].reverse();
  }

  bootAnswers(): Array<{ status: BootStatus; interval: number }> {
    return this.bootList;
  }

  nextTransactionId(): number {
    return ++this.transactionIds;
  }

  accepts(token: string): boolean {
    return this.acceptedTokens.has(token.toUpperCase());
  }

  later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
  }

  changed(): void {
    this.waiters.changed();
  }

  private connected(ws: WebSocket, handshake: Handshake): void {
    let station = this.stations.get(handshake.identity);
    if (!station) {
      station = new Station(handshake.identity, this, handshake.version);
      this.stations.set(handshake.identity, station);
    }
    station.attach(ws, handshake, ++this.connections);
    this.changed();
  }

  private running(): CsmsServer {
    if (!this.server) throw new Error('test CSMS is not listening');
    return this.server;
  }
}

export async function startCsms(opts: CsmsOptions = {}): Promise<TestCsms> {
  const csms = new Csms(opts);
  await csms.listen();
  return csms;
}
