/**
 * From what the appliance knows to the API's objects (RpcApi 1.0 and ampbox's extensions). Pure functions:
 * every input is passed in, so each mapping can be tested on its own and the notifications compare like
 * with like.
 */
import type { AmpboxConfig, EvseConfig } from '../config/index.js';
import type { ChargingSessionRecord } from '../db/index.js';
import type { ChargerState, ChargerStatus, SessionEvent, SessionEventType } from '../shared/ports/charger.js';
import type { DcMeasurement, DcSupplyCapabilities } from '../shared/ports/dc.js';
import type { ErrorRecord } from '../shared/ports/errors.js';
import type { HlcReport } from '../shared/ports/hlc.js';
import type { MeterReading } from '../shared/ports/meter.js';
import type {
  ChargeProtocolEnum,
  ChargerInfoObj,
  DisplayParametersObj,
  DisplayScreenEnum,
  DisplayStateObj,
  EVSEInfoObj,
  EVSEStateEnum,
  EVSEStatusObj,
  EnergyTransferModeEnum,
  ErrorObj,
  ErrorRecordObj,
  HardwareCapabilitiesObj,
  MeterDataObj,
  SessionRecordObj,
} from './generated/types.js';

/** RFC 3339, UTC, milliseconds. */
export function rfc3339(ms: number): string {
  return new Date(ms).toISOString();
}

// ---- EVSE state ----

type StateRule = EVSEStateEnum | 'unchanged' | ((e: SessionEvent) => EVSEStateEnum);

/**
 * Session event → EVSEStateEnum, as RpcApi 1.0 maps EVerest's events. Events RpcApi leaves out map to what
 * they mean: the pauses to their own states, ChargingResumed to Charging; Authorized changes nothing (the
 * transaction start that follows does).
 */
export const SESSION_EVENT_STATE: { readonly [E in SessionEventType]: StateRule } = {
  Enabled: 'Unplugged',
  SessionFinished: 'Unplugged',
  Disabled: 'Disabled',
  AuthRequired: 'AuthRequired',
  SessionStarted: 'Preparing',
  TransactionStarted: 'Preparing',
  PrepareCharging: 'Preparing',
  ChargingStarted: 'Charging',
  ChargingResumed: 'Charging',
  ChargingPausedEV: 'ChargingPausedEV',
  ChargingPausedEVSE: 'ChargingPausedEVSE',
  StoppingCharging: 'FinishedEV',
  TransactionFinished: (e) => (e.stopped_locally ? 'FinishedEVSE' : 'Finished'),
  ChargingFinished: 'Finished',
  PluginTimeout: 'AuthTimeout',
  Authorized: 'unchanged',
};

export function stateAfter(event: SessionEvent, previous: EVSEStateEnum): EVSEStateEnum {
  const rule = SESSION_EVENT_STATE[event.type];
  if (rule === 'unchanged') return previous;
  return typeof rule === 'function' ? rule(event) : rule;
}

/** The state before any session event was seen (the API started while the charger was already in it). */
export function stateOfCharger(state: ChargerState): EVSEStateEnum {
  switch (state) {
    case 'Disabled':
      return 'Disabled';
    case 'Idle':
      return 'Unplugged';
    case 'WaitingForAuthentication':
      return 'AuthRequired';
    case 'PrepareCharging':
      return 'Preparing';
    case 'Charging':
      return 'Charging';
    case 'ChargingPausedEV':
      return 'ChargingPausedEV';
    case 'ChargingPausedEVSE':
      return 'ChargingPausedEVSE';
    case 'StoppingCharging':
      return 'FinishedEV';
    case 'Finished':
      return 'Finished';
  }
}

const PROTOCOLS: Record<NonNullable<HlcReport['protocol']>, ChargeProtocolEnum> = {
  DIN70121: 'DIN70121',
  'ISO15118-2': 'ISO15118',
  'ISO15118-20': 'ISO15118_20',
};

/** The V2G session's protocol once one runs, basic charging (IEC 61851) otherwise; Unknown without a vehicle. */
export function chargeProtocol(plugged: boolean, hlc: HlcReport | null): ChargeProtocolEnum {
  if (!plugged) return 'Unknown';
  return hlc?.protocol ? PROTOCOLS[hlc.protocol] : 'IEC61851';
}

