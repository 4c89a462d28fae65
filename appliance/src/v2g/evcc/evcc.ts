/**
 * The EVCC simulator: drives one V2G session from the vehicle side over a V2gConnection (TCP client or an
 * in-memory pair), on the injected clock.
 *
 *   supportedAppProtocolReq → SessionSetup → ServiceDiscovery → payment selection → authorization (repeated
 *   while Ongoing) → ChargeParameterDiscovery (repeated while Ongoing) → DC: CableCheck (while Ongoing) →
 *   PreCharge (until the EVSE's voltage matches the pack) → PowerDelivery start → CurrentDemand loop |
 *   AC: PowerDelivery start with a ChargingProfile → ChargingStatus loop → PowerDelivery stop →
 *   DC: WeldingDetection → SessionStop (Terminate or Pause).
 *
 * The loop ends at the battery's target SoC, on an EV-side `stop()`, or when the EVSE says StopCharging /
 * EVSE_Shutdown / EVSE_EmergencyShutdown; an ISO-2 ReNegotiation goes PowerDelivery Renegotiate →
 * ChargeParameterDiscovery → PowerDelivery start. A FAILED answer ends the EV's session (the SECC closes
 * the connection; the EV closes it after `close_wait_ms` if the SECC does not). Every wait is a timer on
 * the injected clock: pacing gaps, V2G_EVCC_Msg_Timeout per request, Ongoing / CableCheck / PreCharge bounds.
 */
import { encode, PayloadType } from '../exi/index.js';
import type { Clock, TimerHandle } from '../../shared/clock.js';
import type { V2gConnection } from '../session/connection.js';
import { Battery, type BatterySpec } from './battery.js';
import { DEFAULT_TIMING, type EvccEvent, type EvccOptions, type EvccOutcome, type EvccProtocol, type EvccResult } from './config.js';
import type { EvccStage, EvccStatus, EvccTiming, FaultSpec } from './config.js';
import { faultAction, faultDue } from './faults.js';
import { readLoopAnswer } from './loop.js';
import { appProtocolOffers, buildRequest, energyMode, evseStatus, learnChargeParameters, num, readHandshake, readResponse, UNKNOWN_EVSE, type EvseView, type RequestContext } from './requests.js';

const ZERO = '0000000000000000';
/** Stages whose answer only leads on (ResponseCode OK is all the EV checks). */
const SIMPLE_NEXT = { SessionSetup: 'ServiceDiscovery', ServiceDiscovery: 'PaymentSelection', PaymentSelection: 'Authorization' } as const;

type Gap = 'gap' | 'ongoing' | 'loop';

export class Evcc {
  readonly battery: Battery;
  readonly timing: EvccTiming;
  /** Every response code seen, in order ('supportedAppProtocolRes' first), with the EVSE status it carried. */
  readonly responses: Array<{ name: string; code: string; status_code?: string; notification?: string }> = [];
  readonly done: Promise<EvccOutcome>;

  private readonly opts: EvccOptions;
  private readonly fault: FaultSpec | null;
  private conn: V2gConnection | null = null;
  private closed = false;
  private protocol: EvccProtocol | null = null;
  private schemaIds = new Map<number, EvccProtocol>();
  private stage: EvccStage = 'Idle';
  private stageSince = 0;
  private stageCount = 0;
  private sessionId: string;
  private evse: EvseView = UNKNOWN_EVSE;
  private present = { V: 0, A: 0 };
  private target = { V: 0, A: 0 };
  private expected: string | null = null;
  private msgTimer: TimerHandle | null = null;
  private nextTimer: TimerHandle | null = null;
  private closeTimer: TimerHandle | null = null;
  private lastSample: number | null = null;
  private stopReason: string | null = null;
  private renegotiating = false;
  private faultDone = false;
  private vanished = false;
  private result: EvccOutcome | null = null;
  private readonly listeners: Array<(e: EvccEvent) => void> = [];
  private resolveDone: (o: EvccOutcome) => void = () => {};

  constructor(
    private readonly clock: Clock,
    battery: Battery | Partial<BatterySpec> = {},
    opts: EvccOptions = {},
  ) {
    this.battery = battery instanceof Battery ? battery : new Battery(battery);
    this.opts = opts;
    this.timing = { ...DEFAULT_TIMING, ...(opts.timing ?? {}) };
    this.fault = typeof opts.fault === 'string' ? { kind: opts.fault } : (opts.fault ?? null);
    this.sessionId = (opts.resume_session_id ?? ZERO).toLowerCase();
    this.done = new Promise((resolve) => (this.resolveDone = resolve));
  }

  on(listener: (e: EvccEvent) => void): void {
    this.listeners.push(listener);
  }

