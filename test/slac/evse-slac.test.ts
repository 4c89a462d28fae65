/**
 * EVSE SLAC state machine (ISO 15118-3 Annex A.9) against the PEV simulator and a simulated local modem
 * on an in-memory bus. Time is a ManualClock: nothing sleeps. Each test names what it covers.
 */
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../appliance/src/shared/clock.js';
import { EvseSlac, PHASES, SLAC_TIMERS, SLAC_COUNTS, type EvseSlacEvent, type EvseSlacOptions } from '../../appliance/src/slac/evse/index.js';
import { frameOf, slacParmCnf } from '../../appliance/src/slac/evse/messages.js';
import { nidFromNmk } from '../../appliance/src/slac/keys.js';
import { portBus, type SlacPort } from '../../appliance/src/slac/port.js';
import { LocalModemSim, PevSim, type LocalModemSimOptions, type PevSimOptions } from '../../appliance/src/slac/pev/simulator.js';
import type { AttenCharInd, SlacFrame } from '../../appliance/src/slac/frames/types.js';

const EVSE = '02:00:00:00:00:01';
const MODEM = '02:00:00:00:00:0a';
const PEV = '02:00:00:00:00:02';
const RUN_ID = '0102030405060708';

function rig(o: { evse?: EvseSlacOptions; modem?: Partial<LocalModemSimOptions>; pev?: PevSimOptions } = {}) {
  const clock = new ManualClock();
  const bus = portBus(clock);
  const evse = new EvseSlac({ modemMac: MODEM, ...o.evse }, { port: bus.attach(EVSE), clock });
  const modem = new LocalModemSim({ hostMac: EVSE, ...o.modem }, { port: bus.attach(MODEM) });
  const pev = new PevSim(o.pev ?? {}, { port: bus.attach(PEV), clock, runId: () => RUN_ID });
  const events: EvseSlacEvent[] = [];
  evse.onEvent((e) => events.push(e));
  const failed = () => events.filter((e) => e.type === 'failed').map((e) => (e.type === 'failed' ? e.reason : ''));
  return { clock, bus, evse, modem, pev, events, failed };
}
type Rig = ReturnType<typeof rig>;

/** Plug in: 5 % PWM on both sides, then let `ms` of protocol time pass. */
function plugAndRun(r: Rig, ms = 2_000): void {
  r.evse.enterBcd();
  r.pev.start();
  r.clock.advance(ms);
}

/** A clean reset: UNMATCHED, nothing pending on the clock, and a new B/C/D entry matches again. */
function expectCleanReset(r: Rig, mac = '02:00:00:00:00:07'): void {
  expect(r.evse.state).toBe('UNMATCHED');
  expect(r.evse.phase).toBe('IDLE');
  expect(r.clock.pending()).toBe(0);
  r.evse.enterBcd();
  const again = new PevSim({}, { port: r.bus.attach(mac), clock: r.clock });
  again.start();
  r.clock.advance(2_000);
  expect(r.evse.state).toBe('MATCHED');
  expect(r.evse.matched?.pev_mac).toBe(mac);
  if (r.evse.phase === 'JOIN') r.evse.linkStatus(true);
  expect(r.clock.pending()).toBe(0);
}