// ---- EVSE status ----

/** Everything an EVSE's status is made from, read at one moment. */
export interface EvseSnapshot {
  config: EvseConfig;
  charger: ChargerStatus;
  /** From the session events (see stateAfter). */
  state: EVSEStateEnum;
  phaseCount: 1 | 3;
  dcPowerLimitW: number | null;
  reading: MeterReading;
  /** The V2G session's report; null without one. */
  hlc: HlcReport | null;
  /** The first state of charge the vehicle reported in this session. */
  startSoc: number | null;
  errorPresent: boolean;
  /** A DC EVSE's supply: its limits and what its output measures. */
  dc: { capabilities: DcSupplyCapabilities; measured: DcMeasurement } | null;
}

export function toEvseStatus(s: EvseSnapshot): EVSEStatusObj {
  const c = s.charger;
  const status: EVSEStatusObj = {
    charged_energy_wh: round(c.energy_Wh, 3),
    discharged_energy_wh: 0,
    charging_duration_s: c.charging_duration_s,
    charging_allowed: c.charging_allowed,
    available: c.state !== 'Disabled' && c.blocking_errors.length === 0,
    active_connector_index: 1,
    error_present: s.errorPresent,
    charge_protocol: chargeProtocol(c.plugged, s.hlc),
    // The charger's own Disabled wins: an EVSE disabled while a vehicle is plugged has sent no Disabled event yet.
    state: c.state === 'Disabled' ? 'Disabled' : s.state,
  };
  if (s.dc) {
    status.dc_charge_param = dcChargeParameters(s.dc.capabilities, s.dcPowerLimitW);
    status.dc_charge_status = dcChargeStatus(s);
  } else {
    const v = s.config.nominal_voltage_V;
    status.ac_charge_param = {
      evse_nominal_voltage: v,
      evse_max_current: c.current_limit_A,
      evse_max_phase_count: s.phaseCount,
      evse_maximum_charge_power: round(v * c.current_limit_A * s.phaseCount, 1),
      evse_minimum_charge_power: round(v * s.config.min_current_A * s.phaseCount, 1),
      evse_nominal_frequency: 50,
    };
    status.ac_charge_status = { evse_active_phase_count: s.reading.current_A.filter((a) => a > 0).length };
  }
  const display = displayParameters(s.hlc, s.startSoc);
  if (display) status.display_parameters = display;
  return status;
}

function dcPowerMax(caps: DcSupplyCapabilities, limitW: number | null): number {
  return Math.min(caps.max_power_W, limitW ?? caps.max_power_W);
}

function dcChargeParameters(caps: DcSupplyCapabilities, limitW: number | null): NonNullable<EVSEStatusObj['dc_charge_param']> {
  return {
    evse_maximum_charge_current: caps.max_current_A,
    evse_maximum_charge_power: dcPowerMax(caps, limitW),
    evse_maximum_voltage: caps.max_voltage_V,
    evse_minimum_charge_current: caps.min_current_A,
    evse_minimum_charge_power: round(caps.min_current_A * caps.min_voltage_V, 1),
    evse_minimum_voltage: caps.min_voltage_V,
  };
}

/**
 * What the supply delivers (the session's report while it runs, else the output's measurement) and what the
 * vehicle asks for. A limit counts as achieved, as in the V2G answers, when the vehicle asks for at least it.
 */
function dcChargeStatus(s: EvseSnapshot): NonNullable<EVSEStatusObj['dc_charge_status']> {
  const caps = s.dc!.capabilities;
  const h = s.hlc ?? {};
  const targetV = h.ev_target_voltage_V;
  const targetA = h.ev_target_current_A;
  const asking = s.charger.power_on && targetV !== undefined && targetA !== undefined;
  return {
    evse_present_current: round(h.present_current_A ?? s.dc!.measured.current_A, 2),
    evse_present_voltage: round(h.present_voltage_V ?? s.dc!.measured.voltage_V, 2),
    evse_power_limit_achieved: asking && targetV * targetA >= dcPowerMax(caps, s.dcPowerLimitW),
    evse_current_limit_achieved: asking && targetA >= caps.max_current_A,
    evse_voltage_limit_achieved: asking && targetV >= caps.max_voltage_V,
    ...(targetA !== undefined ? { ev_target_current: round(targetA, 2) } : {}),
    ...(targetV !== undefined ? { ev_target_voltage: round(targetV, 2) } : {}),
  };
}

