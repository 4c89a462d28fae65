/**
 * The EVCC simulator's options as data: which protocols it offers, its timing (request pacing and its own
 * timeouts, all on the injected clock), the fault it injects, and what it reports (status, events, outcome).
 */
import type { EnergyMode } from '../../shared/ports/hlc.js';

export type EvccProtocol = 'din' | 'iso2';

/** The EV-side stages, in the order a session walks them (DC; AC skips CableCheck…WeldingDetection). */
export type EvccStage =
  | 'Idle'
  | 'SupportedAppProtocol'
  | 'SessionSetup'
  | 'ServiceDiscovery'
  | 'PaymentSelection'
  | 'Authorization'
  | 'ChargeParameterDiscovery'
  | 'CableCheck'
  | 'PreCharge'
  | 'PowerDeliveryStart'
  | 'CurrentDemand'
  | 'ChargingStatus'
  | 'PowerDeliveryRenegotiate'
  | 'PowerDeliveryStop'
  | 'WeldingDetection'
  | 'SessionStop'
  | 'Ended';

/**
 * Timing (ms on the injected clock). Message timeouts follow V2G_EVCC_Msg_Timeout (DIN 70121 Table 76,
 * ISO 15118-2 Table 109: 2 s for most answers, 0.25 s for CurrentDemandRes); the Ongoing, CableCheck and
 * PreCharge timeouts are the EV's bounds for repeating a request. Gaps are the EV's pacing between an answer
 * and its next request.
 */
export interface EvccTiming {
  /** From sending supportedAppProtocolReq to SessionSetupRes (V2G_EVCC_CommunicationSetup_Timeout). */
  communication_setup_ms: number;
  msg_timeout_ms: number;
  current_demand_timeout_ms: number;
  /** V2G_EVCC_Ongoing_Timeout: Authorization / ChargeParameterDiscovery answered Ongoing for longer → give up. */
  ongoing_timeout_ms: number;
  /** V2G_EVCC_CableCheck_Timeout (DIN 38 s, ISO-2 40 s). */
  cable_check_timeout_ms: number;
  /** V2G_EVCC_PreCharge_Timeout: the EVSE's voltage must match the pack within this. */
  pre_charge_timeout_ms: number;
  /** Pause between an answer and the next request. */
  gap_ms: number;
  /** Pause before repeating a request answered Ongoing (and between PreCharge requests). */
  ongoing_gap_ms: number;
  /** Period of the charge loop (CurrentDemand / ChargingStatus). */
  loop_gap_ms: number;
  /** After a FAILED answer the SECC closes the connection; the EV closes it itself after this. */
  close_wait_ms: number;
}

export const DEFAULT_TIMING: EvccTiming = {
  communication_setup_ms: 20_000,
  msg_timeout_ms: 2_000,
  current_demand_timeout_ms: 250,
  ongoing_timeout_ms: 60_000,
  cable_check_timeout_ms: 38_000,
  pre_charge_timeout_ms: 7_000,
  gap_ms: 20,
  ongoing_gap_ms: 200,
  loop_gap_ms: 100,
  close_wait_ms: 500,
};

/**
 * Faults the EV can inject, and what a conforming SECC does about each:
 *
 * - `wrong-order`: sends a request the SECC's state does not accept (CableCheckReq in the charge loop;
 *   WeldingDetectionReq when `at` is CableCheck). SECC: the matching response with FAILED_SequenceError,
 *   then it closes the connection (DIN [V2G-DC-116]/[V2G-DC-666], ISO [V2G2-538]/[V2G2-539]).
 * - `wrong-session-id`: sends the next request with a SessionID that is not the session's. SECC:
 *   FAILED_UnknownSession, then close (DIN [V2G-DC-391], ISO [V2G2-460]).
 * - `silence`: stops sending (the EV software stalls) but keeps its TCP connection and still reacts to
 *   its close. SECC: V2G_SECC_Sequence_Timeout (60 s) ends the session and closes the connection.
 * - `garbage-exi`: sends a V2GTP message whose payload is not EXI. SECC: no answer is possible (no
 *   request type to fail), so it ends the session and closes the connection.
 * - `tcp-drop`: closes the TCP connection mid-loop. SECC: the session ends at once ("connection closed");
 *   the charger opens its contactors.
 * - `ev-stop`: the EV ends charging early, orderly: PowerDelivery stop, WeldingDetection, SessionStop.
 *   SECC: a normal terminated session.
 * - `vanish`: the EV disappears (unplugged mid-session, powered off): it neither sends nor reacts to
 *   anything, and never closes. SECC: the sequence timeout ends the session.
 */
