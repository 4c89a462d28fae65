/**
 * The ISO-2 definition under the real session engine (appliance/src/v2g/session/engine.ts): EXI bytes in and
 * out, timers on a ManualClock, the charger the ScriptedEvse test double. Checks that the definition and the
 * engine agree on SessionID assignment and resume, Ongoing limits and timeouts.
 */
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { decode, encode } from '../../../appliance/src/v2g/exi/index.js';
import { iso2Protocol } from '../../../appliance/src/v2g/iso2/index.js';
import { V2gSession, type SessionDeps } from '../../../appliance/src/v2g/session/engine.js';
import { ScriptedEvse, ev } from './helpers.js';

const ZERO = '0000000000000000';

function connect(evse: ScriptedEvse, clock: ManualClock, deps: Partial<SessionDeps> = {}) {
  const log = { debug: () => {}, info: () => {}, warn: () => {}, error: (m: string) => { throw new Error(m); } };
  const s = new V2gSession(iso2Protocol({ now_ms: () => clock.now() }), evse, { clock, log, sessionId: () => 'c0ffee00c0ffee00', ...deps });
  const send = (name: string, content: Record<string, unknown> = {}, sid = s.session.session_id) => {
    const out = s.handle(encode('iso2', { V2G_Message: { Header: { SessionID: sid }, Body: { [name]: content } } }));
    if (!out.response) throw new Error(`no response to ${name}`);
    const doc = decode('iso2', out.response) as any;
    const resName = Object.keys(doc.V2G_Message.Body)[0] as string;
    return { sid: doc.V2G_Message.Header.SessionID as string, name: resName, res: doc.V2G_Message.Body[resName], close: out.close };
  };
  return { s, send };
}