/**
 * The battery as the V2G session reports it. DIN 70121 / ISO 15118-2 give the time to full (the maximum SoC)
 * and to bulk SoC, the level fast charging aims for: that is the target here.
 */
export function displayParameters(hlc: HlcReport | null, startSoc: number | null): DisplayParametersObj | null {
  if (!hlc || hlc.soc_pct === undefined) return null;
  return {
    present_soc: hlc.soc_pct,
    ...(startSoc !== null ? { start_soc: startSoc } : {}),
    ...(hlc.remaining_time_to_bulk_soc_s !== undefined ? { remaining_time_to_target_soc: hlc.remaining_time_to_bulk_soc_s } : {}),
    ...(hlc.remaining_time_to_full_soc_s !== undefined ? { remaining_time_to_maximum_soc: hlc.remaining_time_to_full_soc_s } : {}),
  };
}

// ---- meter, errors ----

/** AC: per phase and total; DC (one value on "phase" 1): the totals only. */
export function toMeterData(reading: MeterReading, meterId: string, dc: boolean): MeterDataObj {
  const [i1, i2, i3] = reading.current_A;
  const [v1, v2, v3] = reading.voltage_V;
  const data: MeterDataObj = {
    timestamp: rfc3339(reading.timestamp),
    energy_Wh_import: { total: round(reading.energy_import_Wh, 3) },
    meter_id: meterId,
  };
  if (dc) {
    data.power_W = { total: round(reading.power_W, 1) };
    data.current_A = { total: round(i1, 2) };
    data.voltage_V = { total: round(v1, 2) };
    return data;
  }
  data.power_W = { L1: round(i1 * v1, 1), L2: round(i2 * v2, 1), L3: round(i3 * v3, 1), total: round(reading.power_W, 1) };
  data.current_A = { L1: round(i1, 2), L2: round(i2, 2), L3: round(i3, 2) };
  data.voltage_V = { L1: round(v1, 2), L2: round(v2, 2), L3: round(v3, 2) };
  return data;
}

export function toErrorObj(r: ErrorRecord): ErrorObj {
  return {
    type: r.type,
    sub_type: r.sub_type,
    description: r.description,
    message: r.message,
    severity: r.severity,
    origin: { ...r.origin },
    timestamp: rfc3339(r.raised_at),
    uuid: r.uuid,
  };
}

export function toErrorRecordObj(r: ErrorRecord): ErrorRecordObj {
  return { ...toErrorObj(r), state: r.state, cleared_at: r.cleared_at === null ? null : rfc3339(r.cleared_at) };
}

// ---- charger and EVSE descriptions ----

export function toChargerInfo(charger: AmpboxConfig['charger'], version: string): ChargerInfoObj {
  return {
    vendor: charger.vendor,
    model: charger.model,
    serial: charger.serial_number,
    firmware_version: version,
    friendly_name: charger.id,
    manufacturer: charger.vendor,
  };
}

/** The modes the V2G session offers (the same list the supervisor gives it). */
export function energyTransferModes(cfg: EvseConfig): EnergyTransferModeEnum[] {
  if (cfg.dc.enabled) return ['DC_extended', 'DC_core'];
  return [cfg.phases === 3 ? 'AC_three_phase_core' : 'AC_single_phase_core'];
}

export function toEvseInfo(cfg: EvseConfig, chargerId: string): EVSEInfoObj {
  return {
    index: cfg.id,
    id: `${chargerId}*${cfg.id}`,
    description: cfg.dc.enabled ? `DC, up to ${cfg.dc.max_power_W / 1000} kW` : `AC, ${cfg.phases} × ${cfg.max_current_A} A`,
    available_connectors: [{ index: 1, type: cfg.connector }],
    supported_energy_transfer_modes: energyTransferModes(cfg),
  };
}

