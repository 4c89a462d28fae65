/**
 * Bus → notifications to every client that said Hello. Errors and meter readings go out as they come;
 * EVSE status and display are looked at after anything that may change them and sent only when they did,
 * at most once per EVSE per 250 ms of the appliance clock (a 4 Hz CurrentDemand loop must not flood).
 */
import type { Clock, TimerHandle } from '../shared/clock.js';
import type { EventBus } from '../shared/events.js';
import type { Logger } from '../shared/logger.js';
import type { SessionEvent } from '../shared/ports/charger.js';
import type { AppEvents } from '../shared/ports/events.js';
import type { NotificationName } from './generated/methods.js';
import type { NotificationParams, SessionRecordObj } from './generated/types.js';
import { chargeProtocol, energyCost, rfc3339, toErrorObj, toMeterData, toSessionRecord } from './mapping.js';
import type { ApplianceView } from './view.js';

/** RpcApi: EVSE.StatusChanged at most this often per EVSE. */
export const STATUS_COALESCE_MS = 250;

export interface NotificationSink {
  broadcast(method: string, params: unknown): number;
  /** Someone would receive a notification now (a client said Hello and may read). */
  listening(): boolean;
}

interface Slot {
  status: string;
  display: string;
  hardware: string;
  lastSentAt: number;
  timer: TimerHandle | null;
}

const OWNER = 'api-notifications';

export class ApiNotifier {
  private readonly slots = new Map<number, Slot>();
  private readonly timers = new Set<TimerHandle>();

  constructor(
    private readonly view: ApplianceView,
    private readonly bus: EventBus<AppEvents>,
    private readonly clock: Clock,
    private readonly sink: NotificationSink,
    private readonly log: Logger,
  ) {}

  start(): void {
    for (const ref of this.view.all()) {
      // What a client can Get right after connecting is the baseline: only changes from it are news.
      this.slots.set(ref.evse.id, {
        status: JSON.stringify(this.view.status(ref)),
        display: JSON.stringify(this.view.display(ref)),
        hardware: JSON.stringify(this.view.hardware(ref)),
        lastSentAt: -Infinity,
        timer: null,
      });
    }
    const on = <K extends keyof AppEvents>(event: K, fn: (p: AppEvents[K]) => void): void => {
      this.bus.on(event, OWNER, (p) => this.guard(event, () => fn(p)));
    };
    on('active_errors_changed', (list) => {
      this.send('ChargePoint.ActiveErrorsChanged', { active_errors: list.map(toErrorObj) });
      this.touch(null);
    });
    on('meter_values', ({ evse, reading }) => {
      // Nobody to tell: building the objects would only make garbage (a demo at 600× meters 600 times a second).
      if (!this.sink.listening()) return;
      const ref = this.view.find(evse);
      if (!ref) return;
      this.send('EVSE.MeterDataChanged', { evse_index: evse, meter_data: toMeterData(reading, ref.evse.meter.id, this.view.isDc(ref)) });
      this.touch(evse);
    });
    on('session_event', (e) => {
      this.touch(e.evse);
      if (e.type === 'TransactionFinished') this.later(() => this.sessionFinished(e));
    });
    on('charger_state', ({ evse }) => this.touch(evse));
    on('hlc_status', ({ evse }) => this.touch(evse));
    on('authorization', ({ token }) => this.touch(token.evse ?? null));
  }

  stop(): void {
    this.bus.removeOwner(OWNER);
    for (const s of this.slots.values()) s.timer?.cancel();
    for (const t of this.timers) t.cancel();
    this.timers.clear();
    this.slots.clear();
  }

  /** Something may have changed on this EVSE (null: on all): look once the burst is over. */
  touch(evse: number | null): void {
    // Without listeners the baseline goes stale; the first change after a client arrives is then sent even if
    // the client's own Get already showed it, which is harmless.
    if (!this.sink.listening()) return;
    for (const [id, slot] of this.slots) {
      if (evse !== null && id !== evse) continue;
      if (slot.timer) continue;
      const wait = Math.max(0, slot.lastSentAt + STATUS_COALESCE_MS - this.clock.now());
      slot.timer = this.clock.after(wait, () => {
        slot.timer = null;
        this.guard('status', () => this.flush(id, slot));
      });
    }
  }

  /** The configuration changed live: hardware capabilities may differ (and with them status and display). */
  configChanged(): void {
    for (const [id, slot] of this.slots) {
      const ref = this.view.find(id);
      if (!ref) continue;
      const hardware = this.view.hardware(ref);
      const json = JSON.stringify(hardware);
      if (json === slot.hardware) continue;
      slot.hardware = json;
      this.send('EVSE.HardwareCapabilitiesChanged', { evse_index: id, hardware_capabilities: hardware });
    }
    this.touch(null);
  }

  private flush(id: number, slot: Slot): void {
    const ref = this.view.find(id);
    if (!ref) return;
    const status = this.view.status(ref);
    const display = this.view.display(ref);
    const statusJson = JSON.stringify(status);
    const displayJson = JSON.stringify(display);
    let sent = false;
    if (statusJson !== slot.status) {
      slot.status = statusJson;
      this.send('EVSE.StatusChanged', { evse_index: id, evse_status: status });
      sent = true;
    }
    if (displayJson !== slot.display) {
      slot.display = displayJson;
      this.send('Display.StateChanged', { evse_index: id, display });
      sent = true;
    }
    if (sent) slot.lastSentAt = this.clock.now();
  }

  /** The session as recorded (the history recorder wrote it on the same event); from the event without a database. */
  private sessionFinished(e: SessionEvent): void {
    if (!e.transaction_id) return;
    const { deps } = this.view;
    const stored = deps.sessions()?.get(e.transaction_id);
    let session: SessionRecordObj;
    if (stored) session = toSessionRecord(stored, deps.config.tariff);
    else {
      const ref = this.view.find(e.evse);
      const status = ref?.evse.charger.status();
      const energy = e.energy_Wh ?? 0;
      session = {
        session_id: e.transaction_id,
        evse_index: e.evse,
        started_at: rfc3339(status?.transaction_started_at ?? e.timestamp),
        stopped_at: rfc3339(e.timestamp),
        energy_Wh: energy,
        stop_reason: e.stop_reason ?? 'Other',
        auth_method: this.view.tracker.of(e.evse).authMethod,
        id_token: status?.id_token ?? null,
        protocol: chargeProtocol(true, this.view.tracker.of(e.evse).hlc),
        cost: energyCost(energy, deps.config.tariff),
      };
    }
    this.send('History.SessionFinished', { session });
  }

  private send<N extends NotificationName>(method: N, params: NotificationParams[N]): void {
    this.sink.broadcast(method, params);
  }

  /** Runs fn on the clock after the current event: the publisher has finished its transition by then. */
  private later(fn: () => void): void {
    const t = this.clock.after(0, () => {
      this.timers.delete(t);
      this.guard('deferred', fn);
    });
    this.timers.add(t);
  }

  /** Runs inside the publisher's call (the charger, the error manager): a bug here is logged, never thrown back. */
  private guard(what: string, fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.log.error(`API notifications (${what}): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
}