  get outcome(): EvccOutcome | null {
    return this.result;
  }

  /** Stage, SoC, energy, present and target values, for tests, the CLI and the simulated board's status. */
  get status(): EvccStatus {
    const { protocol, stage, sessionId: session_id, present, target, battery } = this;
    const live = { present_voltage_V: present.V, present_current_A: present.A, target_voltage_V: target.V, target_current_A: target.A };
    return { protocol, stage, session_id, soc_pct: battery.soc_pct, energy_Wh: battery.energy_Wh, ...live };
  }

  /** Starts the session on a fresh connection: sends supportedAppProtocolReq. */
  start(conn: V2gConnection): void {
    if (this.conn) throw new Error('Evcc.start: already started');
    this.conn = conn;
    conn.onMessage((type, payload) => this.onMessage(type, payload));
    conn.onClose((reason) => this.onClose(reason));
    const { doc, schemaIds } = appProtocolOffers(this.opts.protocols ?? ['iso2', 'din'], this.opts.extra_offers ?? []);
    this.schemaIds = schemaIds;
    this.enter('SupportedAppProtocol');
    this.transmit('supportedAppProtocolReq', 'supportedAppProtocolRes', encode('appProtocol', doc), this.timing.communication_setup_ms);
  }

  /** Asks for an orderly EV-side stop: the next loop step is PowerDelivery stop. */
  stop(reason = 'EV stop'): void {
    this.stopReason ??= reason;
  }

  private get mode() {
    return energyMode(this.opts, this.protocol, this.battery);
  }
  private get dc(): boolean {
    return this.mode.startsWith('DC_');
  }
  private get loopStage(): EvccStage {
    return this.dc ? 'CurrentDemand' : 'ChargingStatus';
  }

  private context(): RequestContext {
    return {
      protocol: this.protocol ?? 'din',
      mode: this.mode,
      battery: this.battery,
      evcc_id: this.opts.evcc_id ?? '020000aabbcc',
      evse: this.evse,
      target_voltage_V: this.target.V,
      target_current_A: this.target.A,
      pre_charge_current_A: this.opts.pre_charge_current_A ?? 2,
      complete: this.stopReason !== null,
      stop_mode: this.opts.stop_mode === 'pause' && this.protocol === 'iso2' ? 'pause' : 'terminate',
    };
  }

  private schedule(stage: EvccStage, gap: Gap): void {
    const ms = gap === 'loop' ? this.timing.loop_gap_ms : gap === 'ongoing' ? this.timing.ongoing_gap_ms : this.timing.gap_ms;
    this.nextTimer = this.clock.after(ms, () => {
      this.nextTimer = null;
      this.sendStage(stage);
    });
  }

  private sendStage(stage: EvccStage): void {
    if (this.result) return;
    if (stage !== this.stage) this.enter(stage);
    if (stage === 'PreCharge') this.target = { V: Math.round(this.battery.ocv_V() * 10) / 10, A: this.opts.pre_charge_current_A ?? 2 };
    if (stage === 'CurrentDemand') {
      const a = this.stopReason ? 0 : this.battery.dcTarget_A(this.evse);
      this.target = { V: Math.round(this.battery.terminal_V(a) * 10) / 10, A: a };
    }
    if (this.injectFault(stage)) return;
    this.stageCount++;
    const { name, body } = buildRequest(stage, this.context());
    this.request(name, body, this.sessionId, stage === 'CurrentDemand' ? this.timing.current_demand_timeout_ms : this.timing.msg_timeout_ms);
  }

  private request(name: string, body: Record<string, unknown>, sessionId: string, timeout_ms: number): void {
    const schema = this.protocol ?? 'din';
    const bytes = encode(schema, { V2G_Message: { Header: { SessionID: sessionId }, Body: { [name]: body } } });
    this.transmit(name, name.replace(/Req$/, 'Res'), bytes, timeout_ms);
  }

  /** Sends one request and waits for `expected` ('*': anything) at most `timeout_ms`. */
  private transmit(name: string, expected: string, bytes: Uint8Array, timeout_ms: number): void {
    this.expected = expected;
    this.emit({ type: 'request', name });
    this.arm(timeout_ms);
    this.send(bytes);
  }

