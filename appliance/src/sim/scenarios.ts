/**
 * Scripted charging sessions: what a person (and a vehicle) does at the charger, step by step, and what
 * the charger must have done by the end. Used by `ampbox simulate`, the tests and the `npm start` demo.
 */
import type { InjectableFault } from '../bsp/index.js';
import type { FaultSpec } from '../v2g/evcc/index.js';
import type { SessionEventType, StopReason } from '../shared/ports/charger.js';

export type ScenarioAction =
  | { plug: string }
  | { unplug: true }
  | { token: string }
  | { ev_pause: true }
  | { ev_resume: true }
  | { evse_pause: true }
  | { evse_resume: true }
  | { current_limit_A: number }
  | { stop: StopReason }
  | { fault: InjectableFault }
  | { clear_fault: InjectableFault }
  /** The vehicle's V2G stack injects this fault in the sessions it starts from now on (null: none). */
  | { v2g_fault: FaultSpec | null }
  /** DC: the insulation resistance the IMD measures from now on (a damaged cable: e.g. 10 kΩ). */
  | { isolation_kOhm: number };

export interface ScenarioStep {
  /** Wait for this session event (after the previous step) before the delay; absent: start at once. */
  on?: SessionEventType;
  delay_s: number;
  action: ScenarioAction;
}

export interface ScenarioExpectations {
  /** These session events must occur in this order (others may come between). */
  events: SessionEventType[];
  /** Session events that must not occur. */
  absent_events?: SessionEventType[];
  /** Exactly these error types must have been raised (in any order). */
  errors: string[];
  stop_reason: StopReason | null;
  energy: 'positive' | 'zero';
  /** Per-phase current that must have been reached (A, ±0.5) on this many phases. */
  peak_current_A?: { amps: number; phases: number };
  /** No error may still be active once the scenario ends. */
  errors_cleared_at_end?: boolean;
  /** Contactors must be open on the tick after the fault was injected. */
  power_off_after_fault?: boolean;
  /** How SLAC must have ended (ISO 15118-3): the vehicle matched, or SLAC failed and basic charging took over. */
  slac?: 'matched' | 'failed';
  /** V2G stages the session must have gone through, in this order (as the SECC reported them). */
  v2g_stages?: string[];
}

export interface Scenario {
  name: string;
  description: string;
  /** Configuration overrides applied to the defaults before building the appliance. */
  config?: Record<string, unknown>;
  steps: ScenarioStep[];
  /** The scenario is over when this session event has been seen after the last step. */
  ends_on: SessionEventType;
  max_duration_s: number;
  expect: ScenarioExpectations;
}

const FULL_SESSION: SessionEventType[] = [
  'SessionStarted',
  'AuthRequired',
  'Authorized',
  'TransactionStarted',
  'ChargingStarted',
];

/** Plug `ev` after 2 s and present the demo card 2 s after the charger asks for it. */
const plugAndAuthorize = (ev: string): ScenarioStep[] => [
  { delay_s: 2, action: { plug: ev } },
  { on: 'AuthRequired', delay_s: 2, action: { token: 'DEADBEEF' } },
];

/** A fault `after_s` into charging: the session must end safely with `error` and `stop_reason`. */
function faultWhileCharging(
  name: string,
  description: string,
  fault: Extract<ScenarioAction, { fault: unknown }>['fault'],
  error: string,
  stop_reason: StopReason,
  after_s: number,
): Scenario {
  return {
    name,
    description,
    steps: [
      ...plugAndAuthorize('ac-3p-32-long'),
      { on: 'ChargingStarted', delay_s: after_s, action: { fault } },
      { on: 'TransactionFinished', delay_s: 10, action: { unplug: true } },
    ],
    ends_on: 'SessionFinished',
    max_duration_s: 3600,
    expect: {
      events: [...FULL_SESSION, 'StoppingCharging', 'TransactionFinished', 'SessionFinished'],
      errors: [error],
      stop_reason,
      energy: 'positive',
      power_off_after_fault: true,
      errors_cleared_at_end: true,
    },
  };
}

/** The simulated CCS charger: a 50 kW supply and an IMD behind SLAC and V2G. */
const DC_EVSE = { id: 1, connector: 'cCCS2', max_current_A: 32, slac: { enabled: true }, dc: { enabled: true } };