/**
 * AC: the configured current range and phases (1 to 3 where the board switches phases, never under load);
 * DC: the supply's current range. ampbox does not export energy.
 */
export function toHardwareCapabilities(cfg: EvseConfig, switchesPhases: boolean): HardwareCapabilitiesObj {
  const dc = cfg.dc.enabled;
  return {
    max_current_A_import: dc ? cfg.dc.max_current_A : cfg.max_current_A,
    min_current_A_import: dc ? cfg.dc.min_current_A : cfg.min_current_A,
    max_current_A_export: 0,
    min_current_A_export: 0,
    max_phase_count_import: cfg.phases,
    min_phase_count_import: !dc && switchesPhases ? 1 : cfg.phases,
    max_phase_count_export: 0,
    min_phase_count_export: 0,
    phase_switch_during_charging: false,
  };
}

// ---- sessions ----

/** Price of the energy at the tariff, to the cent. */
export function energyCost(energy_Wh: number, tariff: AmpboxConfig['tariff']): number {
  return Math.round((energy_Wh / 1000) * tariff.price_per_kWh * 100) / 100;
}

const CHARGE_PROTOCOLS: ReadonlySet<string> = new Set(['Unknown', 'IEC61851', 'DIN70121', 'ISO15118', 'ISO15118_20']);

export function toSessionRecord(r: ChargingSessionRecord, tariff: AmpboxConfig['tariff']): SessionRecordObj {
  return {
    session_id: r.id,
    evse_index: r.evse,
    started_at: rfc3339(r.started_at),
    stopped_at: r.stopped_at === null ? null : rfc3339(r.stopped_at),
    energy_Wh: round(r.energy_Wh, 3),
    stop_reason: r.stop_reason,
    auth_method: r.auth_method,
    id_token: r.id_token,
    protocol: r.protocol !== null && CHARGE_PROTOCOLS.has(r.protocol) ? (r.protocol as SessionRecordObj['protocol']) : null,
    cost: r.stopped_at === null ? null : energyCost(r.energy_Wh, tariff),
  };
}

// ---- display ----

/** Everything the display of one EVSE is made from. */
export interface DisplaySnapshot extends EvseSnapshot {
  tariff: AmpboxConfig['tariff'];
  /** Active errors on this EVSE. */
  errors: ErrorRecord[];
  /** How the session was authorized (the token's type), when it was. */
  authMethod: string | null;
  /** The last token refused at this EVSE, while it is still news. */
  refusedReason: string | null;
  /** A token is being validated for this EVSE. */
  authorizing: boolean;
  /** A token was accepted before a vehicle was plugged in; the next plug-in may charge. */
  awaitingPlug: boolean;
}

/** Hides the middle of a token (04A2B3C4D5E6F7 → 04A2…F7), so a passer-by cannot copy a card number from the screen. */
export function maskToken(token: string): string {
  if (token.length <= 4) return '…';
  return `${token.slice(0, token.length > 8 ? 4 : 2)}…${token.slice(-2)}`;
}

export function displayScreen(d: DisplaySnapshot): DisplayScreenEnum {
  const c = d.charger;
  if (c.blocking_errors.length > 0) return 'error';
  switch (c.state) {
    case 'Disabled':
      return 'unavailable';
    case 'Idle':
      return d.awaitingPlug ? 'plug_in' : 'ready';
    case 'WaitingForAuthentication':
      return d.authorizing ? 'authorizing' : 'authorize';
    case 'PrepareCharging':
    case 'Charging':
    case 'StoppingCharging':
      return 'charging';
    case 'ChargingPausedEV':
    case 'ChargingPausedEVSE':
      return 'paused';
    case 'Finished':
      if (c.transaction_started_at !== null) return 'summary';
      return d.state === 'AuthTimeout' ? 'authorize' : 'unavailable';
  }
}

const kW = (w: number): string => `${(w / 1000).toFixed(1)} kW`;
const kWh = (wh: number): string => `${(wh / 1000).toFixed(2)} kWh`;