describe('ISO 15118-2 definition under the session engine', () => {
  it('runs an AC session with Ongoing authorization, then pauses and resumes with the same SessionID', () => {
    const clock = new ManualClock();
    const evse = new ScriptedEvse(['AC_three_phase_core']);
    evse.auth = ['Ongoing', 'Ongoing', 'Accepted'];
    const a = connect(evse, clock);
    expect(a.send('SessionSetupReq', ev.sessionSetup(), ZERO)).toMatchObject({ sid: 'c0ffee00c0ffee00', res: { ResponseCode: 'OK_NewSessionEstablished' } });
    a.send('ServiceDiscoveryReq');
    a.send('PaymentServiceSelectionReq', ev.paymentSelection());
    expect(a.send('AuthorizationReq').res.EVSEProcessing).toBe('Ongoing');
    expect(a.send('AuthorizationReq').res.EVSEProcessing).toBe('Ongoing');
    expect(a.send('AuthorizationReq').res.EVSEProcessing).toBe('Finished');
    expect(a.send('ChargeParameterDiscoveryReq', ev.acChargeParameter()).res.ResponseCode).toBe('OK');
    expect(a.send('PowerDeliveryReq', ev.powerDelivery('Start')).res.ResponseCode).toBe('OK');
    expect(a.send('ChargingStatusReq').res.ReceiptRequired).toBe(false);
    expect(a.send('PowerDeliveryReq', ev.powerDelivery('Stop')).res.ResponseCode).toBe('OK');
    expect(a.send('SessionStopReq', ev.sessionStop('Pause')).close).toBe('pause');
    expect(evse.ended).toEqual([expect.stringMatching(/^pause: /)]);

    const b = connect(evse, clock, { resumableSessionId: 'c0ffee00c0ffee00', sessionId: () => 'beefbeefbeefbeef' });
    expect(b.send('SessionSetupReq', ev.sessionSetup(), 'c0ffee00c0ffee00')).toMatchObject({ sid: 'c0ffee00c0ffee00', res: { ResponseCode: 'OK_OldSessionJoined' } });
    b.send('ServiceDiscoveryReq');
    b.send('PaymentServiceSelectionReq', ev.paymentSelection());
    expect(b.send('AuthorizationReq').res.EVSEProcessing).toBe('Finished');
    expect(b.send('ChargeParameterDiscoveryReq', ev.acChargeParameter()).res.ResponseCode).toBe('OK');
    expect(b.send('PowerDeliveryReq', ev.powerDelivery('Start')).res.ResponseCode).toBe('OK');
  });

  it('runs a DC session and gives up a cable check Ongoing past 40 s', () => {
    const clock = new ManualClock();
    const evse = new ScriptedEvse(['DC_extended']);
    evse.cable = ['Ongoing'];
    const a = connect(evse, clock);
    a.send('SessionSetupReq', ev.sessionSetup(), ZERO);
    a.send('ServiceDiscoveryReq');
    a.send('PaymentServiceSelectionReq', ev.paymentSelection());
    a.send('AuthorizationReq');
    a.send('ChargeParameterDiscoveryReq', ev.dcChargeParameter());
    for (let t = 0; t <= 40_000; t += 10_000) {
      expect(a.send('CableCheckReq', ev.cableCheck()).res.EVSEProcessing).toBe('Ongoing');
      clock.advance(10_000);
    }
    const cc = a.send('CableCheckReq', ev.cableCheck());
    expect(cc.res).toMatchObject({ ResponseCode: 'FAILED', EVSEProcessing: 'Finished' });
    expect(cc.close).toBe('error');
  });

  it('ends the session after V2G_SECC_Sequence_Timeout (60 s) without a request', () => {
    const clock = new ManualClock();
    const evse = new ScriptedEvse(['DC_extended']);
    const a = connect(evse, clock);
    a.send('SessionSetupReq', ev.sessionSetup(), ZERO);
    clock.advance(59_999);
    expect(a.s.isEnded).toBe(false);
    clock.advance(1);
    expect(a.s.isEnded).toBe(true);
    expect(evse.ended).toEqual([expect.stringMatching(/^error: timeout/)]);
  });

  it('runs a DC session to the end', () => {
    const clock = new ManualClock();
    const evse = new ScriptedEvse(['DC_extended']);
    const a = connect(evse, clock);
    a.send('SessionSetupReq', ev.sessionSetup(), ZERO);
    a.send('ServiceDiscoveryReq');
    a.send('PaymentServiceSelectionReq', ev.paymentSelection());
    a.send('AuthorizationReq');
    a.send('ChargeParameterDiscoveryReq', ev.dcChargeParameter());
    a.send('CableCheckReq', ev.cableCheck());
    a.send('PreChargeReq', ev.preCharge(200));
    expect(a.send('PowerDeliveryReq', ev.powerDelivery('Start', true)).res.ResponseCode).toBe('OK');
    expect(a.send('CurrentDemandReq', ev.currentDemand(380, 100)).res.EVSEPresentCurrent).toEqual({ Multiplier: 0, Unit: 'A', Value: 100 });
    a.send('PowerDeliveryReq', ev.powerDelivery('Stop', true));
    a.send('WeldingDetectionReq', ev.weldingDetection());
    expect(a.send('SessionStopReq', ev.sessionStop('Terminate')).close).toBe('terminate');
    expect(evse.ended).toEqual([expect.stringMatching(/^terminate: /)]);
  });

  it('a failed answer after ChargeParameterDiscovery speaks the mode the EV chose (AC at a charger that also does DC)', () => {
    const clock = new ManualClock();
    // The EVSE lists DC first: before the session knew the EV's mode, failures would carry DC_EVSEStatus.
    const evse = new ScriptedEvse(['DC_extended', 'AC_three_phase_core']);
    const a = connect(evse, clock, { log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} } });
    a.send('SessionSetupReq', ev.sessionSetup(), ZERO);
    a.send('ServiceDiscoveryReq');
    a.send('PaymentServiceSelectionReq', ev.paymentSelection());
    a.send('AuthorizationReq');
    expect(a.send('ChargeParameterDiscoveryReq', ev.acChargeParameter()).res.ResponseCode).toBe('OK');
    // A PowerDeliveryReq with a foreign SessionID fails; PowerDeliveryRes carries AC_ or DC_EVSEStatus.
    const r = a.send('PowerDeliveryReq', ev.powerDelivery('Start'), 'deadbeefdeadbeef');
    expect(r.res.ResponseCode).toBe('FAILED_UnknownSession');
    expect(r.res.AC_EVSEStatus).toBeDefined();
    expect(r.res.DC_EVSEStatus).toBeUndefined();
    expect(r.close).toBe('error');
  });

  it('runs the Authorization Ongoing limit from the first Ongoing answer, the one that left PaymentSelected', () => {
    const clock = new ManualClock();
    const evse = new ScriptedEvse(['AC_three_phase_core']);
    evse.auth = ['Ongoing'];
    const log = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
    const a = connect(evse, clock, { log });
    a.send('SessionSetupReq', ev.sessionSetup(), ZERO);
    a.send('ServiceDiscoveryReq');
    a.send('PaymentServiceSelectionReq', ev.paymentSelection());
    expect(a.send('AuthorizationReq').res.EVSEProcessing).toBe('Ongoing');
    expect(a.s.state).toBe('Authorization');
    expect(a.s.session.ongoing).toBe(1);
    // 30 s later the second Ongoing; at 60 s + 1 ms after the first one the limit has passed.
    clock.advance(30_000);
    expect(a.send('AuthorizationReq').res.EVSEProcessing).toBe('Ongoing');
    expect(a.s.session.ongoing).toBe(2);
    clock.advance(30_001);
    const last = a.send('AuthorizationReq');
    expect(last.res).toEqual({ ResponseCode: 'FAILED', EVSEProcessing: 'Finished' });
    expect(last.close).toBe('error');
    expect(a.s.endReason?.detail).toMatch(/^FAILED: still Ongoing after 60000 ms in state Authorization/);
  });
});
