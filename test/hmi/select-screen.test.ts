/**
 * Which screen the kiosk shows (hmi-contract: ready, authorize, preparing, charging, paused, finished,
 * unavailable, out-of-service), from the appliance's display state and EVSE status, and the model updates
 * that feed it.
 */
import { describe, expect, it } from 'vitest';
import type { DisplayScreenEnum, DisplayStateObj, EVSEStateEnum, EVSEStatusObj, MeterDataObj, SessionRecordObj } from '../../hmi/src/api-types.js';
import { chartPoints, chartScaleW } from '../../hmi/src/chart-geometry.js';
import { pausedBy, preparingStage, selectScreen, SCREENS, type ScreenName } from '../../hmi/src/select-screen.js';
import {
  appendSample,
  emptyModel,
  FINISHED_HOLD_MS,
  MAX_SAMPLES,
  screenOf,
  summaryOf,
  withDisplay,
  withMeter,
  withoutRecent,
  withSessionFinished,
  withStatus,
} from '../../hmi/src/state.js';

function display(screen: DisplayScreenEnum, state: EVSEStateEnum, extra: Partial<DisplayStateObj> = {}): DisplayStateObj {
  return {
    screen,
    title: '',
    message: '',
    evse_index: 1,
    connector_type: 'sType2',
    plugged: screen !== 'ready',
    state,
    auth: {},
    tariff: { price_per_kWh: 0.39, currency: 'EUR' },
    errors: [],
    ...extra,
  };
}

function status(state: EVSEStateEnum, extra: Partial<EVSEStatusObj> = {}): EVSEStatusObj {
  return {
    charged_energy_wh: 0,
    discharged_energy_wh: 0,
    charging_duration_s: 0,
    charging_allowed: true,
    available: true,
    active_connector_index: 1,
    error_present: false,
    charge_protocol: 'IEC61851',
    state,
    ...extra,
  };
}

const DC_PARAM: NonNullable<EVSEStatusObj['dc_charge_param']> = {
  evse_maximum_charge_current: 125,
  evse_maximum_charge_power: 50_000,
  evse_maximum_voltage: 500,
  evse_minimum_charge_current: 0,
  evse_minimum_charge_power: 0,
  evse_minimum_voltage: 150,
};

const pick = (d: DisplayScreenEnum | null, s: EVSEStateEnum | null, holdingFinished = false): ScreenName | null =>
  selectScreen({ display: d, state: s, holdingFinished });

describe('selectScreen: from the display state', () => {
  const cases: [DisplayScreenEnum, EVSEStateEnum, ScreenName][] = [
    ['ready', 'Unplugged', 'ready'],
    ['plug_in', 'Unplugged', 'preparing'],
    ['authorize', 'AuthRequired', 'authorize'],
    ['authorizing', 'AuthRequired', 'authorize'],
    ['authorize', 'AuthTimeout', 'authorize'],
    ['charging', 'Preparing', 'preparing'],
    ['charging', 'Charging', 'charging'],
    ['charging', 'FinishedEV', 'charging'],
    ['paused', 'ChargingPausedEV', 'paused'],
    ['paused', 'ChargingPausedEVSE', 'paused'],
    ['summary', 'Finished', 'finished'],
    ['summary', 'FinishedEVSE', 'finished'],
    ['unavailable', 'Disabled', 'unavailable'],
    ['unavailable', 'AuthTimeout', 'unavailable'],
    ['ready', 'Reserved', 'unavailable'],
    ['error', 'Charging', 'out-of-service'],
    ['error', 'Unplugged', 'out-of-service'],
  ];
  it.each(cases)('%s with EVSE state %s shows %s', (d, s, expected) => {
    expect(pick(d, s)).toBe(expected);
  });

  it('reaches every screen of the contract', () => {
    const reached = new Set(cases.map(([, , s]) => s));
    expect([...reached].sort()).toEqual([...SCREENS].sort());
  });

  it('holds the finished summary only over the idle screen', () => {
    expect(pick('ready', 'Unplugged', true)).toBe('finished');
    expect(pick('authorize', 'AuthRequired', true)).toBe('authorize');
    expect(pick('error', 'Unplugged', true)).toBe('out-of-service');
  });
});

