/**
 * ISO 15118-3 SLAC timing, as data (Table A.1 of the standard as transcribed by public implementations:
 * EVerest libslac `slac.hpp`, SwitchEV/EcoG pyslac `enums.py`). Every wait in the EVSE machine and the
 * PEV simulator names one of these rows; the one injected clock runs them.
 */

export interface TimerSpec {
  /** Value used by default, in ms. */
  ms: number;
  /** What the standard allows, as text. */
  range: string;
  /** Requirement ids (or the table) the value comes from. */
  req: string;
  what: string;
}

export const SLAC_TIMERS = {
  TT_EVSE_SLAC_init: {
    ms: 40_000,
    range: '20 s – 50 s',
    req: '[V2G3-M06-07], Table A.1',
    what: 'EVSE: from 5 % PWM in B/C/D to the first CM_SLAC_PARM.REQ; expiry resets (the charger then toggles E/F).',
  },
  TT_match_sequence: {
    ms: 400,
    range: '400 ms',
    req: 'Table A.1',
    what: 'EVSE: between two messages of the sequence, here CM_SLAC_PARM.CNF → first CM_START_ATTEN_CHAR.IND.',
  },
  TT_match_response: {
    ms: 200,
    range: '200 ms',
    req: 'Table A.1',
    what: 'Both sides: a request (PARM.REQ, ATTEN_CHAR.IND, SLAC_MATCH.REQ) answered by its CNF/RSP.',
  },
  TT_EVSE_match_MNBC: {
    ms: 600,
    range: '600 ms (sent as 6 × 100 ms in PARM.CNF TIME_OUT)',
    req: '[V2G3-A09-19], Table A.1',
    what: 'EVSE: sounding window from the first CM_START_ATTEN_CHAR.IND; expiry averages what was heard.',
  },
  TT_EVSE_match_session: {
    ms: 10_000,
    range: '10 s',
    req: 'Table A.1',
    what: 'EVSE: from CM_ATTEN_CHAR.RSP to CM_VALIDATE.REQ / CM_SLAC_MATCH.REQ.',
  },
  TT_match_join: {
    ms: 12_000,
    range: '≤ 12 s',
    req: 'Table A.1',
    what: 'After CM_SLAC_MATCH.CNF: both modems join the logical network (link up).',
  },
  TT_EV_atten_results: {
    ms: 1_200,
    range: '≤ 1200 ms',
    req: '[V2G3-A09-31], Table A.1',
    what: 'PEV: from the first CM_START_ATTEN_CHAR.IND to CM_ATTEN_CHAR.IND.',
  },
  TP_EV_batch_msg_interval: {
    ms: 40,
    range: '20 ms – 50 ms',
    req: 'Table A.1',
    what: 'PEV: pause between consecutive START_ATTEN_CHAR.IND / MNBC_SOUND.IND frames.',
  },
  TT_matching_rate: {
    ms: 400,
    range: '400 ms',
    req: '[V2G3-A09-124]',
    what: 'PEV: pause after a failed matching attempt before the next one (not used by the EVSE).',
  },
  TT_matching_repetition: {
    ms: 10_000,
    range: '10 s',
    req: '[V2G3-A09-125]',
    what: 'PEV: window in which failed attempts may be repeated (not used by the EVSE).',
  },
  T_step_EF: {
    ms: 4_000,
    range: '≥ 4 s',
    req: '[V2G3-M06-07], [V2G3-M06-09]',
    what: 'Charger: time in E/F before re-offering 5 % after TT_EVSE_SLAC_init expired (charger side, not here).',
  },
  TT_set_key: {
    ms: 500,
    range: 'vendor practice, not ISO',
    req: 'HomePlug AV CM_SET_KEY',
    what: 'EVSE: CM_SET_KEY.REQ to the local modem → CM_SET_KEY.CNF, per attempt.',
  },
} as const satisfies Record<string, TimerSpec>;

export type TimerName = keyof typeof SLAC_TIMERS;

/** Counts from Table A.1. */
export const SLAC_COUNTS = {
  /** Retries (after the first attempt) of an unanswered matching message. */
  C_EV_match_retry: 2,
  /** CM_START_ATTEN_CHAR.IND repetitions. */
  C_EV_start_atten_char_inds: 3,
  /** CM_MNBC_SOUND.IND count the EVSE asks for in CM_SLAC_PARM.CNF. */
  C_EV_match_MNBC: 10,
  /** E/F retries of the charger after TT_EVSE_SLAC_init ([V2G3-M06-07]); charger side. */
  C_sequ_retry: 2,
} as const;

/** Carrier groups in an attenuation profile (HomePlug Green PHY). */
export const AAG_GROUPS = 58;

export type TimerValues = Record<TimerName, number>;

/** The table's values with per-installation overrides (tests shorten nothing: they advance the clock). */
export function timerValues(overrides: Partial<Record<TimerName, number>> = {}): TimerValues {
  const out = {} as TimerValues;
  for (const name of Object.keys(SLAC_TIMERS) as TimerName[]) {
    const v = overrides[name];
    out[name] = typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : SLAC_TIMERS[name].ms;
  }
  return out;
}
