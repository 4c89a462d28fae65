/**
 * The EVSE SLAC states (ISO 15118-3 Annex A.9, EVSE side) as data: per phase the public state it
 * belongs to, the timer it declares, the messages it accepts (each tagged with where the standard asks
 * for it) and one handler. Handlers do no I/O: they read the frame and the session, update the session's
 * counts and return an Outcome that the machine (machine.ts) carries out. Tests can call them directly.
 */
import type {
  AttenCharInd,
  Hex,
  MacAddress,
  SlacFrame,
  SlacMessage,
  SlacMessageName,
  SlacMatchReq,
} from '../frames/types.js';
import {
  APPLICATION_TYPE,
  SECURITY_TYPE,
  addProfile,
  attenCharInd,
  averagedProfile,
  emptyAttenSum,
  slacMatchCnf,
  slacParmCnf,
  validateCnfNotRequired,
  type AttenSource,
  type AttenSum,
} from './messages.js';
import { SLAC_COUNTS, type TimerName, type TimerValues } from './timers.js';

export type SlacState = 'UNMATCHED' | 'MATCHING' | 'MATCHED';
export type Phase =
  | 'IDLE'
  | 'SET_KEY'
  | 'WAIT_PARM'
  | 'WAIT_START_ATTEN'
  | 'SOUNDING'
  | 'WAIT_ATTEN_RSP'
  | 'WAIT_MATCH'
  | 'JOIN'
  | 'MATCHED';

export type FailReason =
  | 'slac-init-timeout'
  | 'no-start-atten-char'
  | 'no-sounds'
  | 'atten-char-rsp-timeout'
  | 'atten-char-rejected'
  | 'match-session-timeout'
  | 'join-timeout'
  | 'link-lost'
  | 'set-key-no-cnf'
  | 'set-key-rejected';

export type IgnoreWhy = 'unexpected' | 'foreign-run-id' | 'foreign-pev' | 'malformed' | 'unsupported';

/** One matching attempt with one PEV ([V2G3-A09-16]: identified by PEV MAC and RunID). */
export interface Session {
  pevMac: MacAddress;
  runId: Hex;
  startAttenInds: number;
  sounds: number;
  atten: AttenSum;
  attenSource?: AttenSource;
  attenChar?: AttenCharInd;
  validates: number;
  matchReq?: SlacMatchReq;
}

export interface Env {
  mac: MacAddress;
  timers: TimerValues;
  key: { nid: Hex; nmk: Hex };
  fallbackAag: readonly number[];
  attenOffsetDb: number;
  awaitLink: boolean;
}

export interface Out {
  dst: MacAddress;
  message: SlacMessage;
}

export type Outcome =
  | { kind: 'ignore'; why: IgnoreWhy; detail: string }
  | { kind: 'stay'; send?: Out[] }
  | {
      kind: 'goto';
      phase: Phase;
      send?: Out[];
      /** A new session replaces the current one. */
      session?: Session;
      /** A message to send and re-send until its reply arrives (through the reply matcher). */
      request?: { out: Out; awaits: SlacMessageName };
      matched?: boolean;
    }
  | { kind: 'fail'; reason: FailReason };

export interface PhaseDef {
  state: SlacState;
  /** The timer the machine arms on entry; its expiry calls onTimeout. */
  timer: TimerName | null;
  /** Accepted messages → the requirement (or table) that asks for them; anything else is counted and dropped. */
  allowed: Partial<Record<SlacMessageName, string>>;
  handle(f: SlacFrame, s: Session | null, env: Env): Outcome;
  onTimeout?(s: Session | null, env: Env): Outcome;
}

const ignore = (why: IgnoreWhy, detail: string): Outcome => ({ kind: 'ignore', why, detail });
const RUN_ID = /^[0-9a-f]{16}$/;

/** Null when the frame belongs to the session, else the reason to drop it. */
function foreign(f: SlacFrame, s: Session): Outcome | null {
  const runId = (f.message as { run_id?: unknown }).run_id;
  if (typeof runId !== 'string') return ignore('malformed', `${f.message.name} without a RunID`);
  if (runId.toLowerCase() !== s.runId) return ignore('foreign-run-id', `${f.message.name} run_id ${runId}`);
  if (f.header.src.toLowerCase() !== s.pevMac) return ignore('foreign-pev', `${f.message.name} from ${f.header.src}`);
  return null;
}

function newSession(pevMac: MacAddress, runId: Hex): Session {
  return { pevMac, runId, startAttenInds: 0, sounds: 0, atten: emptyAttenSum(), validates: 0 };
}

