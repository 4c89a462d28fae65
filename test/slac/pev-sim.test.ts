/**
 * The PEV SLAC simulator (ISO 15118-3 A.9, EV side) and its faults against the EVSE machine and the
 * local-modem simulator on an in-memory bus, ManualClock only. Every fault ends in a clean EVSE reset.
 */
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../appliance/src/shared/clock.js';
import { EvseSlac, SLAC_TIMERS, type EvseSlacEvent } from '../../appliance/src/slac/evse/index.js';
import { attenCharInd, frameOf } from '../../appliance/src/slac/evse/messages.js';
import { portBus } from '../../appliance/src/slac/port.js';
import { LocalModemSim, PevSim, type PevSimEvent, type PevSimOptions } from '../../appliance/src/slac/pev/simulator.js';
import { BROADCAST_MAC } from '../../appliance/src/slac/frames/types.js';

const EVSE = '02:00:00:00:00:01';
const MODEM = '02:00:00:00:00:0a';
const PEV = '02:00:00:00:00:02';
const PEV_B = '02:00:00:00:00:03';

function rig(pevOpts: PevSimOptions = {}, withEvse = true) {
  const clock = new ManualClock();
  const bus = portBus(clock);
  const evse = withEvse ? new EvseSlac({ modemMac: MODEM }, { port: bus.attach(EVSE), clock }) : null;
  const modem = new LocalModemSim({ hostMac: EVSE }, { port: bus.attach(MODEM) });
  const pev = new PevSim(pevOpts, { port: bus.attach(PEV), clock });
  const evseEvents: EvseSlacEvent[] = [];
  evse?.onEvent((e) => evseEvents.push(e));
  const pevEvents: PevSimEvent[] = [];
  pev.onEvent((e) => pevEvents.push(e));
  const evseFailed = () => evseEvents.flatMap((e) => (e.type === 'failed' ? [e.reason] : []));
  const pevFailed = () => pevEvents.flatMap((e) => (e.type === 'failed' ? [e.reason] : []));
  return { clock, bus, evse, modem, pev, evseEvents, pevEvents, evseFailed, pevFailed };
}
type Rig = ReturnType<typeof rig>;

function plugAndRun(r: Rig, ms = 2_000): void {
  r.evse?.enterBcd();
  r.pev.start();
  r.clock.advance(ms);
}

/** UNMATCHED, no timer left on the clock (EVSE, vehicle, bus), and the next plug-in matches. */
function expectCleanReset(r: Rig): void {
  const evse = r.evse!;
  expect(evse.state).toBe('UNMATCHED');
  expect(evse.phase).toBe('IDLE');
  expect(r.clock.pending()).toBe(0);
  evse.enterBcd();
  const next = new PevSim({}, { port: r.bus.attach('02:00:00:00:00:09'), clock: r.clock });
  next.start();
  r.clock.advance(2_000);
  expect(evse.state).toBe('MATCHED');
  expect(next.phase).toBe('MATCHED');
  expect(r.clock.pending()).toBe(0);
}

