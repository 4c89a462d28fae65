/**
 * Test-only helpers for the ISO 15118-2 definition:
 *  - `ScriptedEvse`: a TEST DOUBLE of HlcEvse. Its answers are scripted by the test (authorization and cable
 *    check verdicts as queues, a simple supply that jumps toward targets, a meter that counts up); it records
 *    every action and report. It is not the simulator of issue 5 §7 and models no physics worth trusting.
 *  - `TestDriver`: a TEST DRIVER, not the session engine. It applies a ProtocolDefinition the way
 *    appliance/src/v2g/session/protocol.ts describes it (SessionID check → FAILED_UnknownSession, allowed-next
 *    table → FAILED_SequenceError, else the handler; `next`, `session` and `close` applied), and passes every
 *    request and response through the EXI codec so each message is proven schema-valid.
 */
import { expect } from 'vitest';
import { decode, encode } from '../../../appliance/src/v2g/exi/index.js';
import type { AcLimits, DcLimits, DcPresent, EnergyMode, EvseHlcStatus, HlcEvse, HlcReport } from '../../../appliance/src/shared/ports/hlc.js';
import type { FailureCode, HandlerResult, ProtocolDefinition, SessionData } from '../../../appliance/src/v2g/session/protocol.js';

/** A PhysicalValueType literal. */
export function pv(Value: number, Unit: 'h' | 'm' | 's' | 'A' | 'V' | 'W' | 'Wh', Multiplier = 0) {
  return { Multiplier, Unit, Value };
}

/** TEST DOUBLE of HlcEvse (see the file comment). */
export class ScriptedEvse implements HlcEvse {
  readonly evse = 1;
  evse_id = 'DE*AMP*E1234*1';
  energy_modes: EnergyMode[];
  /** Answers of authorization(), consumed one per call; the last one repeats. */
  auth: Array<'Accepted' | 'Ongoing' | 'Rejected'> = ['Accepted'];
  /** Answers of cableCheck(), consumed one per call; the last one repeats. */
  cable: Array<'Ongoing' | 'Finished' | 'Failed'> = ['Finished'];
  contactor: 'Ongoing' | 'Finished' | 'Failed' = 'Finished';
  st: EvseHlcStatus = { notification: 'None', emergency: false, ready: true, isolation: 'Valid' };
  dc: DcLimits = {
    max_voltage_V: 920,
    min_voltage_V: 150,
    max_current_A: 200,
    min_current_A: 0,
    max_power_W: 150_000,
    current_regulation_tolerance_A: 5,
    peak_current_ripple_A: 2,
  };
  ac: AcLimits = { nominal_voltage_V: 230, max_current_A: 32, phases: 3 };
  schedule: Array<{ start_s: number; pmax_W: number }> = [];
  energy_Wh = 1000;
  /** Volts the pre-charge supply moves per request. */
  ramp_V = 200;
  present_V = 0;
  present_A = 0;
  readonly actions: string[] = [];
  readonly reports: HlcReport[] = [];

  constructor(modes: EnergyMode[] = ['AC_three_phase_core', 'DC_extended']) {
    this.energy_modes = modes;
  }