/** CM_SLAC_PARM.REQ: opens a session (or restarts the same one); answers with CM_SLAC_PARM.CNF. */
function onParmReq(f: SlacFrame, s: Session | null, env: Env): Outcome {
  const m = f.message;
  if (m.name !== 'CM_SLAC_PARM.REQ') return ignore('unexpected', m.name);
  if (typeof m.run_id !== 'string' || !RUN_ID.test(m.run_id.toLowerCase())) return ignore('malformed', 'bad RunID');
  if (m.application_type !== APPLICATION_TYPE) return ignore('unsupported', `application_type ${m.application_type}`);
  if (m.security_type !== SECURITY_TYPE) return ignore('unsupported', `security_type ${m.security_type}`);
  const pev = f.header.src.toLowerCase();
  const runId = m.run_id.toLowerCase();
  // A session exists: only its own PEV and RunID may restart it ([V2G3-A09-16]); others are foreign.
  if (s && (s.runId !== runId || s.pevMac !== pev)) return ignore('foreign-run-id', `CM_SLAC_PARM.REQ run_id ${runId}`);
  const session = newSession(pev, runId);
  return {
    kind: 'goto',
    phase: 'WAIT_START_ATTEN',
    session,
    send: [{ dst: pev, message: slacParmCnf(pev, runId, env.timers.TT_EVSE_match_MNBC) }],
  };
}

/** Sounding is over (all profiles in, or TT_EVSE_match_MNBC expired): average and report. */
export function finishSounding(s: Session, env: Env): Outcome {
  if (s.sounds === 0 && s.atten.profiles === 0) return { kind: 'fail', reason: 'no-sounds' };
  const { aag, source } = averagedProfile(s.atten, env.fallbackAag, env.attenOffsetDb);
  s.attenSource = source;
  s.attenChar = attenCharInd(s.pevMac, s.runId, Math.max(s.sounds, s.atten.profiles), aag);
  return {
    kind: 'goto',
    phase: 'WAIT_ATTEN_RSP',
    request: { out: { dst: s.pevMac, message: s.attenChar }, awaits: 'CM_ATTEN_CHAR.RSP' },
  };
}

function onMatchReq(f: SlacFrame, s: Session, env: Env, resend: boolean): Outcome {
  const m = f.message;
  if (m.name !== 'CM_SLAC_MATCH.REQ') return ignore('unexpected', m.name);
  const other = foreign(f, s);
  if (other) return other;
  if (typeof m.pev_id !== 'string' || typeof m.evse_id !== 'string') return ignore('malformed', 'SLAC_MATCH ids');
  s.matchReq = m;
  const send = [{ dst: s.pevMac, message: slacMatchCnf(m, env.key.nid, env.key.nmk) }];
  if (resend) return { kind: 'stay', send };
  return { kind: 'goto', phase: env.awaitLink ? 'JOIN' : 'MATCHED', send, matched: true };
}

const PARM_RESTART = '[V2G3-A09-16] same PEV and RunID restart the session; others are foreign';
const stay: Outcome = { kind: 'stay' };