describe('PevSim: the EV side of SLAC', () => {
  it('Tables A.2–A.7, C_EV_start_atten_char_inds, C_EV_match_MNBC: runs PARM.REQ → START_ATTEN_CHAR ×3 → MNBC_SOUND ×10 at TP_EV_batch_msg_interval → RSP → MATCH.REQ → matched', () => {
    const r = rig();
    plugAndRun(r);
    expect(r.pev.phase).toBe('MATCHED');
    const fromPev = r.bus.trace.filter((t) => t.from === PEV);
    expect(fromPev.map((t) => t.frame.message.name)).toEqual([
      'CM_SLAC_PARM.REQ',
      ...new Array(3).fill('CM_START_ATTEN_CHAR.IND'),
      ...new Array(10).fill('CM_MNBC_SOUND.IND'),
      'CM_ATTEN_CHAR.RSP',
      'CM_SLAC_MATCH.REQ',
    ]);
    expect(fromPev[0]!.frame.header.dst).toBe(BROADCAST_MAC);
    const sounds = fromPev.filter((t) => t.frame.message.name === 'CM_MNBC_SOUND.IND');
    expect(sounds[1]!.at - sounds[0]!.at).toBe(SLAC_TIMERS.TP_EV_batch_msg_interval.ms);
    expect(sounds.map((t) => (t.frame.message.name === 'CM_MNBC_SOUND.IND' ? t.frame.message.cnt : -1))).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    const matched = r.pevEvents.find((e) => e.type === 'matched');
    expect(matched).toEqual({ type: 'matched', evse_mac: EVSE, nid: r.modem.keys[0]!.nid, nmk: r.modem.keys[0]!.nmk, run_id: r.pev.runId });
    expect(r.modem.profilesSent).toBe(10);
    expect(r.clock.pending()).toBe(0);
  });

  it('C_EV_match_retry: no EVSE → 1 + 2 CM_SLAC_PARM.REQ at TT_match_response, then failed, nothing pending', () => {
    const r = rig({}, false);
    plugAndRun(r);
    const reqs = r.bus.trace.filter((t) => t.frame.message.name === 'CM_SLAC_PARM.REQ');
    expect(reqs.map((t) => t.at - reqs[0]!.at)).toEqual([0, 200, 400]);
    expect(r.pevFailed()).toEqual(['no-parm-cnf']);
    expect(r.pev.retries).toBe(2);
    expect(r.clock.pending()).toBe(0);
  });

  it('[V2G3-A09-36] ignores a CM_ATTEN_CHAR.IND with an all-zero profile or zero sounds', () => {
    const r = rig({ fault: 'no-sounds' }, false);
    const evse = r.bus.attach(EVSE);
    let runId = '';
    evse.onFrame((f) => {
      if (f.message.name !== 'CM_SLAC_PARM.REQ') return;
      runId = f.message.run_id;
      evse.send(frameOf(EVSE, PEV, { name: 'CM_SLAC_PARM.CNF', application_type: 0, security_type: 0, m_sound_target: BROADCAST_MAC, num_sounds: 10, time_out: 6, resp_type: 1, forwarding_sta: PEV, run_id: runId }));
    });
    r.pev.start();
    r.clock.advance(50);
    evse.send(frameOf(EVSE, PEV, attenCharInd(PEV, runId, 10, new Array(58).fill(0))));
    evse.send(frameOf(EVSE, PEV, attenCharInd(PEV, runId, 0, new Array(58).fill(20))));
    r.clock.advance(50);
    expect(r.pev.ignored).toBe(2);
    expect(r.bus.sent('CM_ATTEN_CHAR.RSP')).toHaveLength(0);
    r.clock.advance(SLAC_TIMERS.TT_EV_atten_results.ms);
    expect(r.pevFailed()).toEqual(['no-atten-char']);
    expect(r.clock.pending()).toBe(0);
  });

  it('CP A (unplug): stop() mid-sequence leaves nothing pending', () => {
    const r = rig();
    r.evse!.enterBcd();
    r.pev.start();
    r.clock.advance(120);
    expect(r.pev.phase).toBe('SOUNDING');
    r.pev.stop();
    r.evse!.leaveBcd();
    r.clock.advance(0);
    expect(r.clock.pending()).toBe(0);
    expect(r.pev.phase).toBe('IDLE');
  });
});