function texts(screen: DisplayScreenEnum, d: DisplaySnapshot): { title: string; message: string } {
  const c = d.charger;
  switch (screen) {
    case 'error':
      return {
        title: 'Out of order',
        message: d.errors.find((e) => c.blocking_errors.includes(e.type))?.description ?? 'A fault stops charging at this charging point.',
      };
    case 'unavailable':
      return c.state === 'Disabled'
        ? { title: 'Not available', message: 'This charging point is out of service.' }
        : { title: 'Not available', message: 'Unplug the vehicle to start again.' };
    case 'ready':
      return d.refusedReason
        ? { title: 'Card refused', message: `The card was refused (${d.refusedReason}).` }
        : { title: 'Ready', message: 'Plug in your vehicle or hold your card to the reader.' };
    case 'plug_in':
      return { title: 'Authorized', message: 'Plug in your vehicle to start charging.' };
    case 'authorize':
      if (d.state === 'AuthTimeout') return { title: 'Authorization timed out', message: 'Unplug the vehicle and plug it in again.' };
      return d.refusedReason
        ? { title: 'Card refused', message: `The card was refused (${d.refusedReason}). Try another card.` }
        : { title: 'Plugged in', message: 'Hold your card to the reader to start charging.' };
    case 'authorizing':
      return { title: 'Checking your card', message: 'One moment, please.' };
    case 'charging':
      if (c.state === 'PrepareCharging') return { title: 'Starting', message: 'Waiting for the vehicle to start charging.' };
      if (c.state === 'StoppingCharging') return { title: 'Stopping', message: 'Charging is being stopped.' };
      return { title: 'Charging', message: `${kW(d.reading.power_W)}, ${kWh(c.energy_Wh)} so far.` };
    case 'paused':
      return c.state === 'ChargingPausedEV'
        ? { title: 'Paused', message: 'The vehicle paused charging.' }
        : { title: 'Paused', message: 'The charger paused charging.' };
    case 'summary':
      return { title: 'Charging finished', message: `${kWh(c.energy_Wh)} delivered. Unplug the vehicle.` };
  }
}

export function toDisplayState(d: DisplaySnapshot): DisplayStateObj {
  const c = d.charger;
  const screen = displayScreen(d);
  const { title, message } = texts(screen, d);
  const inSession = c.session_id !== null;
  const display: DisplayStateObj = {
    screen,
    title,
    message,
    evse_index: d.config.id,
    connector_type: d.config.connector,
    plugged: c.plugged,
    state: c.state === 'Disabled' ? 'Disabled' : d.state,
    auth: {
      ...(inSession && d.authMethod ? { method: d.authMethod } : {}),
      ...(inSession && c.id_token ? { id_token_masked: maskToken(c.id_token) } : {}),
      ...(d.refusedReason ? { refused_reason: d.refusedReason } : {}),
    },
    tariff: { price_per_kWh: d.tariff.price_per_kWh, currency: d.tariff.currency },
    errors: d.errors.map((e) => ({ type: e.type, message: e.message, severity: e.severity })),
  };
  if (screen === 'charging' || screen === 'paused') {
    const dcPresent = d.dc ? dcChargeStatus(d) : null;
    display.charging = {
      duration_s: c.charging_duration_s,
      power_W: round(d.reading.power_W, 1),
      energy_Wh: round(c.energy_Wh, 3),
      ...(d.hlc?.soc_pct !== undefined ? { soc_pct: d.hlc.soc_pct } : {}),
      current_A: round(dcPresent ? dcPresent.evse_present_current : Math.max(...d.reading.current_A), 2),
      voltage_V: round(dcPresent ? dcPresent.evse_present_voltage : d.reading.voltage_V[0], 2),
    };
  }
  if (screen === 'summary') {
    display.summary = {
      energy_Wh: round(c.energy_Wh, 3),
      duration_s: c.charging_duration_s,
      cost: energyCost(c.energy_Wh, d.tariff),
      currency: d.tariff.currency,
      stop_reason: c.stop_reason ?? 'Other',
    };
  }
  return display;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