describe('selectScreen: from the EVSE state alone', () => {
  it('shows nothing until something is known', () => {
    expect(pick(null, null)).toBeNull();
  });

  it.each([
    ['Unplugged', 'ready'],
    ['AuthRequired', 'authorize'],
    ['Preparing', 'preparing'],
    ['Charging', 'charging'],
    ['ChargingPausedEVSE', 'paused'],
    ['Finished', 'finished'],
    ['Disabled', 'unavailable'],
    ['Unknown', 'unavailable'],
  ] as [EVSEStateEnum, ScreenName][])('%s shows %s', (s, expected) => {
    expect(pick(null, s)).toBe(expected);
  });
});

describe('preparingStage (DC start-up)', () => {
  it('is connecting until a V2G session names its protocol', () => {
    expect(
      preparingStage(
        status('Preparing', {
          dc_charge_param: DC_PARAM,
          charge_protocol: 'IEC61851',
        }),
      ),
    ).toBe('connecting');
  });

  it('is the cable check until the vehicle names its pre-charge target voltage', () => {
    const base = {
      dc_charge_param: DC_PARAM,
      charge_protocol: 'ISO15118' as const,
    };
    const dcStatus = {
      evse_present_current: 0,
      evse_present_voltage: 0,
      evse_power_limit_achieved: false,
      evse_current_limit_achieved: false,
      evse_voltage_limit_achieved: false,
    };
    expect(preparingStage(status('Preparing', { ...base, dc_charge_status: dcStatus }))).toBe('cable-check');
    expect(
      preparingStage(
        status('Preparing', {
          ...base,
          dc_charge_status: { ...dcStatus, ev_target_voltage: 400 },
        }),
      ),
    ).toBe('pre-charge');
  });

  it('is none for AC, and none outside preparing', () => {
    expect(preparingStage(status('Preparing'))).toBeNull();
    expect(preparingStage(status('Charging', { dc_charge_param: DC_PARAM }))).toBeNull();
    expect(preparingStage(null)).toBeNull();
  });
});

describe('pausedBy', () => {
  it('tells the vehicle from the charger', () => {
    expect(pausedBy('ChargingPausedEV')).toBe('vehicle');
    expect(pausedBy('ChargingPausedEVSE')).toBe('charger');
    expect(pausedBy('Charging')).toBeNull();
  });
});