describe('EvseSlac: full match (ISO 15118-3 A.9, Tables A.2–A.8)', () => {
  it('Tables A.2–A.7: matches a PEV: PARM → sounding → ATTEN_CHAR → SLAC_MATCH with the key the modem was given', () => {
    const r = rig();
    plugAndRun(r);
    expect(r.evse.state).toBe('MATCHED');
    expect(r.pev.phase).toBe('MATCHED');
    const states = r.events.filter((e) => e.type === 'state').map((e) => (e.type === 'state' ? e.state : ''));
    expect(states).toEqual(['UNMATCHED', 'MATCHING', 'MATCHING', 'MATCHING', 'MATCHING', 'MATCHED']);
    const matched = r.events.find((e) => e.type === 'matched');
    expect(matched).toEqual({ type: 'matched', pev_mac: PEV, nid: r.modem.keys[0]!.nid, run_id: RUN_ID });
    const cnf = r.bus.sent('CM_SLAC_MATCH.CNF')[0]!.message;
    expect(cnf).toMatchObject({ nid: r.modem.keys[0]!.nid, nmk: r.modem.keys[0]!.nmk, pev_mac: PEV, run_id: RUN_ID });
    // PARM.CNF advertises C_EV_match_MNBC sounds and TT_EVSE_match_MNBC in 100 ms units.
    expect(r.bus.sent('CM_SLAC_PARM.CNF')[0]!.message).toMatchObject({ num_sounds: 10, time_out: 6, forwarding_sta: PEV });
    expect(r.clock.pending()).toBe(0);
    expect(r.evse.counters).toMatchObject({ sessions: 1, matches: 1, failures: 0, retries: 0 });
  });

  it('[V2G3-A09-19][V2G3-A09-43][V2G3-A09-44] averages the local modem profiles and reports all 10 sounds early', () => {
    const r = rig({ modem: { attenuationDb: (g) => 10 + (g % 3) } });
    r.evse.enterBcd();
    r.pev.start();
    r.clock.advance(2_000);
    const ind = r.bus.sent('CM_ATTEN_CHAR.IND')[0]!;
    const m = ind.message as AttenCharInd;
    expect(m.num_sounds).toBe(10);
    expect(m.aag.slice(0, 4)).toEqual([10, 11, 12, 10]);
    // Sent once the 10th profile arrived, before TT_EVSE_match_MNBC (600 ms after the first START_ATTEN_CHAR).
    const firstStart = r.bus.trace.find((t) => t.frame.message.name === 'CM_START_ATTEN_CHAR.IND')!.at;
    expect(r.bus.trace.find((t) => t.frame === ind)!.at - firstStart).toBeLessThan(SLAC_TIMERS.TT_EVSE_match_MNBC.ms);
  });
});

describe('EvseSlac: keys (CM_SET_KEY to the local modem before matching)', () => {
  it('issue 4 §3 (HomePlug AV CM_SET_KEY): sends CM_SET_KEY.REQ with a fresh NMK and its NID to the modem before answering CM_SLAC_PARM.REQ', () => {
    const r = rig();
    plugAndRun(r);
    const names = r.bus.trace.map((t) => t.frame.message.name);
    expect(names.indexOf('CM_SET_KEY.REQ')).toBeLessThan(names.indexOf('CM_SLAC_PARM.CNF'));
    const req = r.bus.sent('CM_SET_KEY.REQ')[0]!;
    expect(req.header.dst).toBe(MODEM);
    expect(req.message).toMatchObject({ key_type: 1, pid: 4 });
    const key = r.modem.keys[0]!;
    expect(key.nid).toBe(nidFromNmk(key.nmk));
    expect(r.events).toContainEqual({ type: 'set_key', result: 'ok', nid: key.nid, code: 0 });
  });

  it('issue 4 §3 modem discovery: without a configured MAC the first CM_SET_KEY.REQ is broadcast; the answer names the modem for later sessions', () => {
    const r = rig({ evse: { modemMac: undefined } });
    expect(r.evse.modemMac).toBeNull();
    plugAndRun(r);
    expect(r.bus.sent('CM_SET_KEY.REQ')[0]!.header.dst).toBe('ff:ff:ff:ff:ff:ff');
    expect(r.evse.modemMac).toBe(MODEM);
    r.evse.leaveBcd();
    r.pev.stop();
    expectCleanReset(r);
    expect(r.bus.sent('CM_SET_KEY.REQ')[1]!.header.dst).toBe(MODEM);
  });

  it('[V2G3-A09-121] fresh mode: a new NMK per session; fixed mode: one key, set once', () => {
    const fresh = rig();
    plugAndRun(fresh);
    fresh.evse.leaveBcd();
    fresh.pev.stop();
    expectCleanReset(fresh);
    expect(fresh.modem.keys).toHaveLength(2);
    expect(fresh.modem.keys[0]!.nmk).not.toBe(fresh.modem.keys[1]!.nmk);

    const fixed = rig({ evse: { nmkMode: 'fixed' } });
    plugAndRun(fixed);
    fixed.evse.leaveBcd();
    fixed.pev.stop();
    expectCleanReset(fixed);
    expect(fixed.modem.setKeyRequests).toBe(1);
  });

  it('TT_set_key: missing CM_SET_KEY.CNF (non-blocking default): reported after 1 + 2 attempts, matching still works', () => {
    const r = rig({ modem: { setKey: 'silent' } });
    plugAndRun(r);
    expect(r.modem.setKeyRequests).toBe(3);
    expect(r.events.some((e) => e.type === 'set_key' && e.result === 'no-answer')).toBe(true);
    expect(r.evse.state).toBe('MATCHED');
    expect(r.evse.counters).toMatchObject({ set_key_failures: 1, retries: 2 });
    expect(r.clock.pending()).toBe(0);
  });

  it('TT_set_key: missing CM_SET_KEY.CNF with setKey.required: no matching, then a clean reset', () => {
    const r = rig({ modem: { setKey: 'silent' }, evse: { setKey: { required: true } } });
    r.evse.enterBcd();
    expect(r.evse.phase).toBe('SET_KEY');
    r.pev.start();
    r.clock.advance(3 * SLAC_TIMERS.TT_set_key.ms);
    expect(r.failed()).toEqual(['set-key-no-cnf']);
    expect(r.bus.sent('CM_SLAC_PARM.CNF')).toHaveLength(0);
    expect(r.evse.counters.unexpected).toBeGreaterThan(0); // the PEV's PARM.REQs during SET_KEY
    r.clock.advance(2_000);
    expectCleanReset(rig({ evse: { setKey: { required: true } } }));
  });

  it('HomePlug AV CM_SET_KEY.CNF result: a failure result: fails when required; accepted when listed in okResults', () => {
    const rejected = rig({ modem: { setKey: 'reject' }, evse: { setKey: { required: true } } });
    rejected.evse.enterBcd();
    rejected.clock.advance(0);
    expect(rejected.failed()).toEqual(['set-key-rejected']);
    expect(rejected.clock.pending()).toBe(0);

    const lenient = rig({ modem: { setKey: 'reject' }, evse: { setKey: { required: true, okResults: [0, 1] } } });
    plugAndRun(lenient);
    expect(lenient.evse.state).toBe('MATCHED');
  });
});