  /** Replaces the regular request with the configured fault; true when it did. */
  private injectFault(stage: EvccStage): boolean {
    const f = this.fault;
    if (!f || this.faultDone || !faultDue(f, stage, this.loopStage, this.stageCount)) return false;
    this.faultDone = true;
    const action = faultAction(f, stage, this.sessionId);
    switch (action.do) {
      case 'request': {
        const { name, body } = buildRequest(action.stage, this.context());
        this.request(name, body, action.session_id, this.timing.msg_timeout_ms);
        break;
      }
      case 'garbage':
        this.transmit('garbage', '*', action.bytes, this.timing.msg_timeout_ms);
        break;
      case 'silence':
        this.expected = null;
        break;
      case 'drop':
        this.finish('aborted', 'fault tcp-drop: the EV closed the connection');
        this.closeConn('tcp-drop');
        break;
      case 'vanish':
        this.vanished = true;
        this.finish('aborted', 'fault vanish: the EV is gone without closing');
        break;
      case 'stop':
        this.stop(`EV-side stop (fault ${f.kind})`);
        this.sendStage('PowerDeliveryStop');
        break;
    }
    return true;
  }

  // ---- receiving --------------------------------------------------------------------------------------

  private onMessage(type: number, payload: Uint8Array): void {
    if (this.vanished || this.result || this.expected === null) return;
    this.disarm();
    if (type !== PayloadType.Exi) return this.fail(`unexpected V2GTP payload type 0x${type.toString(16)}`);
    if (this.stage === 'SupportedAppProtocol') return this.onHandshake(payload);
    let name: string, res: Record<string, unknown>, header: string;
    try {
      ({ name, res, session_id: header } = readResponse(this.protocol!, payload));
    } catch (e) {
      return this.fail(`undecodable response: ${e instanceof Error ? e.message : String(e)}`);
    }
    const code = typeof res.ResponseCode === 'string' ? res.ResponseCode : '';
    const st = evseStatus(res);
    const status = st ? { notification: st.notification, ...(st.code !== undefined ? { status_code: st.code } : {}) } : {};
    this.responses.push({ name, code, ...status });
    this.emit({ type: 'response', name, code, ...status });
    if (code.startsWith('FAILED')) return this.failedBySecc(name, code);
    if (this.expected !== '*' && name !== this.expected) return this.fail(`expected ${this.expected}, got ${name}`);
    if (this.stage === 'SessionSetup') this.sessionId = header;
    this.advance(res);
  }