  private next<T>(queue: T[]): T {
    const v = queue.length > 1 ? queue.shift() : queue[0];
    if (v === undefined) throw new Error('empty script');
    return v;
  }
  authorization() {
    this.actions.push('authorization');
    return this.next(this.auth);
  }
  status() {
    return { ...this.st };
  }
  dcLimits() {
    return { ...this.dc };
  }
  acLimits() {
    return { ...this.ac };
  }
  pmaxSchedule() {
    return this.schedule.map((e) => ({ ...e }));
  }
  meter() {
    return { energy_Wh: this.energy_Wh, meter_id: 'AMP-METER-1', timestamp_s: 1_763_700_000 };
  }
  cableCheck() {
    this.actions.push('cableCheck');
    return this.next(this.cable);
  }
  private present(extra: Partial<DcPresent> = {}): DcPresent {
    return { voltage_V: this.present_V, current_A: this.present_A, current_limit_achieved: false, voltage_limit_achieved: false, power_limit_achieved: false, ...extra };
  }
  preCharge(target_voltage_V: number, current_A: number) {
    this.actions.push(`preCharge ${target_voltage_V} V ${current_A} A`);
    const d = target_voltage_V - this.present_V;
    this.present_V += Math.sign(d) * Math.min(Math.abs(d), this.ramp_V);
    this.present_A = Math.min(current_A, 2);
    return this.present();
  }
  powerDelivery(on: boolean) {
    this.actions.push(`powerDelivery ${on ? 'on' : 'off'}`);
    if (!on) this.present_A = 0;
    return this.contactor;
  }
  currentDemand(target_voltage_V: number, target_current_A: number) {
    this.actions.push(`currentDemand ${target_voltage_V} V ${target_current_A} A`);
    this.present_V = target_voltage_V;
    this.present_A = Math.min(target_current_A, this.dc.max_current_A);
    this.energy_Wh += 50;
    return this.present({ current_limit_achieved: target_current_A > this.dc.max_current_A });
  }
  weldingDetection() {
    this.actions.push('weldingDetection');
    this.present_V = Math.max(0, this.present_V - 300);
    return this.present();
  }
  report(update: HlcReport) {
    this.reports.push(update);
  }
  /** Calls of sessionEnded: only the engine makes them, never a handler (the TestDriver never does). */
  readonly ended: string[] = [];
  sessionEnded(how: 'terminate' | 'pause' | 'error', detail: string) {
    this.ended.push(`${how}: ${detail}`);
  }
}

export interface Exchange {
  /** Name of the response element, e.g. 'SessionSetupRes'. */
  name: string;
  /** The response content as decoded from its EXI bytes. */
  res: Record<string, any>;
  close?: HandlerResult<unknown>['close'];
  /** The response came from failedResponse (engine-level refusal), not a handler. */
  refused?: FailureCode;
}

export interface DriverOptions {
  /** SessionIDs the "engine" hands out (default: counting up from 1111…). */
  sessionId?: () => string;
  /** SessionID of a paused session this connection may resume (engine: SessionDeps.resumableSessionId). */
  resumable?: string;
  /** Values carried over from the paused session (the engine does not carry them yet; see the report). */
  values?: Record<string, unknown>;
  /** Clock for Ongoing limits (ms). */
  now?: () => number;
}

const ZERO = '0000000000000000';

/**
 * TEST DRIVER (see the file comment). One instance is one TCP connection. Mirrors the conventions of
 * appliance/src/v2g/session/engine.ts: SessionID check only inside an established session and not for the
 * initial state's request; the SessionID is assigned (or resumed, with `values.old_session`) before the
 * SessionSetup handler runs; `values` are merged; Ongoing answers that keep the state are counted and the
 * state's `ongoing_limit_ms` (counted from the first Ongoing answer to the same request) ends the run with failedResponse(FAILED).
 */
export class TestDriver {
  session: SessionData;
  closed: HandlerResult<unknown>['close'] | undefined;
  readonly log: Exchange[] = [];
  private ongoingSince: number | null = null;
  private ongoingFor: string | null = null;
  private readonly nextId: () => string;

  constructor(
    readonly def: ProtocolDefinition,
    readonly evse: HlcEvse,
    readonly opts: DriverOptions = {},
  ) {
    let n = 0;
    this.nextId = opts.sessionId ?? (() => String(++n).repeat(16).slice(0, 16));
    this.session = { session_id: ZERO, evcc_id: '', values: { ...(opts.values ?? {}) }, state: def.initial_state, ongoing: 0 };
  }

  get state(): string {
    return this.session.state;
  }

  timeout_ms(): number {
    const s = this.def.states[this.session.state];
    if (!s) throw new Error(`no state ${this.session.state}`);
    return s.timeout_ms;
  }