/** A DC session on the simulated CCS charger: SLAC, SDP, V2G, cable check, pre-charge, CurrentDemand to the EV's target SoC. */
function dcSession(name: 'dc-iso2' | 'dc-din', protocol: string): Scenario {
  return {
    name,
    description: `${protocol} DC: SLAC, SDP and V2G over TCP on ::1; RFID, cable check with the IMD, pre-charge, CurrentDemand until the car's target SoC, welding detection, session stop.`,
    config: { evses: [DC_EVSE] },
    steps: [
      { delay_s: 2, action: { plug: name } },
      { on: 'AuthRequired', delay_s: 5, action: { token: 'DEADBEEF' } },
      { on: 'TransactionFinished', delay_s: 30, action: { unplug: true } },
    ],
    ends_on: 'SessionFinished',
    max_duration_s: 3 * 3600,
    expect: {
      events: [...FULL_SESSION, 'StoppingCharging', 'TransactionFinished', 'SessionFinished'],
      errors: [],
      stop_reason: 'StoppedByEV',
      energy: 'positive',
      errors_cleared_at_end: true,
      slac: 'matched',
      v2g_stages: ['SessionSetup', 'CableCheck', 'PreCharge', 'CurrentDemand', 'WeldingDetection', 'SessionStop'],
    },
  };
}

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'ac-basic',
    description: 'Plug in, authorize by RFID, charge at 16 A on three phases until the EV is full, unplug.',
    steps: [
      { delay_s: 2, action: { plug: 'ac-3p-16' } },
      { on: 'AuthRequired', delay_s: 3, action: { token: 'DEADBEEF' } },
      { on: 'ChargingPausedEV', delay_s: 30, action: { unplug: true } },
    ],
    ends_on: 'SessionFinished',
    max_duration_s: 6 * 3600,
    expect: {
      events: [...FULL_SESSION, 'ChargingPausedEV', 'StoppingCharging', 'TransactionFinished', 'SessionFinished'],
      errors: [],
      stop_reason: 'EVDisconnected',
      energy: 'positive',
      peak_current_A: { amps: 16, phases: 3 },
      errors_cleared_at_end: true,
    },
  },
  {
    name: 'ac-pause',
    description: 'The EV pauses and resumes, then the charger pauses and resumes, then the driver stops at the charger.',
    steps: [
      ...plugAndAuthorize('ac-3p-32-long'),
      { on: 'ChargingStarted', delay_s: 600, action: { ev_pause: true } },
      { on: 'ChargingPausedEV', delay_s: 300, action: { ev_resume: true } },
      { on: 'ChargingResumed', delay_s: 600, action: { evse_pause: true } },
      { on: 'ChargingPausedEVSE', delay_s: 300, action: { evse_resume: true } },
      { on: 'ChargingResumed', delay_s: 600, action: { stop: 'Local' } },
      { on: 'TransactionFinished', delay_s: 10, action: { unplug: true } },
    ],
    ends_on: 'SessionFinished',
    max_duration_s: 3 * 3600,
    expect: {
      events: [
        ...FULL_SESSION,
        'ChargingPausedEV',
        'ChargingResumed',
        'ChargingPausedEVSE',
        'ChargingResumed',
        'StoppingCharging',
        'TransactionFinished',
        'SessionFinished',
      ],
      errors: [],
      stop_reason: 'Local',
      energy: 'positive',
      peak_current_A: { amps: 16, phases: 3 },
      errors_cleared_at_end: true,
    },
  },
  faultWhileCharging(
    'fault-rcd',
    'The residual current device trips while charging: contactors open at once, the transaction ends, the error clears at unplug.',
    'rcd_trip',
    'bsp/RcdTrip',
    'GroundFault',
    120,
  ),
  {
    name: 'fault-diode',
    description: "A vehicle with a failed CP diode: the fault is found when the PWM starts, power is never switched on.",
    // Basic charging: the PWM (and so the diode check) starts only after authorization.
    config: { evses: [{ id: 1, max_current_A: 16, slac: { enabled: false } }] },
    steps: [
      { delay_s: 1, action: { fault: 'diode_failure' } },
      { delay_s: 1, action: { plug: 'ac-3p-16' } },
      { on: 'AuthRequired', delay_s: 2, action: { token: 'DEADBEEF' } },
      { on: 'TransactionFinished', delay_s: 10, action: { unplug: true } },
    ],
    ends_on: 'SessionFinished',
    max_duration_s: 3600,
    expect: {
      events: ['SessionStarted', 'AuthRequired', 'Authorized', 'TransactionStarted', 'StoppingCharging', 'TransactionFinished', 'SessionFinished'],
      absent_events: ['ChargingStarted'],
      errors: ['bsp/DiodeFault'],
      stop_reason: 'EmergencyStop',
      energy: 'zero',
      errors_cleared_at_end: true,
    },
  },
  faultWhileCharging(
    'fault-cp-short',
    'The control pilot is shorted to earth while charging (state E).',
    'cp_short',
    'bsp/CpShort',
    'EmergencyStop',
    60,
  ),
  {
    name: 'fault-lock',
    description: 'The connector lock fails when charging should start: power stays off.',
    steps: [
      { delay_s: 1, action: { fault: 'lock_failure' } },
      { delay_s: 1, action: { plug: 'ac-3p-16' } },
      { on: 'AuthRequired', delay_s: 2, action: { token: 'DEADBEEF' } },
      { on: 'TransactionFinished', delay_s: 5, action: { clear_fault: 'lock_failure' } },
      { delay_s: 5, action: { unplug: true } },
    ],
    ends_on: 'SessionFinished',
    max_duration_s: 3600,
    expect: {
      events: ['SessionStarted', 'Authorized', 'TransactionStarted', 'StoppingCharging', 'TransactionFinished', 'SessionFinished'],
      absent_events: ['ChargingStarted'],
      errors: ['bsp/LockFailure'],
      stop_reason: 'EmergencyStop',
      energy: 'zero',
      errors_cleared_at_end: true,
    },
  },
  {
    name: 'fault-welded',
    description: 'A contactor welds: it stays closed after the stop, the error stays active and the lock stays closed.',
    steps: [
      ...plugAndAuthorize('ac-3p-32-long'),
      { on: 'ChargingStarted', delay_s: 60, action: { fault: 'contactor_welded' } },
      { delay_s: 60, action: { stop: 'Local' } },
      { on: 'TransactionFinished', delay_s: 10, action: { unplug: true } },
    ],
    ends_on: 'SessionFinished',
    max_duration_s: 3600,
    expect: {
      events: [...FULL_SESSION, 'StoppingCharging', 'TransactionFinished', 'SessionFinished'],
      errors: ['bsp/ContactorWelded'],
      stop_reason: 'Local',
      energy: 'positive',
      errors_cleared_at_end: false,
    },
  },
  {
    name: 'plugin-timeout',
    description: 'Nobody presents a token: the session times out without a transaction.',
    steps: [
      { delay_s: 2, action: { plug: 'ac-3p-16' } },
      { on: 'PluginTimeout', delay_s: 10, action: { unplug: true } },
    ],
    ends_on: 'SessionFinished',
    max_duration_s: 3600,
    expect: {
      events: ['SessionStarted', 'AuthRequired', 'PluginTimeout', 'SessionFinished'],
      absent_events: ['TransactionStarted'],
      errors: [],
      stop_reason: null,
      energy: 'zero',
      errors_cleared_at_end: true,
    },
  },
  {
    name: 'ac-blocked-token',
    description: 'A blocked card is refused, then a valid card starts charging; the driver stops with the charger.',
    steps: [
      { delay_s: 2, action: { plug: 'ac-1p-32' } },
      { on: 'AuthRequired', delay_s: 2, action: { token: 'BLOCKED01' } },
      { delay_s: 5, action: { token: 'DEADBEEF' } },
      { on: 'ChargingStarted', delay_s: 900, action: { stop: 'Local' } },
      { on: 'TransactionFinished', delay_s: 5, action: { unplug: true } },
    ],
    ends_on: 'SessionFinished',
    max_duration_s: 3600,
    expect: {
      events: [...FULL_SESSION, 'StoppingCharging', 'TransactionFinished', 'SessionFinished'],
      errors: [],
      stop_reason: 'Local',
      energy: 'positive',
      peak_current_A: { amps: 16, phases: 1 },
      errors_cleared_at_end: true,
    },
  },
  {
    name: 'ac-hlc',
    description: 'An ISO 15118 vehicle at a charger with SLAC but no V2G service: matched under 5 % PWM, then RFID, 5 % left through X1 and basic charging until full.',
    config: { evses: [{ id: 1, max_current_A: 16, slac: { enabled: true }, v2g: { enabled: false } }] },
    steps: [
      { delay_s: 2, action: { plug: 'ac-3p-16-hlc' } },
      { on: 'AuthRequired', delay_s: 5, action: { token: 'DEADBEEF' } },
      { on: 'ChargingPausedEV', delay_s: 30, action: { unplug: true } },
    ],
    ends_on: 'SessionFinished',
    max_duration_s: 6 * 3600,
    expect: {
      events: [...FULL_SESSION, 'ChargingPausedEV', 'StoppingCharging', 'TransactionFinished', 'SessionFinished'],
      errors: [],
      stop_reason: 'EVDisconnected',
      energy: 'positive',
      peak_current_A: { amps: 16, phases: 3 },
      errors_cleared_at_end: true,
      slac: 'matched',
    },
  },
  {
    name: 'ac-hlc-basic-ev',
    description: 'The charger asks for digital communication but the vehicle only knows basic charging: SLAC times out, the charger leaves 5 % through F and the car charges.',
    config: { evses: [{ id: 1, max_current_A: 16, slac: { enabled: true } }], auth: { timeout_s: 120 } },
    steps: [
      { delay_s: 2, action: { plug: 'ac-3p-16' } },
      { delay_s: 50, action: { token: 'DEADBEEF' } },
      { on: 'ChargingStarted', delay_s: 600, action: { unplug: true } },
    ],
    ends_on: 'SessionFinished',
    max_duration_s: 3600,
    expect: {
      events: [...FULL_SESSION, 'StoppingCharging', 'TransactionFinished', 'SessionFinished'],
      errors: [],
      stop_reason: 'EVDisconnected',
      energy: 'positive',
      peak_current_A: { amps: 16, phases: 3 },
      errors_cleared_at_end: true,
      slac: 'failed',
    },
  },
  {
    name: 'ac-iso2',
    description: 'ISO 15118-2 AC: SLAC, SDP and a V2G session over TCP on ::1; the car waits for the RFID card (external identification), charges under 5 % PWM until full and stops the session itself.',
    config: { evses: [{ id: 1, max_current_A: 16, slac: { enabled: true } }] },
    steps: [
      { delay_s: 2, action: { plug: 'ac-3p-16-hlc' } },
      { on: 'AuthRequired', delay_s: 5, action: { token: 'DEADBEEF' } },
      { on: 'TransactionFinished', delay_s: 30, action: { unplug: true } },
    ],
    ends_on: 'SessionFinished',
    max_duration_s: 6 * 3600,
    expect: {
      events: [...FULL_SESSION, 'StoppingCharging', 'TransactionFinished', 'SessionFinished'],
      errors: [],
      stop_reason: 'StoppedByEV',
      energy: 'positive',
      peak_current_A: { amps: 16, phases: 3 },
      errors_cleared_at_end: true,
      slac: 'matched',
      v2g_stages: ['SessionSetup', 'ChargeParameterDiscovery', 'ChargingStatus', 'SessionStop'],
    },
  },
  dcSession('dc-iso2', 'ISO 15118-2'),
  dcSession('dc-din', 'DIN 70121'),
  {
    name: 'dc-ev-sequence-error',
    description: 'ISO 15118-2 DC: the car sends a request out of sequence in the CurrentDemand loop; the charger answers FAILED_SequenceError, records v2g/SessionFailed, switches the supply off and opens the contactors once the current fell; the error clears at unplug.',
    config: { evses: [DC_EVSE] },
    steps: [
      { delay_s: 1, action: { v2g_fault: { kind: 'wrong-order', after: 50 } } },
      { delay_s: 1, action: { plug: 'dc-iso2' } },
      { on: 'AuthRequired', delay_s: 5, action: { token: 'DEADBEEF' } },
      { on: 'TransactionFinished', delay_s: 10, action: { unplug: true } },
    ],
    ends_on: 'SessionFinished',
    max_duration_s: 3600,
    expect: {
      events: [...FULL_SESSION, 'StoppingCharging', 'TransactionFinished', 'SessionFinished'],
      errors: ['v2g/SessionFailed'],
      stop_reason: 'Other',
      energy: 'positive',
      errors_cleared_at_end: true,
      slac: 'matched',
    },
  },
  {
    name: 'dc-isolation-fault',
    description: 'DIN 70121 DC: the insulation monitor reports a fault while charging: EVSE_EmergencyShutdown to the car, the supply switched off, contactors opened once the current fell; dc/IsolationFault clears at unplug.',
    config: { evses: [DC_EVSE] },
    steps: [
      { delay_s: 2, action: { plug: 'dc-din' } },
      { on: 'AuthRequired', delay_s: 5, action: { token: 'DEADBEEF' } },
      { on: 'ChargingStarted', delay_s: 30, action: { isolation_kOhm: 10 } },
      { on: 'TransactionFinished', delay_s: 10, action: { unplug: true } },
    ],
    ends_on: 'SessionFinished',
    max_duration_s: 3600,
    expect: {
      events: [...FULL_SESSION, 'StoppingCharging', 'TransactionFinished', 'SessionFinished'],
      errors: ['dc/IsolationFault'],
      stop_reason: 'GroundFault',
      energy: 'positive',
      errors_cleared_at_end: true,
      slac: 'matched',
      v2g_stages: ['SessionSetup', 'CableCheck', 'PreCharge', 'CurrentDemand'],
    },
  },
  {
    name: 'ac-hour',
    description: 'One hour of charging at 16 A on three phases (benchmarks and long demos), stopped by unplugging.',
    steps: [
      ...plugAndAuthorize('ac-3p-32-long'),
      { on: 'ChargingStarted', delay_s: 3600, action: { unplug: true } },
    ],
    ends_on: 'SessionFinished',
    max_duration_s: 2 * 3600,
    expect: {
      events: [...FULL_SESSION, 'StoppingCharging', 'TransactionFinished', 'SessionFinished'],
      errors: [],
      stop_reason: 'EVDisconnected',
      energy: 'positive',
      peak_current_A: { amps: 16, phases: 3 },
      errors_cleared_at_end: true,
    },
  },
];

export function findScenario(name: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.name === name);
}