describe('EvseSlac: timers and resets', () => {
  it('[V2G3-M06-07] TT_EVSE_SLAC_init expiry without CM_SLAC_PARM.REQ resets', () => {
    const r = rig();
    r.evse.enterBcd();
    r.clock.advance(SLAC_TIMERS.TT_EVSE_SLAC_init.ms - 1);
    expect(r.evse.phase).toBe('WAIT_PARM');
    r.clock.advance(1);
    expect(r.failed()).toEqual(['slac-init-timeout']);
    expectCleanReset(r);
  });

  it('CP A/E/F (issue 4 §2): unplug (leaveBcd) mid-SLAC, during sounding, resets with nothing pending', () => {
    const r = rig();
    r.evse.enterBcd();
    r.pev.start();
    r.clock.advance(150);
    expect(r.evse.phase).toBe('SOUNDING');
    r.evse.leaveBcd();
    r.pev.stop();
    expect(r.events.at(-1)).toEqual({ type: 'state', state: 'UNMATCHED', phase: 'IDLE' });
    r.clock.advance(0); // frames still in flight are dropped as unexpected
    expectCleanReset(r);
  });

  it('CP A/E/F: unplug after MATCHED returns to UNMATCHED', () => {
    const r = rig();
    plugAndRun(r);
    r.evse.leaveBcd();
    expect(r.evse.state).toBe('UNMATCHED');
    expect(r.evse.matched).toBeNull();
    r.pev.stop();
    expectCleanReset(r);
  });

  it('timer table carries the ISO values (Table A.1)', () => {
    expect(SLAC_TIMERS.TT_match_sequence.ms).toBe(400);
    expect(SLAC_TIMERS.TT_match_response.ms).toBe(200);
    expect(SLAC_TIMERS.TT_EVSE_match_MNBC.ms).toBe(600);
    expect(SLAC_TIMERS.TT_EVSE_match_session.ms).toBe(10_000);
    expect(SLAC_TIMERS.TT_match_join.ms).toBe(12_000);
    expect(SLAC_TIMERS.TT_EVSE_SLAC_init.ms).toBeGreaterThanOrEqual(20_000);
    expect(SLAC_TIMERS.TT_EVSE_SLAC_init.ms).toBeLessThanOrEqual(50_000);
    expect(SLAC_COUNTS.C_EV_match_retry).toBe(2);
    for (const def of Object.values(PHASES)) if (def.timer) expect(def.onTimeout).toBeTypeOf('function');
  });
});

