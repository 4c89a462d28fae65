/**
 * ISO 15118-2 SessionStop Pause and resume: the EV pauses (the SECC ends with 'pause' and remembers the
 * SessionID), then a new connection's SessionSetupReq carries that SessionID and the SECC joins the old
 * session (OK_OldSessionJoined); charging goes on with the same battery. DIN knows no pause.
 */
import { describe, expect, it } from 'vitest';
import { decode } from '../../../appliance/src/v2g/exi/index.js';
import { Battery } from '../../../appliance/src/v2g/evcc/index.js';
import { start, sequence, SID, type Setup } from './harness.js';

function pauseAndResume(scenario: Setup['scenario']) {
  const battery = new Battery({ capacity_kWh: 10, soc_pct: 70, target_soc_pct: 78 });
  const first = start({ scenario, battery, evcc: { stop_mode: 'pause' } });
  const loop = scenario === 'iso2-ac' ? 'ChargingStatus' : 'CurrentDemand';
  for (let i = 0; i < 400 && first.evcc.status.stage !== loop; i++) first.clock.advance(50);
  first.clock.advance(5_000);
  first.evcc.stop('pause for the driver');
  expect(first.runUntilDone()).toBe(true);
  const paused = first.evcc.outcome!;
  expect(paused).toMatchObject({ result: 'paused', reason: 'pause for the driver', session_id: SID });
  expect(first.ends).toEqual([{ how: 'pause', detail: expect.stringContaining('pause') }]);
  const body = (first.sent.at(-1) && (decode('iso2', first.sent.at(-1)!) as any).V2G_Message.Body) as Record<string, unknown>;
  expect(body).toEqual({ SessionStopReq: { ChargingSession: 'Pause' } });
  const socAtPause = battery.soc_pct;
  expect(socAtPause).toBeGreaterThan(70);

  // Later: a new TCP connection, the same car, the SECC remembers the paused SessionID.
  first.clock.advance(60_000);
  const second = start({
    scenario,
    battery,
    clock: first.clock,
    evse: first.evse,
    resumable: paused.session_id,
    sessionId: 'ffffffffffffffff',
    evcc: { resume_session_id: paused.session_id },
  });
  expect(second.runUntilDone()).toBe(true);
  expect(second.evcc.responses.find((x) => x.name === 'SessionSetupRes')!.code).toBe('OK_OldSessionJoined');
  expect(second.evcc.outcome).toMatchObject({ result: 'terminated', reason: 'target SoC reached', session_id: SID });
  expect(second.ends[0]!.how).toBe('terminate');
  expect(battery.soc_pct).toBeGreaterThanOrEqual(78);
  expect(battery.soc_pct).toBeGreaterThan(socAtPause);
  return { first, second };
}

describe('Evcc SessionStop Pause and resume (ISO 15118-2)', () => {
  it('DC: pauses after WeldingDetection and resumes through CableCheck and PreCharge again', () => {
    const { first, second } = pauseAndResume('iso2-dc');
    expect(sequence(first.requests()).slice(-3)).toEqual(['PowerDeliveryReq', 'WeldingDetectionReq', 'SessionStopReq']);
    expect(sequence(second.requests())).toContain('CableCheckReq');
    expect(sequence(second.requests())).toContain('PreChargeReq');
  });

  it('AC: pauses after PowerDelivery stop and resumes', () => {
    const { first } = pauseAndResume('iso2-ac');
    expect(sequence(first.requests()).slice(-2)).toEqual(['PowerDeliveryReq', 'SessionStopReq']);
  });

  it('a SessionID the SECC does not remember starts a new session', () => {
    const r = start({ scenario: 'iso2-dc', evcc: { resume_session_id: '1234123412341234' } });
    expect(r.runUntilDone()).toBe(true);
    expect(r.evcc.responses.find((x) => x.name === 'SessionSetupRes')!.code).toBe('OK_NewSessionEstablished');
    expect(r.evcc.outcome!.session_id).toBe(SID);
  });

  it('DIN has no pause: stop_mode pause still terminates', () => {
    const r = start({ scenario: 'din', evcc: { stop_mode: 'pause' } });
    expect(r.runUntilDone()).toBe(true);
    expect(r.evcc.outcome!.result).toBe('terminated');
    expect(r.ends[0]!.how).toBe('terminate');
  });
});
