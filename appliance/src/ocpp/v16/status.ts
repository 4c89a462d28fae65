/**
 * StatusNotification: the state of each connector (1.6 connectorId = EVSE id; 0 = the station) from the
 * charger's state, its errors and the availability the CSMS set. Sent on every change while online and
 * for every connector each time the boot is accepted. Transient: a status that could not be sent is
 * superseded by the next one anyway.
 */
import type { ChargerState } from '../../shared/ports/charger.js';
import type { ErrorRecord } from '../../shared/ports/errors.js';
import { catalogueEntry } from '../../errors/index.js';
import type { MapperContext } from '../ports.js';
import { csmsTime, iso } from './convert.js';
import type { ChargePointErrorCode, ChargePointStatus, StatusNotificationReq } from './messages.js';

const OWNER = 'ocpp-v16-status';

/** ampbox error types → 1.6 ChargePointErrorCode; anything else is OtherError. */
const ERROR_CODES: Record<string, ChargePointErrorCode> = {
  'bsp/RcdTrip': 'GroundFailure',
  'dc/IsolationFault': 'GroundFailure',
  'bsp/LockFailure': 'ConnectorLockFailure',
  'bsp/ContactorWelded': 'PowerSwitchFailure',
  'bsp/Overcurrent': 'OverCurrentFailure',
  'bsp/DiodeFault': 'EVCommunicationError',
  'bsp/CpShort': 'EVCommunicationError',
  'bsp/CpInvalidState': 'EVCommunicationError',
  'v2g/SessionFailed': 'EVCommunicationError',
  'evse/MeterCommunicationFault': 'PowerMeterFailure',
  'supervisor/CapabilityFailed': 'InternalError',
  'supervisor/DatabaseUnavailable': 'InternalError',
};

export function errorCodeOf(type: string): ChargePointErrorCode {
  return ERROR_CODES[type] ?? 'OtherError';
}

const STATE_STATUS: Record<ChargerState, ChargePointStatus> = {
  Disabled: 'Unavailable',
  Idle: 'Available',
  WaitingForAuthentication: 'Preparing',
  PrepareCharging: 'Preparing',
  Charging: 'Charging',
  ChargingPausedEV: 'SuspendedEV',
  ChargingPausedEVSE: 'SuspendedEVSE',
  StoppingCharging: 'Finishing',
  Finished: 'Finishing',
};

export interface ConnectorView {
  state: ChargerState | null;
  /** Set by ChangeAvailability (Inoperative). */
  inoperative: boolean;
  /** An accepted idTag waits on this connector for a vehicle (1.6 §4.9 transition A2). */
  preparing?: boolean;
  /** Active errors of this connector (of the station for connector 0). */
  errors: Array<Pick<ErrorRecord, 'type'> & { blocking: boolean }>;
}

/**
 * The status of one connector (pure, for tests): a blocking error makes it Faulted; an Inoperative
 * connector is Unavailable; otherwise the charger's state decides. A non-blocking error is reported as
 * the errorCode of the otherwise normal status (1.6 allows that as a warning).
 */
export function connectorStatus(view: ConnectorView): Pick<StatusNotificationReq, 'status' | 'errorCode' | 'info'> {
  const blocking = view.errors.find((e) => e.blocking);
  const shown = blocking ?? view.errors[0];
  let status: ChargePointStatus;
  if (blocking) status = 'Faulted';
  else if (view.state === null) status = view.inoperative ? 'Unavailable' : 'Available';
  else if (view.inoperative && (view.state === 'Idle' || view.state === 'Disabled')) status = 'Unavailable';
  else if (view.state === 'Idle' && view.preparing) status = 'Preparing';
  else status = STATE_STATUS[view.state];
  if (!shown) return { status, errorCode: 'NoError' };
  return { status, errorCode: errorCodeOf(shown.type), info: shown.type.slice(0, 50) };
}

export class StatusReporter {
  private readonly lastSent = new Map<number, string>();
  /** Each connector's status as last seen and since when (our clock), offline too. */
  private readonly observed = new Map<number, { key: string; since: number }>();
  private activeErrors: ErrorRecord[] = [];
  private scheduled = false;
  private readonly unsubscribers: Array<() => void> = [];

  constructor(
    private readonly ctx: MapperContext,
    private readonly inoperative: (connectorId: number) => boolean,
    /**
     * True while the connector's StartTransaction or StopTransaction waits for its answer: its status
     * waits too, so the CSMS hears of a transaction before it hears Charging, and of its end before Available.
     */
    private readonly held: (connectorId: number) => boolean = () => false,
    /** An accepted idTag waits on the connector for a vehicle (waiting-token.ts). */
    private readonly preparing: (connectorId: number) => boolean = () => false,
  ) {}

