/**
 * Pieces every ISO 15118-2 handler family shares: physical values, the EVSE status elements, the session
 * values this protocol keeps between messages, and the options of `iso2Protocol`.
 */
import { randomBytes } from 'node:crypto';
import type { EnergyMode, EvseHlcStatus, HlcEvse } from '../../shared/ports/hlc.js';
import type { SessionData } from '../session/protocol.js';
import type { Iso2Types } from '../exi/index.js';

export type ResponseCode = Iso2Types.SessionStopResType['ResponseCode'];
export type PhysicalValue = Iso2Types.PhysicalValueType;
export type Unit = PhysicalValue['Unit'];
export type PaymentOption = 'ExternalPayment' | 'Contract';

/** The ISO-2 message namespace announced in supportedAppProtocolReq. */
export const ISO2_NAMESPACE = 'urn:iso:15118:2:2013:MsgDef';
/** ServiceID of the charge service (ISO 15118-2 Table 105: 1 = AC_DC_Charging). */
export const CHARGE_SERVICE_ID = 1;
/** The one SAScheduleTuple this SECC offers. */
export const SA_SCHEDULE_TUPLE_ID = 1;
export const ZERO_SESSION_ID = '0000000000000000';

/** A value-added service offered next to the charge service (ServiceList / ServiceDetail). */
export interface Iso2Service {
  id: number;
  name?: string;
  category: 'Internet' | 'ContractCertificate' | 'OtherCustom';
  free: boolean;
  parameter_sets?: Iso2Types.ParameterSetType[];
}

/**
 * Seam for Plug&Charge (Contract payment): PaymentDetails with the contract chain, the signed
 * AuthorizationReq and the MeteringReceipt signature. Not implemented yet; without it `Contract` is never
 * offered and PaymentDetailsReq is refused.
 */
export interface ContractPayment {
  paymentDetails(req: Iso2Types.PaymentDetailsReqType, session: SessionData): { code: ResponseCode; gen_challenge: string };
  authorize(req: Iso2Types.AuthorizationReqType, session: SessionData): 'Accepted' | 'Ongoing' | 'Rejected';
}

export interface Iso2Options {
  /** Energy transfer modes offered; default: the EVSE's own (`evse.energy_modes`). Always intersected with them. */
  energy_modes?: readonly EnergyMode[];
  /** Payment options offered. Default ['ExternalPayment']; 'Contract' is only offered with `contract`. */
  payment_options?: readonly PaymentOption[];
  /** Plug&Charge seam (see ContractPayment). */
  contract?: ContractPayment;
  /** Charging is free of charge (ChargeService FreeService). */
  free_charging?: boolean;
  /** Value-added services (ServiceList); the charge service is always offered. */
  services?: readonly Iso2Service[];
  /** ServiceName of the charge service; default 'AC_DC_Charging'. */
  charge_service_name?: string;
  /** How long the PMaxSchedule covers from now (the last entry's duration ends there); default 86400 s. */
  schedule_duration_s?: number;
  /** NotificationMaxDelay announced with a StopCharging / ReNegotiation notification; default 10 s. */
  notification_max_delay_s?: number;
  /** Injected clock (ms since epoch) for EVSETimeStamp; default Date.now. */
  now_ms?: () => number;
  /** SessionID source when a handler is called without an engine (the engine assigns SessionIDs itself). */
  new_session_id?: () => string;
}

/** Options with defaults applied. */
export interface Iso2Config {
  energy_modes: readonly EnergyMode[] | undefined;
  payment_options: readonly PaymentOption[];
  contract: ContractPayment | undefined;
  free_charging: boolean;
  services: readonly Iso2Service[];
  charge_service_name: string;
  schedule_duration_s: number;
  notification_max_delay_s: number;
  now_ms: () => number;
  new_session_id: () => string;
}

export function resolveOptions(opts: Iso2Options = {}): Iso2Config {
  const contract = opts.contract;
  const payments = (opts.payment_options ?? ['ExternalPayment']).filter((p) => p === 'ExternalPayment' || contract !== undefined);
  return {
    energy_modes: opts.energy_modes,
    payment_options: payments.length > 0 ? payments : ['ExternalPayment'],
    contract,
    free_charging: opts.free_charging ?? false,
    services: opts.services ?? [],
    charge_service_name: opts.charge_service_name ?? 'AC_DC_Charging',
    schedule_duration_s: opts.schedule_duration_s ?? 86_400,
    notification_max_delay_s: opts.notification_max_delay_s ?? 10,
    now_ms: opts.now_ms ?? Date.now,
    new_session_id: opts.new_session_id ?? (() => randomBytes(8).toString('hex')),
  };
}

/** What ISO-2 keeps in `SessionData.values` between messages (and across a pause). */
export interface Iso2Values {
  /** Payment option chosen in PaymentServiceSelectionReq; kept for a resumed session. */
  payment?: PaymentOption;
  /** ServiceIDs selected (charge service first). */
  services?: number[];
  /** Energy transfer mode requested in ChargeParameterDiscoveryReq. */
  mode?: EnergyMode;
  /** A PowerDeliveryReq Start was answered OK (Renegotiate is only legal after it, [V2G2-812]). */
  charging_started?: boolean;
  /** A renegotiation is under way (PowerDelivery Renegotiate → ChargeParameterDiscovery → PowerDelivery). */
  renegotiating?: boolean;
  /** Set by the session engine before SessionSetupReq: the EV resumes the paused session it names. */
  old_session?: boolean;
  /** GenChallenge sent in PaymentDetailsRes (Contract only). */
  gen_challenge?: string;
}

