/**
 * Fault injection: each fault of the EVCC simulator against the real SECC, for DIN DC, ISO-2 DC and
 * ISO-2 AC, asserting how both sides end. What the SECC must do (see FaultKind in evcc/config.ts):
 * FAILED_SequenceError / FAILED_UnknownSession then close (DIN [V2G-DC-116] [V2G-DC-391], ISO [V2G2-538]
 * [V2G2-460] [V2G2-539]); the sequence timeout (60 s, [V2G2-443]) for an EV that goes quiet; an immediate
 * end for undecodable input and for a dropped connection; a normal end for an EV-side stop.
 */
import { describe, expect, it } from 'vitest';
import type { FaultKind } from '../../../appliance/src/v2g/evcc/index.js';
import { start, type Setup } from './harness.js';

const SCENARIOS: Array<Setup['scenario']> = ['din', 'iso2-dc', 'iso2-ac'];
const BIG: Setup['battery'] = { capacity_kWh: 50, soc_pct: 20, target_soc_pct: 90 };

interface Expectation {
  secc: { how: 'terminate' | 'error'; detail: RegExp };
  ev: { result: string; reason: RegExp; failed_code?: string };
  /** The SECC needed its sequence timeout (≥ 60 s after the fault). */
  timeout?: boolean;
}

const EXPECT: Record<FaultKind, Expectation> = {
  'wrong-order': {
    secc: { how: 'error', detail: /^FAILED_SequenceError: CableCheckReq not expected/ },
    ev: { result: 'failed', reason: /^FAILED_SequenceError in CableCheckRes$/, failed_code: 'FAILED_SequenceError' },
  },
  'wrong-session-id': {
    secc: { how: 'error', detail: /^FAILED_UnknownSession: SessionID 5e4d3c2b1a09f8e7 is not a1b2c3d4e5f60718/ },
    ev: { result: 'failed', reason: /^FAILED_UnknownSession in /, failed_code: 'FAILED_UnknownSession' },
  },
  silence: {
    secc: { how: 'error', detail: /^timeout: no request within 60000 ms in state (CurrentDemand|ChargingStatus)$/ },
    ev: { result: 'aborted', reason: /^connection closed: timeout/ },
    timeout: true,
  },
  'garbage-exi': {
    secc: { how: 'error', detail: /^EXI decode error/ },
    ev: { result: 'aborted', reason: /^connection closed: EXI decode error/ },
  },
  'tcp-drop': {
    secc: { how: 'error', detail: /^connection closed: tcp-drop$/ },
    ev: { result: 'aborted', reason: /^fault tcp-drop/ },
  },
  'ev-stop': {
    secc: { how: 'terminate', detail: /SessionStopReq answered/ },
    ev: { result: 'terminated', reason: /fault ev-stop/ },
  },
  vanish: {
    secc: { how: 'error', detail: /^timeout: no request within 60000 ms/ },
    ev: { result: 'aborted', reason: /^fault vanish/ },
    timeout: true,
  },
};

describe('Evcc fault injection against the SECC', () => {
  for (const scenario of SCENARIOS) {
    for (const [kind, want] of Object.entries(EXPECT) as Array<[FaultKind, Expectation]>) {
      it(`${scenario}: ${kind}`, () => {
        const r = start({ scenario, battery: BIG, evcc: { fault: kind } });
        expect(r.runUntilDone(200_000)).toBe(true);
        const o = r.evcc.outcome!;
        expect(o.fault).toBe(kind);
        expect(o.result).toBe(want.ev.result);
        expect(o.reason).toMatch(want.ev.reason);
        if (want.ev.failed_code) expect(o.failed_code).toBe(want.ev.failed_code);
        // The fault came in the charge loop, after three regular rounds: energy flowed, target not reached.
        expect(o.energy_Wh).toBeGreaterThan(0);
        expect(o.soc_pct).toBeLessThan(90);
        expect(r.ends).toHaveLength(1);
        expect(r.ends[0]!.how).toBe(want.secc.how);
        expect(r.ends[0]!.detail).toMatch(want.secc.detail);
        // The charger side heard of the end exactly once, and the connection is closed either way.
        expect(r.evse.ended).toHaveLength(1);
        expect(r.evse.ended[0]!.how).toBe(want.secc.how);
        expect(r.pair.closed).not.toBeNull();
        if (want.timeout) expect(r.clock.now() - Date.UTC(2026, 0, 1)).toBeGreaterThan(60_000);
        else expect(r.clock.now() - Date.UTC(2026, 0, 1)).toBeLessThan(60_000);
        expect(r.clock.pending()).toBe(0);
      });
    }
  }

  it('wrong-order during CableCheck (WeldingDetectionReq) is FAILED_SequenceError too', () => {
    const r = start({ scenario: 'din', evcc: { fault: { kind: 'wrong-order', at: 'CableCheck', after: 1 } } });
    expect(r.runUntilDone()).toBe(true);
    expect(r.evcc.outcome).toMatchObject({ result: 'failed', failed_code: 'FAILED_SequenceError', reason: 'FAILED_SequenceError in WeldingDetectionRes' });
    expect(r.ends[0]!.detail).toMatch(/WeldingDetectionReq not expected in state CableCheck/);
    expect(r.evse.energy_Wh).toBe(0);
  });

  it('silence during the Ongoing authorization ends by the SECC timeout', () => {
    const r = start({ scenario: 'iso2-dc', evcc: { fault: { kind: 'silence', at: 'Authorization', after: 2 } } });
    r.evse.auth = ['Ongoing'];
    expect(r.runUntilDone(200_000)).toBe(true);
    expect(r.ends[0]).toEqual({ how: 'error', detail: 'timeout: no request within 60000 ms in state Authorization' });
    expect(r.evcc.outcome).toMatchObject({ result: 'aborted', stage: 'Authorization' });
  });

  it('an EV gives up on its own when the EVSE stays Ongoing past V2G_EVCC_Ongoing_Timeout', () => {
    const r = start({ scenario: 'din', evcc: { timing: { ongoing_timeout_ms: 5_000 } } });
    r.evse.auth = ['Ongoing'];
    expect(r.runUntilDone()).toBe(true);
    expect(r.evcc.outcome).toMatchObject({ result: 'failed', stage: 'Authorization', reason: expect.stringMatching(/^EV timeout: Authorization not finished within 5000 ms/) });
    expect(r.ends[0]).toMatchObject({ how: 'error', detail: expect.stringMatching(/^connection closed/) });
  });

  it('gives up PreCharge when the EVSE never reaches the pack voltage (V2G_EVCC_PreCharge_Timeout)', () => {
    const r = start({ scenario: 'iso2-dc' });
    r.evse.ramp_V_per_s = 10;
    expect(r.runUntilDone()).toBe(true);
    expect(r.evcc.outcome).toMatchObject({ result: 'failed', stage: 'PreCharge', reason: 'EV timeout: PreCharge not finished within 7000 ms' });
    expect(r.ends[0]!.how).toBe('error');
  });
});
