/**
 * The session engine with the DIN 70121 definition: EXI bytes in, EXI bytes out (every response decoded
 * with the codec), timers on a ManualClock, the charger a scripted fake (test/v2g/din/scripted-evse.ts).
 */
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { dinProtocol, num } from '../../../appliance/src/v2g/din/index.js';
import { V2gSession, type SessionDeps } from '../../../appliance/src/v2g/session/engine.js';
import type { ProtocolDefinition } from '../../../appliance/src/v2g/session/protocol.js';
import { EV, request, response, ZERO_ID } from '../din/ev-messages.js';
import { ScriptedEvse } from '../din/scripted-evse.js';

const SID = 'a1b2c3d4e5f60718';

function setup(def: ProtocolDefinition = dinProtocol, extra: Partial<SessionDeps> = {}) {
  const clock = new ManualClock();
  const evse = new ScriptedEvse();
  const logs: string[] = [];
  const log = { debug: (m: string) => logs.push(`debug ${m}`), info: (m: string) => logs.push(`info ${m}`), warn: (m: string) => logs.push(`warn ${m}`), error: (m: string) => logs.push(`error ${m}`) };
  const session = new V2gSession(def, evse, { clock, log, sessionId: () => SID, ...extra });
  const send = (body: Record<string, unknown>, sid = SID) => {
    const out = session.handle(request(sid, body));
    return { ...response(out.response), close: out.close };
  };
  return { clock, evse, logs, session, send };
}

/** Drives a session from SessionSetup to the given state with a charger that says yes at once. */
function upTo(t: ReturnType<typeof setup>, last: 'ContractAuthentication' | 'CableCheck' | 'CurrentDemand') {
  t.send(EV.SessionSetupReq(), ZERO_ID);
  t.send(EV.ServiceDiscoveryReq());
  t.send(EV.ServicePaymentSelectionReq());
  if (last === 'ContractAuthentication') return;
  t.send(EV.ContractAuthenticationReq());
  t.send(EV.ChargeParameterDiscoveryReq());
  if (last === 'CableCheck') return;
  t.send(EV.CableCheckReq());
  for (let i = 0; i < 4; i++) t.send(EV.PreChargeReq(353.4, 1));
  t.send(EV.PowerDeliveryReq(true));
}

describe('V2gSession with DIN 70121: the full DC sequence', () => {
  it('runs SessionSetup … SessionStop with Ongoing phases and decodable answers', () => {
    const t = setup();
    t.evse.auth = ['Ongoing', 'Ongoing', 'Accepted'];
    t.evse.cable = ['Ongoing', 'Ongoing', 'Finished'];

    const setupRes = t.send(EV.SessionSetupReq(), ZERO_ID);
    expect(setupRes).toMatchObject({ name: 'SessionSetupRes', sessionId: SID, res: { ResponseCode: 'OK_NewSessionEstablished' } });
    expect(t.session.session.evcc_id).toBe('e00ee1ffd3e2');
    expect(t.send(EV.ServiceDiscoveryReq()).res.ResponseCode).toBe('OK');
    expect(t.send(EV.ServicePaymentSelectionReq()).res.ResponseCode).toBe('OK');
    expect(t.send(EV.ContractAuthenticationReq()).res.EVSEProcessing).toBe('Ongoing');
    expect(t.session.session.ongoing).toBe(1);
    expect(t.send(EV.ContractAuthenticationReq()).res.EVSEProcessing).toBe('Ongoing');
    expect(t.send(EV.ContractAuthenticationReq()).res.EVSEProcessing).toBe('Finished');
    expect(t.session.session.ongoing).toBe(0);
    const cpd = t.send(EV.ChargeParameterDiscoveryReq());
    expect(cpd.res).toMatchObject({ ResponseCode: 'OK', EVSEProcessing: 'Finished' });
    expect(t.send(EV.CableCheckReq()).res.DC_EVSEStatus.EVSEStatusCode).toBe('EVSE_IsolationMonitoringActive');
    t.send(EV.CableCheckReq());
    expect(t.send(EV.CableCheckReq()).res.EVSEProcessing).toBe('Finished');
    let present = 0;
    for (let i = 0; i < 10 && Math.abs(present - 353.4) > 5; i++) present = num(t.send(EV.PreChargeReq(353.4, 1)).res.EVSEPresentVoltage);
    expect(present).toBeCloseTo(353.4);
    expect(t.send(EV.PowerDeliveryReq(true)).res.ResponseCode).toBe('OK');
    for (let i = 0; i < 5; i++) {
      const cd = t.send(EV.CurrentDemandReq(360 + i, 50 + 10 * i));
      expect(cd.name).toBe('CurrentDemandRes');
      expect(num(cd.res.EVSEPresentCurrent)).toBe(50 + 10 * i);
      t.clock.advance(250);
    }
    expect(t.send(EV.PowerDeliveryReq(false)).res.ResponseCode).toBe('OK');
    expect(t.evse.contactorsClosed).toBe(false);
    t.send(EV.WeldingDetectionReq());
    t.send(EV.WeldingDetectionReq());
    const stop = t.send(EV.SessionStopReq());
    expect(stop).toMatchObject({ name: 'SessionStopRes', res: { ResponseCode: 'OK' }, close: 'terminate' });
    expect(t.evse.ended).toEqual([{ how: 'terminate', detail: expect.stringContaining('SessionStopReq') }]);
    expect(t.clock.pending()).toBe(0);
    expect(t.evse.calls.filter((c) => c.startsWith('powerDelivery'))).toEqual(['powerDelivery true', 'powerDelivery false']);
    // Nothing is answered after the end.
    expect(t.session.handle(request(SID, EV.SessionStopReq()))).toEqual({ response: null, close: 'terminate' });
  });

  it('joins a paused session when the EV presents its SessionID (OK_OldSessionJoined)', () => {
    const t = setup(dinProtocol, { resumableSessionId: 'DEADBEEF00000001' });
    const r = t.send(EV.SessionSetupReq(), 'deadbeef00000001');
    expect(r).toMatchObject({ sessionId: 'deadbeef00000001', res: { ResponseCode: 'OK_OldSessionJoined' } });
  });
});