describe('the screen model', () => {
  const meter = (iso: string, w: number): MeterDataObj => ({
    timestamp: iso,
    energy_Wh_import: { total: 0 },
    meter_id: 'm',
    power_W: { total: w },
  });
  const session = (extra: Partial<SessionRecordObj> = {}): SessionRecordObj => ({
    session_id: 's1',
    evse_index: 1,
    started_at: '2026-01-01T10:00:00.000Z',
    stopped_at: '2026-01-01T10:30:00.000Z',
    energy_Wh: 5500,
    stop_reason: 'EVDisconnected',
    auth_method: 'RFID',
    id_token: 'DEADBEEF',
    protocol: 'IEC61851',
    cost: 2.15,
    ...extra,
  });

  it('records power samples only during a session, and starts a new chart with a new session', () => {
    let m = withDisplay(emptyModel(1), display('ready', 'Unplugged'));
    m = withMeter(m, meter('2026-01-01T10:00:00.000Z', 0));
    expect(m.samples).toHaveLength(0);
    m = withDisplay(m, display('charging', 'Charging'));
    m = withMeter(m, meter('2026-01-01T10:00:01.000Z', 11000));
    m = withMeter(m, meter('2026-01-01T10:00:02.000Z', 11040));
    expect(m.samples.map((s) => s.w)).toEqual([11000, 11040]);
    m = withDisplay(m, display('paused', 'ChargingPausedEV'));
    m = withMeter(m, meter('2026-01-01T10:00:03.000Z', 0));
    expect(m.samples).toHaveLength(3);
    m = withDisplay(m, display('ready', 'Unplugged'));
    m = withDisplay(m, display('charging', 'Charging'));
    expect(m.samples).toHaveLength(0);
  });

  it('thins old samples rather than growing without bound', () => {
    let samples = appendSample([], { t: 0, w: 0 });
    for (let i = 1; i < 2000; i++) samples = appendSample(samples, { t: i, w: i });
    expect(samples.length).toBeLessThanOrEqual(MAX_SAMPLES);
    expect(samples[0]!.t).toBe(0);
    expect(samples[samples.length - 1]!.t).toBe(1999);
  });

  it('keeps the summary of a session ended by unplugging for a while, with its protocol and charging time', () => {
    const now = 1_000_000;
    let m = withStatus(emptyModel(1), status('Charging', { charge_protocol: 'ISO15118' }));
    m = withDisplay(
      m,
      display('charging', 'Charging', {
        charging: {
          duration_s: 1700,
          power_W: 11000,
          energy_Wh: 5400,
          current_A: 16,
          voltage_V: 230,
        },
      }),
    );
    m = withStatus(m, status('Unplugged', { charge_protocol: 'Unknown' }));
    m = withDisplay(m, display('ready', 'Unplugged'));
    m = withSessionFinished(m, session(), now);
    expect(screenOf(m, now)).toBe('finished');
    expect(summaryOf(m)).toEqual({
      energy_Wh: 5500,
      duration_s: 1700,
      cost: 2.15,
      currency: 'EUR',
      protocol: 'ISO15118',
      plugged: false,
    });
    expect(screenOf(m, now + FINISHED_HOLD_MS - 1)).toBe('finished');
    expect(screenOf(m, now + FINISHED_HOLD_MS)).toBe('ready');
    expect(screenOf(withoutRecent(m), now)).toBe('ready');
  });

  it('drops the held summary as soon as the next session begins, and ignores other EVSEs', () => {
    let m = withDisplay(emptyModel(1), display('ready', 'Unplugged'));
    expect(withSessionFinished(m, session({ evse_index: 2 }), 0).recent).toBeNull();
    m = withSessionFinished(m, session(), 0);
    m = withDisplay(m, display('authorize', 'AuthRequired'));
    expect(m.recent).toBeNull();
    expect(screenOf(m, 1)).toBe('authorize');
  });

  it('takes the appliance summary while the vehicle is still plugged in', () => {
    let m = withStatus(emptyModel(1), status('Finished', { charge_protocol: 'DIN70121' }));
    m = withDisplay(
      m,
      display('summary', 'Finished', {
        summary: {
          energy_Wh: 20_000,
          duration_s: 900,
          cost: 7.8,
          currency: 'EUR',
          stop_reason: 'EVStop',
        },
      }),
    );
    expect(screenOf(m, 0)).toBe('finished');
    expect(summaryOf(m)).toEqual({
      energy_Wh: 20_000,
      duration_s: 900,
      cost: 7.8,
      currency: 'EUR',
      protocol: 'DIN70121',
      plugged: true,
    });
  });
});

describe('chart geometry', () => {
  it('spans the samples across the width and scales power to the height', () => {
    const samples = [
      { t: 0, w: 0 },
      { t: 500, w: 5000 },
      { t: 1000, w: 10_000 },
    ];
    const max = chartScaleW(samples);
    expect(max).toBeCloseTo(11_500);
    const pts = chartPoints(samples, max)
      .split(' ')
      .map((p) => p.split(',').map(Number));
    expect(pts).toHaveLength(3);
    expect(pts[0]![0]).toBeLessThan(pts[1]![0]!);
    expect(pts[1]![0]).toBeLessThan(pts[2]![0]!);
    // SVG y grows downwards: more power, higher line.
    expect(pts[2]![1]).toBeLessThan(pts[1]![1]!);
    expect(pts[1]![1]).toBeLessThan(pts[0]![1]!);
  });

  it('draws a flat line at the bottom when nothing flows, and nothing without samples', () => {
    expect(chartScaleW([])).toBe(1000);
    expect(chartPoints([], 1000)).toBe('');
  });
});