export function values(session: SessionData): Iso2Values {
  return session.values as Iso2Values;
}

/** New `values` for the session: the old ones with `patch` applied. */
export function withValues(session: SessionData, patch: Iso2Values): Record<string, unknown> {
  return { ...session.values, ...patch };
}

export function isDc(mode: EnergyMode | undefined): boolean {
  return mode !== undefined && mode.startsWith('DC_');
}

/** Modes this session may use: the options' choice within what the EVSE can do. */
export function offeredModes(cfg: Iso2Config, evse: HlcEvse): EnergyMode[] {
  const own = evse.energy_modes;
  return cfg.energy_modes ? cfg.energy_modes.filter((m) => own.includes(m)) : [...own];
}

const SHORT_MAX = 32767;

/**
 * A number as PhysicalValueType: Value is an xs:short and Multiplier −3…3. Exact values keep the smallest
 * multiplier that represents them (400 V → 400 × 10^0, 12.5 A → 125 × 10^−1); others get the finest that fits.
 */
export function physical(x: number, unit: Unit): PhysicalValue {
  for (const m of [0, -1, -2, -3]) {
    const v = Math.round(x / 10 ** m);
    if (Math.abs(v) <= SHORT_MAX && Math.abs(v * 10 ** m - x) < 1e-9) return { Multiplier: m, Unit: unit, Value: v };
  }
  for (const m of [-3, -2, -1, 0, 1, 2, 3]) {
    const v = Math.round(x / 10 ** m);
    if (Math.abs(v) <= SHORT_MAX) return { Multiplier: m, Unit: unit, Value: v };
  }
  return { Multiplier: 3, Unit: unit, Value: Math.sign(x) * SHORT_MAX };
}

/** The number a PhysicalValueType stands for (undefined stays undefined). */
export function num(p: PhysicalValue | undefined): number | undefined {
  return p === undefined ? undefined : p.Value * 10 ** p.Multiplier;
}

function notificationDelay(status: EvseHlcStatus, cfg: Iso2Config): number {
  return status.notification === 'None' ? 0 : cfg.notification_max_delay_s;
}

/** The charger has to stop at once: an emergency, or an isolation Fault (answered FAILED, session ends). */
export function emergencyStop(status: EvseHlcStatus): boolean {
  return status.emergency || status.isolation === 'Fault';
}

/** AC_EVSEStatus: an emergency is told to the EV as StopCharging (AC has no status code). */
export function acStatus(status: EvseHlcStatus, cfg: Iso2Config): Iso2Types.AC_EVSEStatusType {
  const notification = status.emergency ? 'StopCharging' : status.notification;
  return { NotificationMaxDelay: notificationDelay({ ...status, notification }, cfg), EVSENotification: notification, RCD: false };
}

/**
 * DC_EVSEStatus: EmergencyShutdown (also for an isolation Fault) before Shutdown (StopCharging) before
 * NotReady; `monitoring` while a cable check is running.
 */
export function dcStatus(status: EvseHlcStatus, cfg: Iso2Config, monitoring = false): Iso2Types.DC_EVSEStatusType {
  // An isolation fault is an emergency whatever the charger has concluded yet (IEC 61851-23: stop at once).
  if (emergencyStop(status) && !status.emergency) status = { ...status, emergency: true };
  let code: Iso2Types.DC_EVSEStatusType['EVSEStatusCode'] = 'EVSE_Ready';
  if (status.emergency) code = 'EVSE_EmergencyShutdown';
  else if (status.notification === 'StopCharging') code = 'EVSE_Shutdown';
  else if (monitoring) code = 'EVSE_IsolationMonitoringActive';
  else if (!status.ready) code = 'EVSE_NotReady';
  const notification = status.emergency ? 'StopCharging' : status.notification;
  return {
    NotificationMaxDelay: notificationDelay({ ...status, notification }, cfg),
    EVSENotification: notification,
    EVSEIsolationStatus: status.isolation,
    EVSEStatusCode: code,
  };
}

/** The status element a PowerDeliveryRes / MeteringReceiptRes carries for the session's mode. */
export type EvseStatusElement = { AC_EVSEStatus: Iso2Types.AC_EVSEStatusType } | { DC_EVSEStatus: Iso2Types.DC_EVSEStatusType };

export function statusFor(mode: EnergyMode | undefined, evse: HlcEvse, cfg: Iso2Config): EvseStatusElement {
  const s = evse.status();
  return isDc(mode ?? defaultMode(evse)) ? { DC_EVSEStatus: dcStatus(s, cfg) } : { AC_EVSEStatus: acStatus(s, cfg) };
}

/** The mode a response falls back to before the EV named one: the EVSE's first. */
export function defaultMode(evse: HlcEvse): EnergyMode {
  return evse.energy_modes[0] ?? 'AC_three_phase_core';
}

export function nowSeconds(cfg: Iso2Config): number {
  return Math.floor(cfg.now_ms() / 1000);
}

export function meterInfo(evse: HlcEvse): Iso2Types.MeterInfoType {
  const m = evse.meter();
  return { MeterID: m.meter_id, MeterReading: Math.max(0, Math.round(m.energy_Wh)), TMeter: Math.floor(m.timestamp_s) };
}

/** The `session` part of a handler result that updates ISO-2 values (the engine merges `values`). */
export function patched(session: SessionData, patch: Iso2Values = {}): Partial<SessionData> {
  return { values: withValues(session, patch) };
}

/** The request element's content, whether the engine passes it bare or keyed by its name. */
export function content<T>(req: Record<string, unknown>, name: string): T {
  const inner = req[name];
  return (inner !== null && typeof inner === 'object' ? inner : req) as T;
}
