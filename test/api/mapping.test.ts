/**
 * mapping.ts on its own: the session event → EVSEStateEnum table exactly as the RpcApi 1.0 notes give it
 * (every session event ampbox publishes is covered), and every object it makes validates against the
 * generated validators of the OpenRPC document — AC, DC with a V2G report, each display screen.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig, type EvseConfig } from '../../appliance/src/config/index.js';
import { CHARGER_STATES, SESSION_EVENTS, type ChargerStatus, type SessionEvent } from '../../appliance/src/shared/ports/charger.js';
import type { ErrorRecord } from '../../appliance/src/shared/ports/errors.js';
import { objectValidators, type Validator } from '../../appliance/src/api/generated/validators.js';
import {
  SESSION_EVENT_STATE,
  chargeProtocol,
  displayScreen,
  energyCost,
  maskToken,
  stateAfter,
  stateOfCharger,
  toDisplayState,
  toErrorObj,
  toErrorRecordObj,
  toEvseInfo,
  toEvseStatus,
  toHardwareCapabilities,
  toMeterData,
  toSessionRecord,
  type DisplaySnapshot,
  type EvseSnapshot,
} from '../../appliance/src/api/mapping.js';

function valid<T>(v: Validator<T>, value: unknown): void {
  const ok = v(value);
  expect(ok ? [] : v.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
}

const T0 = Date.UTC(2026, 0, 1, 10, 0, 0);
const event = (type: SessionEvent['type'], extra: Partial<SessionEvent> = {}): SessionEvent => ({ evse: 1, type, timestamp: T0, session_id: 's1', ...extra });

const config = defaultConfig();
const ac: EvseConfig = config.evses[0]!;
const dc: EvseConfig = config.evses[1]!;

function chargerStatus(over: Partial<ChargerStatus> = {}): ChargerStatus {
  return {
    evse: 1,
    state: 'Idle',
    cp: 'A',
    plugged: false,
    session_id: null,
    transaction_id: null,
    id_token: null,
    charging_allowed: true,
    power_on: false,
    locked: false,
    current_limit_A: 16,
    energy_Wh: 0,
    charging_duration_s: 0,
    transaction_started_at: null,
    stop_reason: null,
    blocking_errors: [],
    slac_state: null,
    ...over,
  };
}

const reading = (a: number, v = 230) => ({ timestamp: T0, energy_import_Wh: 1234.5678, power_W: 3 * a * v, current_A: [a, a, a] as [number, number, number], voltage_V: [v, v, v] as [number, number, number] });

function acSnapshot(over: Partial<EvseSnapshot> = {}): EvseSnapshot {
  return {
    config: ac,
    charger: chargerStatus(),
    state: 'Unplugged',
    phaseCount: 3,
    dcPowerLimitW: null,
    reading: reading(0),
    hlc: null,
    startSoc: null,
    errorPresent: false,
    dc: null,
    ...over,
  };
}

const dcCaps = { max_voltage_V: 500, min_voltage_V: 150, max_current_A: 125, min_current_A: 0, max_power_W: 50_000, current_regulation_tolerance_A: 1, peak_current_ripple_A: 2 };

function dcSnapshot(over: Partial<EvseSnapshot> = {}): EvseSnapshot {
  return acSnapshot({
    config: dc,
    charger: chargerStatus({ evse: 2, state: 'Charging', plugged: true, cp: 'C', power_on: true, session_id: 's2', transaction_id: 't2', id_token: 'DEADBEEF', energy_Wh: 2310, charging_duration_s: 208, transaction_started_at: T0 }),
    state: 'Charging',
    reading: { timestamp: T0, energy_import_Wh: 2310, power_W: 398.2 * 98.5, current_A: [98.5, 0, 0], voltage_V: [398.2, 0, 0] },
    hlc: {
      protocol: 'ISO15118-2',
      stage: 'CurrentDemand',
      soc_pct: 74,
      ev_target_voltage_V: 420,
      ev_target_current_A: 100,
      present_voltage_V: 398.2,
      present_current_A: 98.5,
      remaining_time_to_full_soc_s: 1800,
      remaining_time_to_bulk_soc_s: 900,
    },
    startSoc: 70,
    dc: { capabilities: dcCaps, measured: { voltage_V: 398, current_A: 98 } },
    ...over,
  });
}

describe('session event → EVSEStateEnum', () => {
  // The notes' table, for the events ampbox publishes (it has no reservations and no SessionResumed).
  const NOTES: Record<string, string> = {
    Enabled: 'Unplugged',
    SessionFinished: 'Unplugged',
    Disabled: 'Disabled',
    AuthRequired: 'AuthRequired',
    SessionStarted: 'Preparing',
    TransactionStarted: 'Preparing',
    PrepareCharging: 'Preparing',
    ChargingStarted: 'Charging',
    StoppingCharging: 'FinishedEV',
    ChargingFinished: 'Finished',
    PluginTimeout: 'AuthTimeout',
  };
  // Beyond the notes' table: what the events mean.
  const OTHERS: Record<string, string> = {
    ChargingResumed: 'Charging',
    ChargingPausedEV: 'ChargingPausedEV',
    ChargingPausedEVSE: 'ChargingPausedEVSE',
  };

  it.each(SESSION_EVENTS.map((e) => [e]))('%s has a rule', (type) => {
    expect(SESSION_EVENT_STATE[type]).toBeDefined();
    const next = stateAfter(event(type), 'Charging');
    valid(objectValidators.EVSEStateEnum, next);
    if (type in NOTES) expect(next).toBe(NOTES[type]);
    else if (type in OTHERS) expect(next).toBe(OTHERS[type]);
  });

  it('TransactionFinished: FinishedEVSE when stopped at the charger, Finished otherwise', () => {
    expect(stateAfter(event('TransactionFinished', { stopped_locally: true, stop_reason: 'Local' }), 'FinishedEV')).toBe('FinishedEVSE');
    expect(stateAfter(event('TransactionFinished', { stopped_locally: false, stop_reason: 'EVDisconnected' }), 'FinishedEV')).toBe('Finished');
  });

  it('Authorized keeps the state it finds', () => {
    expect(stateAfter(event('Authorized'), 'AuthRequired')).toBe('AuthRequired');
    expect(stateAfter(event('Authorized'), 'Preparing')).toBe('Preparing');
  });

  it('every charger state has a starting EVSE state', () => {
    for (const s of CHARGER_STATES) valid(objectValidators.EVSEStateEnum, stateOfCharger(s));
    expect(stateOfCharger('Idle')).toBe('Unplugged');
    expect(stateOfCharger('Disabled')).toBe('Disabled');
  });

  it('charge protocol: Unknown unplugged, IEC61851 without V2G, the V2G protocol with it', () => {
    expect(chargeProtocol(false, { protocol: 'ISO15118-2' })).toBe('Unknown');
    expect(chargeProtocol(true, null)).toBe('IEC61851');
    expect(chargeProtocol(true, { protocol: 'ISO15118-2' })).toBe('ISO15118');
    expect(chargeProtocol(true, { protocol: 'DIN70121' })).toBe('DIN70121');
  });
});

describe('EVSEStatusObj', () => {
  it('AC: the AC parts from the limit and phases, the active phases from the meter', () => {
    const s = toEvseStatus(
      acSnapshot({
        charger: chargerStatus({ state: 'Charging', plugged: true, power_on: true, current_limit_A: 10, energy_Wh: 1520.5, charging_duration_s: 512 }),
        state: 'Charging',
        phaseCount: 1,
        reading: { ...reading(10), current_A: [10, 0, 0] },
      }),
    );
    valid(objectValidators.EVSEStatusObj, s);
    expect(s).toMatchObject({
      charged_energy_wh: 1520.5,
      charging_duration_s: 512,
      state: 'Charging',
      charge_protocol: 'IEC61851',
      ac_charge_param: { evse_max_current: 10, evse_max_phase_count: 1, evse_maximum_charge_power: 2300, evse_minimum_charge_power: 1380, evse_nominal_frequency: 50 },
      ac_charge_status: { evse_active_phase_count: 1 },
    });
    expect(s.dc_charge_param).toBeUndefined();
    expect(s.display_parameters).toBeUndefined();
  });

  it('the charger being Disabled wins over the last event; blocking errors make it unavailable', () => {
    const s = toEvseStatus(acSnapshot({ charger: chargerStatus({ state: 'Disabled' }), state: 'Unplugged' }));
    expect(s).toMatchObject({ state: 'Disabled', available: false });
    const f = toEvseStatus(acSnapshot({ charger: chargerStatus({ blocking_errors: ['bsp/RcdTrip'] }), errorPresent: true }));
    expect(f).toMatchObject({ available: false, error_present: true });
  });

  it('DC: limits from the supply and the power limit, present and target values and SoC from the V2G report', () => {
    const s = toEvseStatus(dcSnapshot({ dcPowerLimitW: 22_000 }));
    valid(objectValidators.EVSEStatusObj, s);
    expect(s.ac_charge_param).toBeUndefined();
    expect(s.charge_protocol).toBe('ISO15118');
    expect(s.dc_charge_param).toEqual({
      evse_maximum_charge_current: 125,
      evse_maximum_charge_power: 22_000,
      evse_maximum_voltage: 500,
      evse_minimum_charge_current: 0,
      evse_minimum_charge_power: 0,
      evse_minimum_voltage: 150,
    });
    // 420 V × 100 A asked for is above the 22 kW limit; current and voltage are within the supply's.
    expect(s.dc_charge_status).toEqual({
      evse_present_current: 98.5,
      evse_present_voltage: 398.2,
      evse_power_limit_achieved: true,
      evse_current_limit_achieved: false,
      evse_voltage_limit_achieved: false,
      ev_target_current: 100,
      ev_target_voltage: 420,
    });
    expect(s.display_parameters).toEqual({ present_soc: 74, start_soc: 70, remaining_time_to_target_soc: 900, remaining_time_to_maximum_soc: 1800 });
  });

  it('DC without a session: the output as measured, nothing achieved, no display parameters', () => {
    const s = toEvseStatus(dcSnapshot({ charger: chargerStatus({ evse: 2 }), state: 'Unplugged', hlc: null, startSoc: null, dc: { capabilities: dcCaps, measured: { voltage_V: 0, current_A: 0 } } }));
    valid(objectValidators.EVSEStatusObj, s);
    expect(s.dc_charge_status).toEqual({
      evse_present_current: 0,
      evse_present_voltage: 0,
      evse_power_limit_achieved: false,
      evse_current_limit_achieved: false,
      evse_voltage_limit_achieved: false,
    });
    expect(s.display_parameters).toBeUndefined();
    expect(s.charge_protocol).toBe('Unknown');
  });
});

describe('other objects', () => {
  it('MeterDataObj: per phase on AC, totals on DC', () => {
    const m = toMeterData(reading(16), 'evse1-meter', false);
    valid(objectValidators.MeterDataObj, m);
    expect(m).toEqual({
      timestamp: '2026-01-01T10:00:00.000Z',
      energy_Wh_import: { total: 1234.568 },
      meter_id: 'evse1-meter',
      power_W: { L1: 3680, L2: 3680, L3: 3680, total: 11040 },
      current_A: { L1: 16, L2: 16, L3: 16 },
      voltage_V: { L1: 230, L2: 230, L3: 230 },
    });
    const d = toMeterData({ timestamp: T0, energy_import_Wh: 10, power_W: 40_000, current_A: [100, 0, 0], voltage_V: [400, 0, 0] }, 'm2', true);
    valid(objectValidators.MeterDataObj, d);
    expect(d).toMatchObject({ power_W: { total: 40_000 }, current_A: { total: 100 }, voltage_V: { total: 400 } });
  });

  const record: ErrorRecord = {
    uuid: 'u1',
    type: 'bsp/RcdTrip',
    sub_type: '',
    description: 'Residual current device tripped.',
    message: 'residual current 35 mA AC',
    severity: 'High',
    origin: { module_id: 'evse', implementation_id: 'charger', evse_index: 1, connector_index: 1 },
    state: 'ClearedByModule',
    raised_at: T0,
    cleared_at: T0 + 5000,
    vendor_id: 'ampbox',
  };

  it('ErrorObj and ErrorRecordObj', () => {
    valid(objectValidators.ErrorObj, toErrorObj(record));
    expect(toErrorObj(record)).not.toHaveProperty('state');
    const r = toErrorRecordObj(record);
    valid(objectValidators.ErrorRecordObj, r);
    expect(r).toMatchObject({ timestamp: '2026-01-01T10:00:00.000Z', state: 'ClearedByModule', cleared_at: '2026-01-01T10:00:05.000Z' });
    expect(toErrorRecordObj({ ...record, state: 'Active', cleared_at: null }).cleared_at).toBeNull();
  });

  it('EVSEInfoObj and HardwareCapabilitiesObj for AC and DC EVSEs', () => {
    const i = toEvseInfo(ac, 'ampbox-sim-1');
    valid(objectValidators.EVSEInfoObj, i);
    expect(i).toMatchObject({ index: 1, id: 'ampbox-sim-1*1', supported_energy_transfer_modes: ['AC_three_phase_core'] });
    valid(objectValidators.EVSEInfoObj, toEvseInfo(dc, 'x'));
    const h = toHardwareCapabilities(ac, true);
    valid(objectValidators.HardwareCapabilitiesObj, h);
    expect(h).toMatchObject({ max_current_A_import: 16, min_current_A_import: 6, max_phase_count_import: 3, min_phase_count_import: 1 });
    expect(toHardwareCapabilities(ac, false).min_phase_count_import).toBe(3);
    expect(toHardwareCapabilities(dc, true)).toMatchObject({ max_current_A_import: 125, min_phase_count_import: 3 });
  });

  it('SessionRecordObj: cost at the tariff once finished, null while running', () => {
    const tariff = { price_per_kWh: 0.39, currency: 'EUR' };
    const base = { id: 't1', evse: 1, started_at: T0, meter_start_Wh: 0, auth_method: 'RFID', id_token: 'DEADBEEF', protocol: 'IEC61851' };
    const done = toSessionRecord({ ...base, stopped_at: T0 + 3_600_000, energy_Wh: 9420, stop_reason: 'EVDisconnected' }, tariff);
    valid(objectValidators.SessionRecordObj, done);
    expect(done).toMatchObject({ session_id: 't1', stopped_at: '2026-01-01T11:00:00.000Z', cost: 3.67, protocol: 'IEC61851' });
    const running = toSessionRecord({ ...base, stopped_at: null, energy_Wh: 10, stop_reason: null, protocol: 'bogus' }, tariff);
    valid(objectValidators.SessionRecordObj, running);
    expect(running).toMatchObject({ cost: null, stopped_at: null, protocol: null });
    expect(energyCost(1000, { price_per_kWh: 0.333, currency: 'EUR' })).toBe(0.33);
  });
});

describe('DisplayStateObj', () => {
  function display(over: Partial<DisplaySnapshot> = {}): DisplaySnapshot {
    return {
      ...acSnapshot(),
      tariff: { price_per_kWh: 0.39, currency: 'EUR' },
      errors: [],
      authMethod: null,
      refusedReason: null,
      authorizing: false,
      awaitingPlug: false,
      ...over,
    };
  }
  const plugged = (over: Partial<ChargerStatus>) => chargerStatus({ plugged: true, cp: 'B', session_id: 's1', ...over });

  const cases: Array<[string, Partial<DisplaySnapshot>]> = [
    ['ready', {}],
    ['plug_in', { awaitingPlug: true }],
    ['authorize', { charger: plugged({ state: 'WaitingForAuthentication' }), state: 'AuthRequired' }],
    ['authorizing', { charger: plugged({ state: 'WaitingForAuthentication' }), state: 'AuthRequired', authorizing: true }],
    ['charging', { charger: plugged({ state: 'Charging', transaction_id: 't', id_token: '04A2B3C4D5E6F7', energy_Wh: 100, transaction_started_at: T0 }), state: 'Charging', authMethod: 'RFID', reading: reading(16) }],
    ['paused', { charger: plugged({ state: 'ChargingPausedEV', transaction_id: 't', transaction_started_at: T0 }), state: 'ChargingPausedEV' }],
    ['summary', { charger: plugged({ state: 'Finished', energy_Wh: 4500, charging_duration_s: 1200, transaction_started_at: T0, stop_reason: 'Local' }), state: 'FinishedEVSE' }],
    ['unavailable', { charger: chargerStatus({ state: 'Disabled' }) }],
    ['error', { charger: plugged({ state: 'Finished', blocking_errors: ['bsp/RcdTrip'] }), errors: [{ type: 'bsp/RcdTrip', message: 'residual current', severity: 'High', description: 'RCD tripped.' } as ErrorRecord] }],
  ];

  it.each(cases)('%s', (screen, over) => {
    const d = toDisplayState(display(over));
    valid(objectValidators.DisplayStateObj, d);
    expect(d.screen).toBe(screen);
    expect(d.title.length).toBeGreaterThan(0);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.tariff).toEqual({ price_per_kWh: 0.39, currency: 'EUR' });
    expect(d.charging !== undefined).toBe(screen === 'charging' || screen === 'paused');
    expect(d.summary !== undefined).toBe(screen === 'summary');
  });

  it('charging figures, the token masked, the summary priced', () => {
    const c = toDisplayState(display(cases[4]![1]));
    expect(c.auth).toEqual({ method: 'RFID', id_token_masked: '04A2…F7' });
    expect(c.charging).toEqual({ duration_s: 0, power_W: 11040, energy_Wh: 100, current_A: 16, voltage_V: 230 });
    const s = toDisplayState(display(cases[6]![1]));
    expect(s.summary).toEqual({ energy_Wh: 4500, duration_s: 1200, cost: 1.76, currency: 'EUR', stop_reason: 'Local' });
    const e = toDisplayState(display(cases[8]![1]));
    expect(e.errors).toEqual([{ type: 'bsp/RcdTrip', message: 'residual current', severity: 'High' }]);
    expect(e.message).toBe('RCD tripped.');
  });

  it('a refused card, an authorization timeout, DC figures from the V2G session', () => {
    const r = toDisplayState(display({ ...cases[2]![1], refusedReason: 'Blocked' }));
    expect(r).toMatchObject({ screen: 'authorize', title: 'Card refused', auth: { refused_reason: 'Blocked' } });
    const t = toDisplayState(display({ charger: plugged({ state: 'Finished' }), state: 'AuthTimeout' }));
    expect(t).toMatchObject({ screen: 'authorize', title: 'Authorization timed out' });
    const d = toDisplayState({ ...display(), ...dcSnapshot() });
    valid(objectValidators.DisplayStateObj, d);
    expect(d.charging).toMatchObject({ soc_pct: 74, current_A: 98.5, voltage_V: 398.2 });
    expect(d.connector_type).toBe('cCCS2');
    expect(displayScreen({ ...display(), ...dcSnapshot() })).toBe('charging');
  });

  it('masks tokens of every length', () => {
    expect(maskToken('04A2B3C4D5E6F7')).toBe('04A2…F7');
    expect(maskToken('DEADBEEF')).toBe('DE…EF');
    expect(maskToken('ABC')).toBe('…');
  });
});