describe('EvseSlac: sessions, foreign RunIDs, bad frames', () => {
  it('[V2G3-A09-16] ignores a foreign RunID once a session exists; the same RunID restarts it', () => {
    const r = rig();
    const other = r.bus.attach('02:00:00:00:00:0f');
    r.evse.enterBcd();
    r.pev.start();
    r.clock.advance(10);
    expect(r.evse.phase).not.toBe('WAIT_PARM');
    other.send(frameOf(other.mac, EVSE, { name: 'CM_SLAC_PARM.REQ', application_type: 0, security_type: 0, run_id: 'ffffffffffffffff' }));
    r.clock.advance(2_000);
    expect(r.evse.counters.foreign_run_ids).toBeGreaterThanOrEqual(1);
    expect(r.evse.matched?.pev_mac).toBe(PEV);
    expect(r.bus.sent('CM_SLAC_PARM.CNF').every((f) => f.header.dst === PEV)).toBe(true);

    // The pure handler: a repeated PARM.REQ of the same PEV and RunID opens a fresh session.
    const s = { pevMac: PEV, runId: RUN_ID, startAttenInds: 3, sounds: 4, atten: { profiles: 4, sum: [] }, validates: 0 };
    const env = { mac: EVSE, timers: {} as never, key: { nid: '00'.repeat(7), nmk: '00'.repeat(16) }, fallbackAag: [], attenOffsetDb: 0, awaitLink: false };
    const again = frameOf(PEV, EVSE, { name: 'CM_SLAC_PARM.REQ', application_type: 0, security_type: 0, run_id: RUN_ID });
    const out = PHASES.SOUNDING.handle(again, s, { ...env, timers: { TT_EVSE_match_MNBC: 600 } as never });
    expect(out).toMatchObject({ kind: 'goto', phase: 'WAIT_START_ATTEN', session: { sounds: 0, runId: RUN_ID } });
  });

  it('issue 4 §1/§2 (count, never throw): counts and drops malformed, misaddressed and out-of-phase frames without throwing', () => {
    const clock = new ManualClock();
    let deliver: (f: SlacFrame) => void = () => {};
    const sent: SlacFrame[] = [];
    const port: SlacPort = { mac: EVSE, send: (f) => void sent.push(f), onFrame: (cb) => ((deliver = cb), () => {}) };
    const evse = new EvseSlac({}, { port, clock });
    evse.enterBcd();
    const garbage: unknown[] = [null, {}, { header: {} }, { header: { src: PEV, dst: EVSE }, message: {} }];
    for (const g of garbage) expect(() => deliver(g as SlacFrame)).not.toThrow();
    deliver(frameOf(PEV, '02:00:00:00:00:55', { name: 'CM_SLAC_PARM.REQ', application_type: 0, security_type: 0, run_id: RUN_ID }));
    deliver(frameOf(PEV, EVSE, { name: 'CM_SLAC_PARM.REQ', application_type: 0, security_type: 0, run_id: 'xyz' }));
    deliver(frameOf(PEV, EVSE, { name: 'CM_SLAC_PARM.REQ', application_type: 0, security_type: 1, run_id: RUN_ID }));
    deliver(frameOf(PEV, EVSE, slacParmCnf(PEV, RUN_ID, 600))); // a CNF is never accepted by the EVSE
    const bad = frameOf(PEV, EVSE, { name: 'CM_SLAC_PARM.REQ', application_type: 0, security_type: 0, run_id: RUN_ID });
    deliver(bad);
    expect(evse.phase).toBe('WAIT_START_ATTEN');
    deliver({ ...bad, message: { name: 'CM_START_ATTEN_CHAR.IND' } } as unknown as SlacFrame); // no RunID
    expect(evse.counters).toMatchObject({ frames_in: 10, frames_dropped: 9, malformed: 7, unexpected: 2 });
    evse.leaveBcd();
    expect(clock.pending()).toBe(0);
  });
});