  start(): void {
    const { bus } = this.ctx;
    this.unsubscribers.push(
      bus.on('charger_state', OWNER, () => this.changed()),
      bus.on('active_errors_changed', OWNER, (errors) => {
        this.activeErrors = errors;
        this.changed();
      }),
      // A reconnect after an accepted boot brings no new boot: what changed while offline goes now.
      this.ctx.link.onConnected(() => this.changed()),
    );
  }

  stop(): void {
    for (const u of this.unsubscribers.splice(0)) u();
  }

  /** Connector ids: 0 (the station) and one per EVSE. */
  connectorIds(): number[] {
    return [0, ...this.ctx.evses.map((e) => e.id)];
  }

  /**
   * The StatusNotification payload for a connector now, or null for an unknown connector. Its timestamp is
   * "the time for which the status is reported" (StatusNotification.req): when the connector entered it,
   * not when the message goes (a status held for a transaction message or changed while offline goes later).
   */
  payload(connectorId: number): StatusNotificationReq | null {
    const view = this.view(connectorId);
    if (!view) return null;
    const status = connectorStatus(view);
    const since = this.observe(connectorId, keyOf(status));
    return { connectorId, ...status, timestamp: iso(csmsTime(this.ctx, since)) };
  }

  /**
   * 1.6 §3.5.3: the Central System judged an idTag of the local list otherwise than the list. Reported once,
   * now, with connector 0's status and errorCode LocalListConflict; connector 0 is reported as usual after.
   */
  reportLocalListConflict(idTag: string): void {
    const current = this.payload(0);
    if (!current || !this.ctx.sender.online) return;
    const payload: StatusNotificationReq = { ...current, errorCode: 'LocalListConflict', info: `local list: ${idTag}`.slice(0, 50), timestamp: iso(this.ctx.now()) };
    this.ctx.log.warn(`the CSMS's answer for ${idTag} contradicts the local list`);
    this.ctx.sender.send('StatusNotification', payload).catch((err: Error) => this.ctx.log.debug(`LocalListConflict not sent: ${err.message}`));
  }

  /** Sends every connector's status (after a boot), or one's (TriggerMessage). */
  sendAll(only?: number): void {
    for (const id of only === undefined ? this.connectorIds() : [only]) this.send(id, true);
  }

  /** Something changed (or a held status may go now): after the current burst settles, send what differs. */
  changed(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // A transition's entry action may hand over to another state at once; report where it ends.
    queueMicrotask(() => {
      this.scheduled = false;
      if (this.ctx.sender.online) for (const id of this.connectorIds()) this.send(id, false);
      // Offline: only noted, so that the status goes with the time it began once the link is back.
      else for (const id of this.connectorIds()) this.payload(id);
    });
  }

  private send(connectorId: number, force: boolean): void {
    const payload = this.payload(connectorId);
    if (!payload) return;
    const key = keyOf(payload);
    if (!force && this.lastSent.get(connectorId) === key) return;
    if (!this.ctx.sender.online || (connectorId !== 0 && this.held(connectorId))) return;
    this.lastSent.set(connectorId, key);
    this.ctx.sender.send('StatusNotification', payload).catch((err: Error) => {
      // Not sent: forget it, so the next change or boot sends the state of then.
      if (this.lastSent.get(connectorId) === key) this.lastSent.delete(connectorId);
      this.ctx.log.debug(`StatusNotification ${connectorId} not sent: ${err.message}`);
    });
  }

  /** When the connector entered the status with this key (now, if it just did). */
  private observe(connectorId: number, key: string): number {
    const seen = this.observed.get(connectorId);
    if (seen && seen.key === key) return seen.since;
    const since = this.ctx.clock.now();
    this.observed.set(connectorId, { key, since });
    return since;
  }

  private view(connectorId: number): ConnectorView | null {
    const errorsOf = (match: (e: ErrorRecord) => boolean): ConnectorView['errors'] =>
      this.activeErrors.filter(match).map((e) => ({ type: e.type, blocking: catalogueEntry(e.type)?.blocks_charging ?? false }));
    if (connectorId === 0) {
      return { state: null, inoperative: this.inoperative(0), errors: errorsOf((e) => e.origin.evse_index === undefined) };
    }
    const evse = this.ctx.evses.find((e) => e.id === connectorId);
    if (!evse) return null;
    const status = evse.charger.status();
    const errors = errorsOf((e) => e.origin.evse_index === connectorId);
    // The charger's own view of blocking errors also covers the time before the first error event reached us.
    for (const type of status.blocking_errors) if (!errors.some((e) => e.type === type)) errors.unshift({ type, blocking: true });
    return { state: status.state, inoperative: this.inoperative(connectorId), preparing: this.preparing(connectorId), errors };
  }
}

function keyOf(s: Pick<StatusNotificationReq, 'status' | 'errorCode' | 'info'>): string {
  return `${s.status}/${s.errorCode}/${s.info ?? ''}`;
}