export type FaultKind = 'wrong-order' | 'wrong-session-id' | 'silence' | 'garbage-exi' | 'tcp-drop' | 'ev-stop' | 'vanish';

export const FAULT_KINDS: readonly FaultKind[] = ['wrong-order', 'wrong-session-id', 'silence', 'garbage-exi', 'tcp-drop', 'ev-stop', 'vanish'];

export interface FaultSpec {
  kind: FaultKind;
  /** Stage at which the fault replaces the regular request; default: the charge loop. */
  at?: EvccStage;
  /** Number of regular requests at that stage before the fault; default 3 in the loop, else 0. */
  after?: number;
}

/** One protocol the EV offers in supportedAppProtocolReq; lower priority = more wanted. */
export interface AppOffer {
  namespace: string;
  major: number;
  minor: number;
  priority: number;
}

export const NAMESPACES: Readonly<Record<EvccProtocol, string>> = {
  din: 'urn:din:70121:2012:MsgDef',
  iso2: 'urn:iso:15118:2:2013:MsgDef',
};

export interface EvccOptions {
  /** Protocols offered, most wanted first (Priority 1, 2, …). Default ['iso2', 'din']. */
  protocols?: readonly EvccProtocol[];
  /** Further offers next to them, e.g. { namespace: 'urn:tesla:din:2018:MsgDef', … }; never chosen by us. */
  extra_offers?: readonly AppOffer[];
  /** 'dc' (default) or 'ac'; DIN is DC only. */
  charging?: 'dc' | 'ac';
  /** Energy transfer mode requested; default DC_extended, or AC_three/single_phase_core from the battery. */
  energy_mode?: EnergyMode;
  /** EVCCID (MAC address as hex). */
  evcc_id?: string;
  /** SessionID to resume (ISO-2 after SessionStop Pause); default all zero (new session). */
  resume_session_id?: string;
  /** How the session ends when the EV is done: ISO-2 may pause; DIN always terminates. */
  stop_mode?: 'terminate' | 'pause';
  /** PreCharge ends when |EVSEPresentVoltage − pack voltage| is within this (V). */
  pre_charge_tolerance_V?: number;
  /** PreCharge current (DIN/ISO: at most 2 A). */
  pre_charge_current_A?: number;
  /** WeldingDetection repeats until the EVSE's voltage is below this, at most `welding_max_requests` times. */
  welding_safe_V?: number;
  welding_max_requests?: number;
  timing?: Partial<EvccTiming>;
  fault?: FaultKind | FaultSpec;
}

export type EvccResult = 'terminated' | 'paused' | 'failed' | 'aborted';

export interface EvccOutcome {
  /** terminated / paused: SessionStopRes OK; failed: a FAILED answer or an EV timeout; aborted: connection
   * gone or a fault that ends the EV's part. */
  result: EvccResult;
  reason: string;
  protocol: EvccProtocol | null;
  session_id: string;
  /** Stage the EV was in when the session ended. */
  stage: EvccStage;
  soc_pct: number;
  energy_Wh: number;
  /** The FAILED response code that ended it, if any. */
  failed_code?: string;
  fault?: FaultKind;
}

export interface EvccStatus {
  protocol: EvccProtocol | null;
  stage: EvccStage;
  session_id: string;
  soc_pct: number;
  energy_Wh: number;
  present_voltage_V: number;
  present_current_A: number;
  target_voltage_V: number;
  target_current_A: number;
}

export type EvccEvent =
  | { type: 'stage'; stage: EvccStage }
  | { type: 'request'; name: string }
  /** `status_code` / `notification`: the EVSE status the answer carried (DC_EVSEStatus / AC_EVSEStatus), if any. */
  | { type: 'response'; name: string; code: string; status_code?: string; notification?: string }
  | { type: 'notification'; notification: string; status_code?: string }
  | { type: 'end'; outcome: EvccOutcome };
