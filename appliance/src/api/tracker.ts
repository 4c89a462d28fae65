/**
 * What the API remembers from the bus about each EVSE, beyond what the charger's status says: the state by
 * the last session event, the V2G session's report, the first state of charge, how the session was
 * authorized, a refused card, a card accepted before the plug-in. Only facts; mapping.ts makes objects.
 */
import type { Clock } from '../shared/clock.js';
import type { EventBus } from '../shared/events.js';
import type { Logger } from '../shared/logger.js';
import type { ChargerStatus, SessionEvent } from '../shared/ports/charger.js';
import type { AppEvents } from '../shared/ports/events.js';
import type { HlcReport } from '../shared/ports/hlc.js';
import type { EVSEStateEnum } from './generated/types.js';
import { stateAfter, stateOfCharger } from './mapping.js';

export interface EvseFacts {
  state: EVSEStateEnum;
  hlc: HlcReport | null;
  startSoc: number | null;
  authMethod: string | null;
  refused: { reason: string; until: number } | null;
  authorizing: boolean;
}

export interface TrackedCharger {
  readonly evse: number;
  status(): ChargerStatus;
}

const OWNER = 'api-tracker';

export class EvseTracker {
  private readonly facts = new Map<number, EvseFacts>();
  /** A token accepted with no vehicle waiting: the auth manager keeps it for the next plug-in until `until`. */
  private pendingToken: { evse: number | null; until: number } | null = null;

  constructor(
    private readonly bus: EventBus<AppEvents>,
    private readonly clock: Pick<Clock, 'now'>,
    private readonly chargers: readonly TrackedCharger[],
    private readonly authTimeoutMs: number,
    private readonly log: Logger,
  ) {}

  start(): void {
    for (const c of this.chargers) {
      const s = c.status();
      this.facts.set(c.evse, { state: stateOfCharger(s.state), hlc: null, startSoc: null, authMethod: null, refused: null, authorizing: false });
    }
    this.bus.on('session_event', OWNER, (e) => this.guard(() => this.onSessionEvent(e)));
    this.bus.on('hlc_status', OWNER, (h) => this.guard(() => this.onHlc(h.evse, h.report)));
    this.bus.on('authorization', OWNER, (a) => this.guard(() => this.onAuthorization(a)));
  }

  stop(): void {
    this.bus.removeOwner(OWNER);
  }

  of(evse: number): EvseFacts {
    const f = this.facts.get(evse);
    if (!f) throw new RangeError(`no EVSE ${evse}`);
    const now = this.clock.now();
    // A refusal is news for one authorization timeout, not forever.
    return f.refused && f.refused.until < now ? { ...f, refused: null } : f;
  }

  /** Whether a card accepted before the plug-in is waiting for a vehicle at this EVSE. */
  awaitingPlug(evse: number): boolean {
    const p = this.pendingToken;
    return p !== null && p.until >= this.clock.now() && (p.evse === null || p.evse === evse);
  }

  /** A token is handed to the auth manager for this EVSE (null: whichever waits); cleared by its verdict. */
  markAuthorizing(evse: number | null): void {
    for (const [id, f] of this.facts) if (evse === null || evse === id) f.authorizing = true;
  }

  private onSessionEvent(e: SessionEvent): void {
    const f = this.facts.get(e.evse);
    if (!f) return;
    f.state = stateAfter(e, f.state);
    switch (e.type) {
      case 'SessionStarted':
        Object.assign(f, { hlc: null, startSoc: null, authMethod: null, refused: null });
        break;
      case 'Authorized':
      case 'TransactionStarted':
        f.authMethod = e.auth_method ?? f.authMethod;
        f.refused = null;
        if (e.type === 'Authorized') this.pendingToken = null;
        break;
      case 'SessionFinished':
        Object.assign(f, { hlc: null, startSoc: null, authMethod: null, authorizing: false });
        break;
      default:
        break;
    }
  }

  private onHlc(evse: number, report: HlcReport): void {
    const f = this.facts.get(evse);
    const charger = this.chargers.find((c) => c.evse === evse);
    // A late report (the session ending after the unplug) must not bring back the last vehicle's figures.
    if (!f || !charger?.status().session_id) return;
    if (report.stage === 'SessionSetup') f.startSoc = null;
    f.hlc = report;
    if (f.startSoc === null && report.soc_pct !== undefined) f.startSoc = report.soc_pct;
  }

  private onAuthorization(a: AppEvents['authorization']): void {
    const forEvse = a.token.evse ?? null;
    for (const [id, f] of this.facts) {
      if (forEvse !== null && forEvse !== id) continue;
      f.authorizing = false;
      if (a.result.status !== 'Accepted') f.refused = { reason: a.result.status, until: this.clock.now() + this.authTimeoutMs };
    }
    if (a.result.status === 'Accepted' && a.evse === null) this.pendingToken = { evse: forEvse, until: this.clock.now() + this.authTimeoutMs };
  }

  /** Runs inside the publisher's call: a bug here must never reach the charger that published. */
  private guard(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.log.error(`API tracker: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
}