describe('EvseSlac: attenuation fallback, ATTEN_CHAR retries, validation, link', () => {
  it('[V2G3-A09-43] all-zero CM_ATTEN_PROFILE.IND gets the configured fallback values (cars ignore all-zero profiles)', () => {
    const r = rig({ modem: { profile: 'zero' }, evse: { fallbackAttenuation: 25 } });
    plugAndRun(r);
    const m = r.bus.sent('CM_ATTEN_CHAR.IND')[0]!.message as AttenCharInd;
    expect(m.aag).toEqual(new Array(58).fill(25));
    expect(m.num_sounds).toBe(10);
    expect(r.evse.counters.fallback_profiles).toBe(1);
    expect(r.evse.state).toBe('MATCHED');
  });

  it('[V2G3-A09-19] no CM_ATTEN_PROFILE.IND at all: fallback after TT_EVSE_match_MNBC, sounds counted from MNBC_SOUND.IND', () => {
    const r = rig({ modem: { profile: 'none' } });
    plugAndRun(r);
    const m = r.bus.sent('CM_ATTEN_CHAR.IND')[0]!.message as AttenCharInd;
    expect(m.aag).toEqual(new Array(58).fill(20));
    expect(m.num_sounds).toBe(10);
    expect(r.evse.state).toBe('MATCHED');
  });

  it('Table A.4 C_EV_match_retry: CM_ATTEN_CHAR.IND is re-sent every TT_match_response until the RSP arrives', () => {
    const r = rig();
    let drops = 2;
    r.bus.filter = (f) => !(f.message.name === 'CM_ATTEN_CHAR.IND' && drops-- > 0);
    plugAndRun(r);
    const inds = r.bus.trace.filter((t) => t.frame.message.name === 'CM_ATTEN_CHAR.IND');
    expect(inds).toHaveLength(3);
    expect(inds[1]!.at - inds[0]!.at).toBe(SLAC_TIMERS.TT_match_response.ms);
    expect(inds[2]!.at - inds[1]!.at).toBe(SLAC_TIMERS.TT_match_response.ms);
    expect(r.evse.counters.retries).toBe(2);
    expect(r.evse.state).toBe('MATCHED');
  });

  it('Table A.4 C_EV_match_retry exhausted: 1 + 2 unanswered CM_ATTEN_CHAR.IND fail and reset', () => {
    const r = rig();
    r.bus.filter = (f) => f.message.name !== 'CM_ATTEN_CHAR.IND';
    plugAndRun(r);
    expect(r.bus.sent('CM_ATTEN_CHAR.IND')).toHaveLength(3);
    expect(r.failed()).toEqual(['atten-char-rsp-timeout']);
    expect(r.pev.phase).toBe('FAILED');
    r.bus.filter = undefined;
    expectCleanReset(r);
  });

  it('Table A.4: a lost CM_ATTEN_CHAR.RSP: the PEV\'s CM_SLAC_MATCH.REQ stands in for it', () => {
    const r = rig();
    r.bus.filter = (f) => f.message.name !== 'CM_ATTEN_CHAR.RSP';
    plugAndRun(r);
    expect(r.evse.state).toBe('MATCHED');
    expect(r.clock.pending()).toBe(0);
  });

  it('Table A.6: answers CM_VALIDATE.REQ as a charger without validation: result 4 "not required"', () => {
    const r = rig({ pev: { validate: true } });
    plugAndRun(r);
    expect(r.bus.sent('CM_VALIDATE.CNF')[0]!.message).toEqual({ name: 'CM_VALIDATE.CNF', signal_type: 0, toggle_num: 0, result: 4 });
    expect(r.pev.validateCnfResult).toBe(4);
    expect(r.evse.state).toBe('MATCHED');
  });

  it('TT_match_join: with awaitLink the link must come up, or SLAC resets', () => {
    const up = rig({ evse: { awaitLink: true } });
    plugAndRun(up);
    expect(up.evse.phase).toBe('JOIN');
    up.evse.linkStatus(true);
    expect(up.evse.phase).toBe('MATCHED');
    expect(up.clock.pending()).toBe(0);

    const never = rig({ evse: { awaitLink: true } });
    plugAndRun(never, 2_000 + SLAC_TIMERS.TT_match_join.ms);
    expect(never.failed()).toEqual(['join-timeout']);
    expectCleanReset(never);
  });

  it("[V2G3-A09-124] afterFailure 'rearm' waits for the vehicle's next CM_SLAC_PARM.REQ while still in B/C/D", () => {
    const r = rig({ evse: { afterFailure: 'rearm' }, pev: { fault: 'no-sounds' } });
    plugAndRun(r);
    expect(r.failed()).toEqual(['no-sounds']);
    expect(r.evse.phase).toBe('WAIT_PARM');
    const again = new PevSim({}, { port: r.bus.attach('02:00:00:00:00:08'), clock: r.clock });
    again.start();
    r.clock.advance(2_000);
    expect(r.evse.state).toBe('MATCHED');
  });
});