  private refuse(name: string, code: FailureCode): { body: Record<string, unknown>; close: 'error'; refused: FailureCode } {
    return { body: this.def.failedResponse(name, code, this.evse), close: 'error', refused: code };
  }

  /** Sends one request (its Header SessionID defaults to the session's) and returns the decoded response. */
  send(name: string, content: Record<string, unknown> = {}, sessionId?: string): Exchange {
    if (this.closed) throw new Error(`connection closed (${this.closed}); ${name} not sent`);
    const header = (sessionId ?? this.session.session_id).toLowerCase();
    const reqDoc = { V2G_Message: { Header: { SessionID: header }, Body: { [name]: content } } };
    const reqBack = decode('iso2', encode('iso2', reqDoc)) as any;
    const req = reqBack.V2G_Message.Body[name] as Record<string, unknown>;

    const before = this.session;
    const state = this.def.states[before.state];
    if (!state) throw new Error(`definition has no state ${before.state}`);
    const established = before.session_id !== ZERO;
    const setupRequest = name in (this.def.states[this.def.initial_state]?.accepts ?? {});
    let out: { body: Record<string, unknown>; close?: HandlerResult<unknown>['close']; refused?: FailureCode };
    if (established && !setupRequest && header !== before.session_id) out = this.refuse(name, 'FAILED_UnknownSession');
    else if (!(name in state.accepts) || !this.def.handlers[name]) out = this.refuse(name, 'FAILED_SequenceError');
    else {
      let session = before;
      if (!established) {
        const resumed = this.opts.resumable !== undefined && header === this.opts.resumable.toLowerCase();
        session = { ...session, session_id: resumed ? header : this.nextId(), values: { ...session.values, old_session: resumed } };
      }
      const result = this.def.handlers[name]!(req, session, this.evse);
      const next = result.next ?? session.state;
      expect(Object.keys(this.def.states)).toContain(next);
      const merged: SessionData = { ...session, ...result.session, values: { ...session.values, ...(result.session?.values ?? {}) }, state: next };
      const processing = (Object.values(result.body)[0] as { EVSEProcessing?: unknown } | undefined)?.EVSEProcessing;
      const ongoing = processing === 'Ongoing';
      const continuing = ongoing && this.ongoingFor === name;
      const now = this.opts.now?.() ?? 0;
      merged.ongoing = ongoing ? (continuing ? before.ongoing + 1 : 1) : 0;
      if (ongoing && !continuing) {
        this.ongoingSince = now;
        this.ongoingFor = name;
      }
      if (!ongoing) {
        this.ongoingSince = null;
        this.ongoingFor = null;
      }
      const limit = this.def.states[next]!.ongoing_limit_ms;
      if (ongoing && limit !== undefined && this.ongoingSince !== null && now - this.ongoingSince > limit) {
        out = this.refuse(name, 'FAILED');
      } else {
        this.session = merged;
        out = { body: result.body, ...(result.close ? { close: result.close } : {}) };
      }
    }
    const resDoc = { V2G_Message: { Header: { SessionID: this.session.session_id }, Body: out.body } };
    const back = decode('iso2', encode('iso2', resDoc)) as any;
    expect(back).toEqual(resDoc);
    const resName = Object.keys(out.body)[0] ?? '';
    expect(resName).toBe(name.replace(/Req$/, 'Res'));
    const ex: Exchange = { name: resName, res: back.V2G_Message.Body[resName], close: out.close, ...(out.refused ? { refused: out.refused } : {}) };
    this.log.push(ex);
    expect((this.evse as Partial<ScriptedEvse>).ended ?? []).toEqual([]);
    if (out.close) this.closed = out.close;
    return ex;
  }
}

export const EVCC_ID = '0a1b2c3d4e5f';

export const DC_EV_STATUS = { EVReady: true, EVErrorCode: 'NO_ERROR', EVRESSSOC: 42 };

