/**
 * failedResponse gives a minimal schema-valid response for every ISO 15118-2 request type (each one encoded
 * and decoded by the codec), with the EVSE status telling the EV the charger stops. The TestDriver's
 * engine-level refusals: FAILED_SequenceError for a request the state does not accept [V2G2-538] and
 * FAILED_UnknownSession for a wrong SessionID [V2G2-460].
 */
import { describe, expect, it } from 'vitest';
import { decode, encode } from '../../../appliance/src/v2g/exi/index.js';
import { ISO2_REQUESTS, iso2Protocol, responseName } from '../../../appliance/src/v2g/iso2/index.js';
import type { FailureCode } from '../../../appliance/src/v2g/session/protocol.js';
import { ScriptedEvse, TestDriver, ev } from './helpers.js';

const CODES: FailureCode[] = ['FAILED', 'FAILED_SequenceError', 'FAILED_UnknownSession', 'FAILED_SignatureError'];

describe('ISO 15118-2 failedResponse', () => {
  const def = iso2Protocol();
  for (const modes of [['AC_three_phase_core'], ['DC_extended', 'AC_three_phase_core']] as const) {
    for (const request of ISO2_REQUESTS) {
      it(`${request} → ${responseName(request)} encodes (EVSE ${modes[0]})`, () => {
        for (const emergency of [false, true]) {
          const evse = new ScriptedEvse([...modes]);
          evse.st.emergency = emergency;
          for (const code of CODES) {
            const body = def.failedResponse(request, code, evse);
            expect(Object.keys(body)).toEqual([responseName(request)]);
            const doc = { V2G_Message: { Header: { SessionID: '0102030405060708' }, Body: body } };
            const back = decode('iso2', encode('iso2', doc)) as any;
            expect(back).toEqual(doc);
            const res = back.V2G_Message.Body[responseName(request)] as Record<string, any>;
            expect(res['ResponseCode']).toBe(code);
            const dcStatus = res['DC_EVSEStatus'] ?? res['DC_EVSEChargeParameter']?.['DC_EVSEStatus'];
            if (dcStatus) expect(dcStatus['EVSEStatusCode']).toBe(emergency ? 'EVSE_EmergencyShutdown' : 'EVSE_Shutdown');
            const acStatus = res['AC_EVSEStatus'] ?? res['AC_EVSEChargeParameter']?.['AC_EVSEStatus'];
            if (acStatus) expect(acStatus['EVSENotification']).toBe('StopCharging');
          }
        }
      });
    }
  }

  it('throws for a name that is not an ISO-2 request', () => {
    expect(() => def.failedResponse('supportedAppProtocolReq', 'FAILED', new ScriptedEvse())).toThrow(/not an ISO 15118-2 request/);
  });
});

describe('ISO 15118-2 refusals through the TestDriver', () => {
  it('answers an out-of-order request with FAILED_SequenceError in its own response type [V2G2-538]', () => {
    const d = new TestDriver(iso2Protocol(), new ScriptedEvse(['DC_extended']));
    d.send('SessionSetupReq', ev.sessionSetup());
    const cd = d.send('CurrentDemandReq', ev.currentDemand(380, 100));
    expect(cd.refused).toBe('FAILED_SequenceError');
    expect(cd.name).toBe('CurrentDemandRes');
    expect(cd.res['ResponseCode']).toBe('FAILED_SequenceError');
    expect(cd.close).toBe('error');
  });

  it('answers a request before SessionSetup with FAILED_SequenceError', () => {
    const d = new TestDriver(iso2Protocol(), new ScriptedEvse());
    const r = d.send('ServiceDiscoveryReq', {}, '0000000000000000');
    expect(r.res['ResponseCode']).toBe('FAILED_SequenceError');
  });

  it('answers a wrong SessionID with FAILED_UnknownSession [V2G2-460]', () => {
    const d = new TestDriver(iso2Protocol(), new ScriptedEvse(), { sessionId: () => '1111111111111111' });
    d.send('SessionSetupReq', ev.sessionSetup());
    const r = d.send('ServiceDiscoveryReq', {}, '2222222222222222');
    expect(r.refused).toBe('FAILED_UnknownSession');
    expect(r.res['ResponseCode']).toBe('FAILED_UnknownSession');
  });

  it('refuses SessionStop in the middle of the charge loop (PowerDelivery Stop comes first)', () => {
    const d = new TestDriver(iso2Protocol(), new ScriptedEvse(['AC_three_phase_core']));
    d.send('SessionSetupReq', ev.sessionSetup());
    d.send('ServiceDiscoveryReq');
    d.send('PaymentServiceSelectionReq', ev.paymentSelection());
    d.send('AuthorizationReq');
    d.send('ChargeParameterDiscoveryReq', ev.acChargeParameter());
    d.send('PowerDeliveryReq', ev.powerDelivery('Start'));
    expect(d.send('SessionStopReq', ev.sessionStop('Terminate')).res['ResponseCode']).toBe('FAILED_SequenceError');
  });

  it('answers a MeteringReceiptReq carrying another SessionID with FAILED_UnknownSession', () => {
    const d = new TestDriver(iso2Protocol(), new ScriptedEvse(['AC_three_phase_core']));
    d.send('SessionSetupReq', ev.sessionSetup());
    d.send('ServiceDiscoveryReq');
    d.send('PaymentServiceSelectionReq', ev.paymentSelection());
    d.send('AuthorizationReq');
    d.send('ChargeParameterDiscoveryReq', ev.acChargeParameter());
    d.send('PowerDeliveryReq', ev.powerDelivery('Start'));
    const r = d.send('MeteringReceiptReq', { SessionID: 'ffffffffffffffff', MeterInfo: { MeterID: 'AMP-METER-1' } });
    expect(r.refused).toBeUndefined();
    expect(r.res).toMatchObject({ ResponseCode: 'FAILED_UnknownSession', AC_EVSEStatus: { EVSENotification: 'None' } });
  });
});