describe('V2gSession: sequence and session errors', () => {
  it('answers FAILED_SequenceError to a first request that is not SessionSetupReq [V2G-DC-666]', () => {
    const t = setup();
    const r = t.send(EV.ServiceDiscoveryReq(), ZERO_ID);
    expect(r).toMatchObject({ name: 'ServiceDiscoveryRes', sessionId: ZERO_ID, res: { ResponseCode: 'FAILED_SequenceError' }, close: 'error' });
    expect(t.evse.ended[0]?.how).toBe('error');
  });
  it('answers FAILED_SequenceError to an out-of-order request and ends the session', () => {
    const t = setup();
    t.send(EV.SessionSetupReq(), ZERO_ID);
    const r = t.send(EV.CableCheckReq());
    expect(r).toMatchObject({ name: 'CableCheckRes', sessionId: SID, res: { ResponseCode: 'FAILED_SequenceError', EVSEProcessing: 'Finished' }, close: 'error' });
    expect(t.evse.ended).toEqual([{ how: 'error', detail: expect.stringContaining('FAILED_SequenceError') }]);
    expect(t.evse.calls).not.toContain('cableCheck');
    expect(t.clock.pending()).toBe(0);
  });
  it('answers a repeated ContractAuthenticationReq after Finished with Finished again (tolerated)', () => {
    const t = setup();
    upTo(t, 'ContractAuthentication');
    expect(t.send(EV.ContractAuthenticationReq()).res.EVSEProcessing).toBe('Finished');
    expect(t.send(EV.ContractAuthenticationReq()).res).toEqual({ ResponseCode: 'OK', EVSEProcessing: 'Finished' });
    expect(t.session.state).toBe('ChargeParameterDiscovery');
    expect(t.send(EV.ChargeParameterDiscoveryReq()).res.ResponseCode).toBe('OK');
  });
  it('treats a second SessionSetupReq inside the session as a sequence error', () => {
    const t = setup();
    t.send(EV.SessionSetupReq(), ZERO_ID);
    expect(t.send(EV.SessionSetupReq()).res.ResponseCode).toBe('FAILED_SequenceError');
  });
  it('answers FAILED_UnknownSession to a wrong SessionID [V2G-DC-391]', () => {
    const t = setup();
    t.send(EV.SessionSetupReq(), ZERO_ID);
    const r = t.send(EV.ServiceDiscoveryReq(), '1111111111111111');
    expect(r).toMatchObject({ name: 'ServiceDiscoveryRes', sessionId: SID, res: { ResponseCode: 'FAILED_UnknownSession' }, close: 'error' });
    expect(t.evse.ended[0]?.detail).toContain('FAILED_UnknownSession');
  });
  it('answers a request DIN DC never accepts (CertificateInstallationReq) with FAILED_SequenceError', () => {
    const t = setup();
    t.send(EV.SessionSetupReq(), ZERO_ID);
    const r = t.send({ CertificateInstallationReq: { OEMProvisioningCert: '00', ListOfRootCertificateIDs: { RootCertificateID: ['01'] }, DHParams: '02' } });
    expect(r).toMatchObject({ name: 'CertificateInstallationRes', res: { ResponseCode: 'FAILED_SequenceError' } });
  });
  it('closes without an answer on bytes that do not decode', () => {
    const t = setup();
    const out = t.session.handle(Uint8Array.of(0x80, 0xff, 0x13, 0x37));
    expect(out).toEqual({ response: null, close: 'error' });
    expect(t.evse.ended[0]?.detail).toMatch(/EXI decode error/);
  });
  it('closes without an answer when the EV sends a response element', () => {
    const t = setup();
    const out = t.session.handle(request(ZERO_ID, { SessionStopRes: { ResponseCode: 'OK' } }));
    expect(out.response).toBeNull();
    expect(out.close).toBe('error');
  });
  it('turns a throwing handler into FAILED (logged as an error), never a throw', () => {
    const broken: ProtocolDefinition = {
      ...dinProtocol,
      handlers: { ...dinProtocol.handlers, SessionSetupReq: () => { throw new Error('bug'); } },
    };
    const t = setup(broken);
    const r = t.send(EV.SessionSetupReq(), ZERO_ID);
    expect(r).toMatchObject({ name: 'SessionSetupRes', res: { ResponseCode: 'FAILED' }, close: 'error' });
    expect(t.logs.some((l) => l.startsWith('error handler for SessionSetupReq threw'))).toBe(true);
  });
});