/** EV requests, as an EVCC would send them (values from a typical car). */
export const ev = {
  sessionSetup: () => ({ EVCCID: EVCC_ID }),
  paymentSelection: (option: 'ExternalPayment' | 'Contract' = 'ExternalPayment', services = [1]) => ({
    SelectedPaymentOption: option,
    SelectedServiceList: { SelectedService: services.map((ServiceID) => ({ ServiceID })) },
  }),
  acChargeParameter: (mode = 'AC_three_phase_core') => ({
    MaxEntriesSAScheduleTuple: 12,
    RequestedEnergyTransferMode: mode,
    AC_EVChargeParameter: { EAmount: pv(5300, 'Wh'), EVMaxVoltage: pv(400, 'V'), EVMaxCurrent: pv(320, 'A', -1), EVMinCurrent: pv(6, 'A') },
  }),
  dcChargeParameter: (mode = 'DC_extended') => ({
    MaxEntriesSAScheduleTuple: 12,
    RequestedEnergyTransferMode: mode,
    DC_EVChargeParameter: {
      DC_EVStatus: DC_EV_STATUS,
      EVMaximumCurrentLimit: pv(250, 'A'),
      EVMaximumPowerLimit: pv(150, 'W', 3),
      EVMaximumVoltageLimit: pv(450, 'V'),
      EVEnergyRequest: pv(40, 'Wh', 3),
      FullSOC: 100,
      BulkSOC: 80,
    },
  }),
  powerDelivery: (ChargeProgress: 'Start' | 'Stop' | 'Renegotiate', dc = false) => ({
    ChargeProgress,
    SAScheduleTupleID: 1,
    ...(dc ? { DC_EVPowerDeliveryParameter: { DC_EVStatus: DC_EV_STATUS, ChargingComplete: ChargeProgress === 'Stop' } } : {}),
  }),
  cableCheck: () => ({ DC_EVStatus: DC_EV_STATUS }),
  preCharge: (volts: number) => ({ DC_EVStatus: DC_EV_STATUS, EVTargetVoltage: pv(volts, 'V'), EVTargetCurrent: pv(2, 'A') }),
  currentDemand: (volts: number, amps: number) => ({
    DC_EVStatus: DC_EV_STATUS,
    EVTargetCurrent: Number.isInteger(amps) ? pv(amps, 'A') : pv(Math.round(amps * 10), 'A', -1),
    EVMaximumVoltageLimit: pv(450, 'V'),
    EVMaximumCurrentLimit: pv(250, 'A'),
    EVMaximumPowerLimit: pv(150, 'W', 3),
    ChargingComplete: false,
    EVTargetVoltage: pv(volts, 'V'),
  }),
  weldingDetection: () => ({ DC_EVStatus: DC_EV_STATUS }),
  sessionStop: (ChargingSession: 'Terminate' | 'Pause') => ({ ChargingSession }),
};

/** Drives SessionSetup … Authorization (Accepted at once) and returns the driver in ChargeParameterDiscovery. */
export function setUpToChargeParameter(d: TestDriver): void {
  expect(d.send('SessionSetupReq', ev.sessionSetup()).res['ResponseCode']).toBe('OK_NewSessionEstablished');
  expect(d.send('ServiceDiscoveryReq').res['ResponseCode']).toBe('OK');
  expect(d.send('PaymentServiceSelectionReq', ev.paymentSelection()).res['ResponseCode']).toBe('OK');
  expect(d.send('AuthorizationReq').res).toEqual({ ResponseCode: 'OK', EVSEProcessing: 'Finished' });
  expect(d.state).toBe('ChargeParameterDiscovery');
}

/** A DC session up to its charge loop: parameters, cable check, pre-charge to 200 V, PowerDelivery Start. */
export function setUpToDcChargeLoop(d: TestDriver): void {
  setUpToChargeParameter(d);
  d.send('ChargeParameterDiscoveryReq', ev.dcChargeParameter());
  d.send('CableCheckReq', ev.cableCheck());
  d.send('PreChargeReq', ev.preCharge(200));
  d.send('PowerDeliveryReq', ev.powerDelivery('Start', true));
}