describe('PevSim faults: every one ends in a clean EVSE reset', () => {
  it('[V2G3-A09-19] no-sounds: EVSE fails after TT_EVSE_match_MNBC with nothing heard; the vehicle after TT_EV_atten_results', () => {
    const r = rig({ fault: 'no-sounds' });
    plugAndRun(r);
    expect(r.bus.sent('CM_MNBC_SOUND.IND')).toHaveLength(0);
    expect(r.evseFailed()).toEqual(['no-sounds']);
    expect(r.pevFailed()).toEqual(['no-atten-char']);
    expectCleanReset(r);
  });

  it('[V2G3-A09-16] wrong-run-id: EVSE counts foreign RunIDs and fails at TT_match_sequence', () => {
    const r = rig({ fault: 'wrong-run-id' });
    plugAndRun(r);
    expect(r.evse!.counters.foreign_run_ids).toBe(3); // the 3 START_ATTEN_CHAR.IND
    // Sounds (and the modem's profiles of them) are not allowed before sounding starts: 10 + 10.
    expect(r.evse!.counters.unexpected).toBe(20);
    expect(r.evseFailed()).toEqual(['no-start-atten-char']);
    expect(r.pevFailed()).toEqual(['no-atten-char']);
    expectCleanReset(r);
  });

  it('TT_EVSE_match_session, late-match: CM_SLAC_MATCH.REQ after TT_EVSE_match_session is dropped; both sides reset', () => {
    const r = rig({ fault: 'late-match' });
    plugAndRun(r, SLAC_TIMERS.TT_EVSE_match_session.ms + 3_000);
    expect(r.evseFailed()).toEqual(['match-session-timeout']);
    expect(r.bus.sent('CM_SLAC_MATCH.REQ')).toHaveLength(3);
    expect(r.bus.sent('CM_SLAC_MATCH.CNF')).toHaveLength(0);
    expect(r.pevFailed()).toEqual(['no-match-cnf']);
    expect(r.evse!.counters.unexpected).toBe(3);
    expectCleanReset(r);
  });

  it('[V2G3-A09-43] zero-attenuation (local modem reports all-zero profiles): fallback profile, the car accepts it and matches', () => {
    const clock = new ManualClock();
    const bus = portBus(clock);
    const evse = new EvseSlac({ modemMac: MODEM, fallbackAttenuation: [22, 24] }, { port: bus.attach(EVSE), clock });
    const modem = new LocalModemSim({ hostMac: EVSE, profile: 'zero' }, { port: bus.attach(MODEM) });
    const pev = new PevSim({}, { port: bus.attach(PEV), clock });
    evse.enterBcd();
    pev.start();
    clock.advance(2_000);
    expect(modem.profilesSent).toBe(10);
    expect(pev.attenuation?.aag.slice(0, 3)).toEqual([22, 24, 24]);
    expect(pev.phase).toBe('MATCHED');
    expect(evse.counters.fallback_profiles).toBe(1);
    expect(clock.pending()).toBe(0);
  });

  it('TT_EVSE_match_MNBC + C_EV_match_retry, vanish mid-sounds: EVSE reports what it heard, retries CM_ATTEN_CHAR.IND, then resets', () => {
    const r = rig({ fault: 'vanish' });
    plugAndRun(r);
    expect(r.pev.phase).toBe('VANISHED');
    expect(r.bus.sent('CM_MNBC_SOUND.IND')).toHaveLength(5);
    const ind = r.bus.sent('CM_ATTEN_CHAR.IND');
    expect(ind).toHaveLength(3);
    expect(ind[0]!.message).toMatchObject({ num_sounds: 5 });
    expect(r.evseFailed()).toEqual(['atten-char-rsp-timeout']);
    expectCleanReset(r);
  });

  it('vanish after CM_SLAC_PARM.CNF: EVSE fails at TT_match_sequence', () => {
    const r = rig({ fault: 'vanish', vanishAt: 'after-parm' });
    plugAndRun(r);
    expect(r.evseFailed()).toEqual(['no-start-atten-char']);
    expectCleanReset(r);
  });

  it('vanish before CM_SLAC_MATCH.REQ: EVSE fails at TT_EVSE_match_session', () => {
    const r = rig({ fault: 'vanish', vanishAt: 'before-match' });
    plugAndRun(r, SLAC_TIMERS.TT_EVSE_match_session.ms + 1_000);
    expect(r.evseFailed()).toEqual(['match-session-timeout']);
    expectCleanReset(r);
  });

  it('[V2G3-A09-16] two vehicles at once: the EVSE matches exactly one and ignores the other RunID', () => {
    const r = rig();
    const b = new PevSim({}, { port: r.bus.attach(PEV_B), clock: r.clock });
    const bEvents: PevSimEvent[] = [];
    b.onEvent((e) => bEvents.push(e));
    r.evse!.enterBcd();
    r.pev.start();
    b.start();
    r.clock.advance(2_000);
    expect(r.evseEvents.filter((e) => e.type === 'matched')).toHaveLength(1);
    expect(r.evse!.matched?.pev_mac).toBe(PEV);
    expect(r.pev.phase).toBe('MATCHED');
    expect(b.phase).toBe('FAILED');
    expect(bEvents).toContainEqual({ type: 'failed', reason: 'no-parm-cnf' });
    expect(r.evse!.counters.foreign_run_ids).toBe(3); // B's PARM.REQ and its two retries
    expect(r.bus.sent('CM_SLAC_PARM.CNF').every((f) => f.header.dst === PEV)).toBe(true);
    expect(r.clock.pending()).toBe(0);
    r.evse!.leaveBcd();
    r.pev.stop();
    expectCleanReset(r);
  });
});