describe('V2gSession: timeouts and Ongoing limits on the injected clock', () => {
  it('ends the session when no SessionSetupReq comes within 20 s', () => {
    const t = setup();
    t.clock.advance(19_999);
    expect(t.evse.ended).toEqual([]);
    t.clock.advance(1);
    expect(t.evse.ended).toEqual([{ how: 'error', detail: expect.stringContaining('timeout') }]);
    expect(t.session.isEnded).toBe(true);
  });
  it('enforces V2G_SECC_Sequence_Timeout (60 s), re-armed by every request', () => {
    const t = setup();
    const ended: string[] = [];
    t.session.onEnd((how, detail) => ended.push(`${how}: ${detail}`));
    t.send(EV.SessionSetupReq(), ZERO_ID);
    t.clock.advance(59_000);
    t.send(EV.ServiceDiscoveryReq());
    t.clock.advance(59_999);
    expect(t.evse.ended).toEqual([]);
    t.clock.advance(1);
    expect(ended).toEqual([expect.stringMatching(/^error: timeout: no request within 60000 ms in state ServicePaymentSelection/)]);
    expect(t.clock.pending()).toBe(0);
  });
  it('answers FAILED once ContractAuthentication has been Ongoing for more than 120 s', () => {
    const t = setup();
    t.evse.auth = ['Ongoing'];
    upTo(t, 'ContractAuthentication');
    for (let i = 0; i <= 12; i++) {
      expect(t.send(EV.ContractAuthenticationReq()).res).toEqual({ ResponseCode: 'OK', EVSEProcessing: 'Ongoing' });
      t.clock.advance(10_000);
    }
    const r = t.send(EV.ContractAuthenticationReq());
    expect(r).toMatchObject({ res: { ResponseCode: 'FAILED', EVSEProcessing: 'Finished' }, close: 'error' });
    expect(t.evse.ended[0]?.detail).toMatch(/Ongoing after 120000 ms/);
  });
  it('answers FAILED once CableCheck has been Ongoing for more than 38 s', () => {
    const t = setup();
    t.evse.cable = ['Ongoing'];
    upTo(t, 'CableCheck');
    for (let i = 0; i < 20; i++) {
      expect(t.send(EV.CableCheckReq()).res.EVSEProcessing).toBe('Ongoing');
      t.clock.advance(2_000);
    }
    expect(t.send(EV.CableCheckReq())).toMatchObject({ res: { ResponseCode: 'FAILED' }, close: 'error' });
  });
});

describe('V2gSession: the charger stops', () => {
  it('reports EVSE_Shutdown in CurrentDemand, then lets the EV stop in order', () => {
    const t = setup();
    upTo(t, 'CurrentDemand');
    t.send(EV.CurrentDemandReq());
    t.evse.st.notification = 'StopCharging';
    const cd = t.send(EV.CurrentDemandReq());
    expect(cd.res).toMatchObject({ ResponseCode: 'OK', DC_EVSEStatus: { EVSEStatusCode: 'EVSE_Shutdown', EVSENotification: 'StopCharging' } });
    expect(cd.close).toBeUndefined();
    expect(t.send(EV.PowerDeliveryReq(false)).res.DC_EVSEStatus.EVSEStatusCode).toBe('EVSE_Shutdown');
    expect(t.send(EV.SessionStopReq()).close).toBe('terminate');
    expect(t.evse.ended.map((e) => e.how)).toEqual(['terminate']);
  });
  it('answers FAILED with EVSE_EmergencyShutdown and ends the session on an emergency', () => {
    const t = setup();
    upTo(t, 'CurrentDemand');
    t.evse.st.emergency = true;
    const cd = t.send(EV.CurrentDemandReq());
    expect(cd).toMatchObject({ res: { ResponseCode: 'FAILED', DC_EVSEStatus: { EVSEStatusCode: 'EVSE_EmergencyShutdown' } }, close: 'error' });
    expect(t.evse.ended[0]?.how).toBe('error');
  });
});