  private onHandshake(payload: Uint8Array): void {
    let code: string, schemaId: number | undefined;
    try {
      ({ code, schemaId } = readHandshake(payload));
    } catch (e) {
      return this.fail(`undecodable supportedAppProtocolRes: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.responses.push({ name: 'supportedAppProtocolRes', code });
    this.emit({ type: 'response', name: 'supportedAppProtocolRes', code });
    const chosen = schemaId !== undefined ? this.schemaIds.get(schemaId) : undefined;
    if (!code.startsWith('OK') || !chosen) return this.failedBySecc('supportedAppProtocolRes', code || 'Failed_NoNegotiation');
    this.protocol = chosen;
    this.schedule('SessionSetup', 'gap');
  }

  /** Decides the next request from the answer to the current stage. */
  private advance(res: Record<string, unknown>): void {
    const ongoing = res.EVSEProcessing === 'Ongoing';
    const now = this.clock.now();
    switch (this.stage) {
      case 'SessionSetup':
      case 'ServiceDiscovery':
      case 'PaymentSelection':
        return this.schedule(SIMPLE_NEXT[this.stage], 'gap');
      case 'Authorization':
        if (ongoing) return this.repeat(this.timing.ongoing_timeout_ms);
        return this.schedule('ChargeParameterDiscovery', 'gap');
      case 'ChargeParameterDiscovery':
        this.evse = learnChargeParameters(this.evse, res);
        if (ongoing) return this.repeat(this.timing.ongoing_timeout_ms);
        return this.schedule(!this.dc || this.renegotiating ? 'PowerDeliveryStart' : 'CableCheck', 'gap');
      case 'CableCheck':
        if (ongoing) return this.repeat(this.timing.cable_check_timeout_ms);
        return this.schedule('PreCharge', 'gap');
      case 'PreCharge': {
        this.present = { V: num(res.EVSEPresentVoltage), A: 0 };
        const tolerance = this.opts.pre_charge_tolerance_V ?? 10;
        if (Math.abs(this.present.V - this.target.V) <= tolerance) return this.schedule('PowerDeliveryStart', 'gap');
        return this.repeat(this.timing.pre_charge_timeout_ms);
      }
      case 'PowerDeliveryStart':
        this.renegotiating = false;
        this.lastSample = now;
        return this.schedule(this.loopStage, 'gap');
      case 'CurrentDemand':
      case 'ChargingStatus':
        return this.loop(res, now);
      case 'PowerDeliveryRenegotiate':
        this.renegotiating = true;
        return this.schedule('ChargeParameterDiscovery', 'gap');
      case 'PowerDeliveryStop':
        this.present = { ...this.present, A: 0 };
        return this.schedule(this.dc ? 'WeldingDetection' : 'SessionStop', 'gap');
      case 'WeldingDetection': {
        this.present = { V: num(res.EVSEPresentVoltage), A: 0 };
        const safe = this.present.V < (this.opts.welding_safe_V ?? 60);
        if (safe || this.stageCount >= (this.opts.welding_max_requests ?? 5)) return this.schedule('SessionStop', 'gap');
        return this.schedule('WeldingDetection', 'ongoing');
      }
      case 'SessionStop': {
        const pause = this.context().stop_mode === 'pause';
        this.finish(pause ? 'paused' : 'terminated', this.stopReason ?? 'session stopped');
        this.closeConn('SessionStop answered');
        return;
      }
      default:
        return this.fail(`no answer expected in stage ${this.stage}`);
    }
  }

  /** One charge-loop answer: integrate energy, learn limits, react to the EVSE, go on or stop. */
  private loop(res: Record<string, unknown>, now: number): void {
    const dt_h = this.lastSample === null ? 0 : (now - this.lastSample) / 3_600_000;
    this.lastSample = now;
    const r = readLoopAnswer({ res, evse: this.evse, battery: this.battery, mode: this.mode, protocol: this.protocol!, dt_h, stopping: this.stopReason });
    this.evse = r.evse;
    this.present = r.present;
    if (r.target) this.target = r.target;
    this.battery.charge(r.energy_Wh);
    if (r.notice) this.emit({ type: 'notification', notification: r.notice.notification, ...(r.notice.code ? { status_code: r.notice.code } : {}) });
    if (r.reaction.then === 'renegotiate') return this.schedule('PowerDeliveryRenegotiate', 'gap');
    if (r.reaction.then === 'loop') return this.schedule(this.stage, 'loop');
    this.stop(r.reaction.reason);
    this.schedule('PowerDeliveryStop', 'gap');
  }

  /** Repeats the current stage after the Ongoing gap unless the EV's bound for it has passed. */
  private repeat(limit_ms: number): void {
    if (this.clock.now() - this.stageSince > limit_ms) {
      this.fail(`EV timeout: ${this.stage} not finished within ${limit_ms} ms`);
      return;
    }
    this.schedule(this.stage, 'ongoing');
  }

  private onClose(reason: string): void {
    this.closed = true;
    this.closeTimer?.cancel();
    if (this.vanished || this.result) return;
    this.finish('aborted', `connection closed: ${reason}`);
  }

  // ---- ending -----------------------------------------------------------------------------------------

  /** A FAILED answer: the SECC ends the session and closes; the EV closes after close_wait_ms if not. */
  private failedBySecc(name: string, code: string): void {
    this.finish('failed', `${code} in ${name}`, code);
    this.closeTimer = this.clock.after(this.timing.close_wait_ms, () => this.closeConn(`EV closes after ${code}`));
  }

  /** The EV gives up (its own timeout, an unusable answer): it closes the connection. */
  private fail(reason: string): void {
    this.finish('failed', reason);
    this.closeConn(reason);
  }

  private finish(result: EvccResult, reason: string, failed_code?: string): void {
    if (this.result) return;
    this.disarm();
    this.nextTimer?.cancel();
    this.nextTimer = null;
    const { protocol, sessionId: session_id, stage, battery } = this;
    this.result = { result, reason, protocol, session_id, stage, soc_pct: battery.soc_pct, energy_Wh: battery.energy_Wh };
    if (failed_code) this.result.failed_code = failed_code;
    if (this.fault && this.faultDone) this.result.fault = this.fault.kind;
    this.stage = 'Ended';
    this.emit({ type: 'stage', stage: 'Ended' });
    this.emit({ type: 'end', outcome: this.result });
    this.resolveDone(this.result);
  }

  private enter(stage: EvccStage): void {
    this.stage = stage;
    this.stageSince = this.clock.now();
    this.stageCount = 0;
    this.emit({ type: 'stage', stage });
  }

  private arm(ms: number): void {
    this.disarm();
    const waiting = this.expected;
    this.msgTimer = this.clock.after(ms, () => {
      this.msgTimer = null;
      this.fail(`EV timeout: no ${waiting} within ${ms} ms`);
    });
  }
  private disarm(): void {
    this.msgTimer?.cancel();
    this.msgTimer = null;
  }

  private send(bytes: Uint8Array): void {
    if (this.closed || !this.conn) return;
    try {
      this.conn.send(PayloadType.Exi, bytes);
    } catch (e) {
      this.finish('aborted', `send failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private closeConn(reason: string): void {
    this.closeTimer?.cancel();
    if (this.closed || !this.conn) return;
    this.closed = true;
    this.conn.close(reason);
  }

  private emit(e: EvccEvent): void {
    for (const l of this.listeners) l(e);
  }
}