export const PHASES: Record<Phase, PhaseDef> = {
  IDLE: { state: 'UNMATCHED', timer: null, allowed: {}, handle: (f) => ignore('unexpected', f.message.name) },

  /** Waiting for CM_SET_KEY.CNF when it is configured to block matching (the reply matcher owns the wait). */
  SET_KEY: { state: 'UNMATCHED', timer: null, allowed: {}, handle: (f) => ignore('unexpected', f.message.name) },

  WAIT_PARM: {
    state: 'UNMATCHED',
    timer: 'TT_EVSE_SLAC_init',
    allowed: { 'CM_SLAC_PARM.REQ': 'Table A.2; answered with CM_SLAC_PARM.CNF' },
    handle: (f, _s, env) => onParmReq(f, null, env),
    // [V2G3-M06-07]: no SLAC request within TT_EVSE_SLAC_init; the charger toggles E/F and retries.
    onTimeout: () => ({ kind: 'fail', reason: 'slac-init-timeout' }),
  },

  WAIT_START_ATTEN: {
    state: 'MATCHING',
    timer: 'TT_match_sequence',
    allowed: { 'CM_SLAC_PARM.REQ': PARM_RESTART, 'CM_START_ATTEN_CHAR.IND': 'Table A.3; opens sounding' },
    handle(f, s, env) {
      if (!s || f.message.name === 'CM_SLAC_PARM.REQ') return onParmReq(f, s, env);
      const other = foreign(f, s);
      if (other) return other;
      s.startAttenInds++;
      return { kind: 'goto', phase: 'SOUNDING' };
    },
    onTimeout: () => ({ kind: 'fail', reason: 'no-start-atten-char' }),
  },

  SOUNDING: {
    state: 'MATCHING',
    timer: 'TT_EVSE_match_MNBC',
    allowed: {
      'CM_SLAC_PARM.REQ': PARM_RESTART,
      'CM_START_ATTEN_CHAR.IND': `repeats (C_EV_start_atten_char_inds = ${SLAC_COUNTS.C_EV_start_atten_char_inds})`,
      'CM_MNBC_SOUND.IND': 'Table A.5; counted within TT_EVSE_match_MNBC',
      'CM_ATTEN_PROFILE.IND': '[V2G3-A09-43] the local modem reports what it heard; averaged [V2G3-A09-19]',
    },
    handle(f, s, env) {
      const m = f.message;
      if (!s || m.name === 'CM_SLAC_PARM.REQ') return onParmReq(f, s, env);
      if (m.name === 'CM_ATTEN_PROFILE.IND') {
        if (typeof m.pev_mac !== 'string') return ignore('malformed', 'CM_ATTEN_PROFILE.IND without pev_mac');
        if (m.pev_mac.toLowerCase() !== s.pevMac) return ignore('foreign-pev', `profile for ${m.pev_mac}`);
        if (!addProfile(s.atten, m.aag)) return ignore('malformed', 'attenuation profile shape');
        // [V2G3-A09-44]: every sound is in, no need to sit out the rest of the window.
        return s.atten.profiles >= SLAC_COUNTS.C_EV_match_MNBC ? finishSounding(s, env) : stay;
      }
      const other = foreign(f, s);
      if (other) return other;
      if (m.name === 'CM_START_ATTEN_CHAR.IND') s.startAttenInds++;
      else s.sounds++;
      return stay;
    },
    onTimeout: (s, env) => (s ? finishSounding(s, env) : { kind: 'fail', reason: 'no-sounds' }),
  },

  /** The reply matcher re-sends CM_ATTEN_CHAR.IND every TT_match_response, C_EV_match_retry times. */
  WAIT_ATTEN_RSP: {
    state: 'MATCHING',
    timer: null,
    allowed: {
      'CM_SLAC_PARM.REQ': PARM_RESTART,
      'CM_ATTEN_CHAR.RSP': 'Table A.4',
      'CM_VALIDATE.REQ': 'the PEV moved on: its CM_ATTEN_CHAR.RSP was lost on the way',
      'CM_SLAC_MATCH.REQ': 'the PEV moved on: its CM_ATTEN_CHAR.RSP was lost on the way',
    },
    handle(f, s, env) {
      const m = f.message;
      if (!s || m.name === 'CM_SLAC_PARM.REQ') return onParmReq(f, s, env);
      if (m.name === 'CM_VALIDATE.REQ' || m.name === 'CM_SLAC_MATCH.REQ') {
        // Only a PEV that accepted our CM_ATTEN_CHAR.IND sends these: take them as its (lost) RSP.
        const next = PHASES.WAIT_MATCH.handle(f, s, env);
        return next.kind === 'stay' ? { kind: 'goto', phase: 'WAIT_MATCH', ...(next.send ? { send: next.send } : {}) } : next;
      }
      const other = foreign(f, s);
      if (other) return other;
      if (m.name !== 'CM_ATTEN_CHAR.RSP') return ignore('unexpected', m.name);
      return m.result === 0 ? { kind: 'goto', phase: 'WAIT_MATCH' } : { kind: 'fail', reason: 'atten-char-rejected' };
    },
  },

  WAIT_MATCH: {
    state: 'MATCHING',
    timer: 'TT_EVSE_match_session',
    allowed: {
      'CM_SLAC_PARM.REQ': PARM_RESTART,
      'CM_ATTEN_CHAR.RSP': 'late duplicate of the answered RSP (our IND was re-sent)',
      'CM_VALIDATE.REQ': 'Table A.6; this EVSE has no validation: result "not required"',
      'CM_SLAC_MATCH.REQ': 'Table A.7; answered with NID/NMK in CM_SLAC_MATCH.CNF',
    },
    handle(f, s, env) {
      const m = f.message;
      if (!s || m.name === 'CM_SLAC_PARM.REQ') return onParmReq(f, s, env);
      if (m.name === 'CM_VALIDATE.REQ') {
        // CM_VALIDATE carries no RunID: the sender must be the session's PEV.
        if (f.header.src.toLowerCase() !== s.pevMac) return ignore('foreign-pev', `CM_VALIDATE.REQ from ${f.header.src}`);
        if (typeof m.signal_type !== 'number') return ignore('malformed', 'CM_VALIDATE.REQ signal_type');
        s.validates++;
        return { kind: 'stay', send: [{ dst: s.pevMac, message: validateCnfNotRequired(m.signal_type) }] };
      }
      if (m.name === 'CM_ATTEN_CHAR.RSP') return foreign(f, s) ?? stay;
      return onMatchReq(f, s, env, false);
    },
    onTimeout: () => ({ kind: 'fail', reason: 'match-session-timeout' }),
  },

  /** Matched; waiting for the modem to report the link up (only with awaitLink). */
  JOIN: {
    state: 'MATCHED',
    timer: 'TT_match_join',
    allowed: { 'CM_SLAC_MATCH.REQ': 'repeat: our CNF was lost, send it again' },
    handle: (f, s, env) => (s ? onMatchReq(f, s, env, true) : ignore('unexpected', f.message.name)),
    onTimeout: () => ({ kind: 'fail', reason: 'join-timeout' }),
  },

  MATCHED: {
    state: 'MATCHED',
    timer: null,
    allowed: { 'CM_SLAC_MATCH.REQ': 'repeat: our CNF was lost, send it again' },
    handle: (f, s, env) => (s ? onMatchReq(f, s, env, true) : ignore('unexpected', f.message.name)),
  },
};
