/**
 * SessionStop Pause keeps the SessionID; on a new connection a SessionSetupReq carrying it joins the old
 * session (OK_OldSessionJoined) and charging starts again. The engine's part — remembering the paused
 * SessionID (SessionDeps.resumableSessionId) and setting `values.old_session` — is mirrored by the TestDriver.
 */
import { describe, expect, it } from 'vitest';
import { iso2Protocol } from '../../../appliance/src/v2g/iso2/index.js';
import type { ContractPayment } from '../../../appliance/src/v2g/iso2/index.js';
import { ScriptedEvse, TestDriver, ev, setUpToChargeParameter } from './helpers.js';

/** A Contract seam that is never reached here; it only makes 'Contract' an offered option. */
const contract: ContractPayment = {
  paymentDetails: () => ({ code: 'FAILED', gen_challenge: '00'.repeat(16) }),
  authorize: () => 'Rejected',
};

describe('ISO 15118-2 SessionStop Pause and resume', () => {
  it('pauses an AC session and resumes it with the same SessionID', () => {
    const evse = new ScriptedEvse(['AC_three_phase_core']);
    const def = iso2Protocol({ payment_options: ['ExternalPayment', 'Contract'], contract });
    const first = new TestDriver(def, evse, { sessionId: () => '1111111111111111' });
    first.send('SessionSetupReq', ev.sessionSetup());
    expect(first.send('ServiceDiscoveryReq').res['PaymentOptionList']).toEqual({ PaymentOption: ['ExternalPayment', 'Contract'] });
    first.send('PaymentServiceSelectionReq', ev.paymentSelection('ExternalPayment'));
    first.send('AuthorizationReq');
    first.send('ChargeParameterDiscoveryReq', ev.acChargeParameter());
    first.send('PowerDeliveryReq', ev.powerDelivery('Start'));
    first.send('ChargingStatusReq');
    first.send('PowerDeliveryReq', ev.powerDelivery('Stop'));
    const pause = first.send('SessionStopReq', ev.sessionStop('Pause'));
    expect(pause.res).toEqual({ ResponseCode: 'OK' });
    expect(pause.close).toBe('pause');
    const paused = first.session.session_id;
    expect(paused).toBe('1111111111111111');

    // New TCP connection; the engine remembers the paused SessionID.
    const second = new TestDriver(def, evse, { resumable: paused, sessionId: () => '2222222222222222' });
    const setup = second.send('SessionSetupReq', ev.sessionSetup(), paused);
    expect(setup.res['ResponseCode']).toBe('OK_OldSessionJoined');
    expect(second.session.session_id).toBe(paused);
    second.send('ServiceDiscoveryReq');
    expect(second.send('PaymentServiceSelectionReq', ev.paymentSelection('ExternalPayment')).res['ResponseCode']).toBe('OK');
    expect(second.send('AuthorizationReq').res['EVSEProcessing']).toBe('Finished');
    expect(second.send('ChargeParameterDiscoveryReq', ev.acChargeParameter()).res['ResponseCode']).toBe('OK');
    expect(second.send('PowerDeliveryReq', ev.powerDelivery('Start')).res['ResponseCode']).toBe('OK');
    expect(second.send('ChargingStatusReq').res['ResponseCode']).toBe('OK');
    expect(second.send('PowerDeliveryReq', ev.powerDelivery('Stop')).res['ResponseCode']).toBe('OK');
    expect(second.send('SessionStopReq', ev.sessionStop('Terminate')).close).toBe('terminate');
    expect(second.log.every((x) => x.refused === undefined)).toBe(true);
  });

  it('offers only the payment option chosen before when the paused values are carried over', () => {
    const def = iso2Protocol({ payment_options: ['ExternalPayment', 'Contract'], contract });
    const d = new TestDriver(def, new ScriptedEvse(), { resumable: '1111111111111111', values: { payment: 'ExternalPayment', mode: 'AC_three_phase_core' } });
    expect(d.send('SessionSetupReq', ev.sessionSetup(), '1111111111111111').res['ResponseCode']).toBe('OK_OldSessionJoined');
    expect(d.send('ServiceDiscoveryReq').res['PaymentOptionList']).toEqual({ PaymentOption: ['ExternalPayment'] });
    expect(d.send('PaymentServiceSelectionReq', ev.paymentSelection('Contract')).res['ResponseCode']).toBe('FAILED_PaymentSelectionInvalid');
  });

  it('pauses a DC session after welding detection and resumes it through cable check again', () => {
    const evse = new ScriptedEvse(['DC_extended']);
    const def = iso2Protocol();
    const first = new TestDriver(def, evse);
    setUpToChargeParameter(first);
    first.send('ChargeParameterDiscoveryReq', ev.dcChargeParameter());
    first.send('CableCheckReq', ev.cableCheck());
    first.send('PreChargeReq', ev.preCharge(200));
    first.send('PowerDeliveryReq', ev.powerDelivery('Start', true));
    first.send('CurrentDemandReq', ev.currentDemand(380, 100));
    first.send('PowerDeliveryReq', ev.powerDelivery('Stop', true));
    first.send('WeldingDetectionReq', ev.weldingDetection());
    expect(first.send('SessionStopReq', ev.sessionStop('Pause')).close).toBe('pause');

    const id = first.session.session_id;
    const second = new TestDriver(def, evse, { resumable: id, values: first.session.values });
    expect(second.send('SessionSetupReq', ev.sessionSetup(), id).res['ResponseCode']).toBe('OK_OldSessionJoined');
    expect(second.session.values['charging_started']).toBe(false);
    second.send('ServiceDiscoveryReq');
    second.send('PaymentServiceSelectionReq', ev.paymentSelection());
    second.send('AuthorizationReq');
    second.send('ChargeParameterDiscoveryReq', ev.dcChargeParameter());
    // The contactors were opened at the pause: cable check and pre-charge come again.
    expect(second.state).toBe('CableCheck');
  });

  it('starts a new session (and forgets carried values) for an unknown or zero SessionID', () => {
    const evse = new ScriptedEvse(['AC_three_phase_core']);
    const carried = { payment: 'ExternalPayment', mode: 'AC_three_phase_core' };
    const d = new TestDriver(iso2Protocol(), evse, { resumable: '1111111111111111', values: carried, sessionId: () => '4444444444444444' });
    expect(d.send('SessionSetupReq', ev.sessionSetup(), 'abcdefabcdefabcd').res['ResponseCode']).toBe('OK_NewSessionEstablished');
    expect(d.session.session_id).toBe('4444444444444444');
    expect(d.session.values['payment']).toBeUndefined();
    expect(d.session.values['mode']).toBeUndefined();

    const z = new TestDriver(iso2Protocol(), evse, { resumable: '1111111111111111', sessionId: () => '5555555555555555' });
    expect(z.send('SessionSetupReq', ev.sessionSetup(), '00').res['ResponseCode']).toBe('OK_NewSessionEstablished');
    expect(z.session.session_id).toBe('5555555555555555');
  });

  it('draws its own non-zero SessionID when called without an engine', () => {
    const ids = ['0000000000000000', '6666666666666666'];
    const def = iso2Protocol({ new_session_id: () => ids.shift() ?? 'ffffffffffffffff' });
    const session = { session_id: '0000000000000000', evcc_id: '', values: {}, state: 'SessionSetup', ongoing: 0 };
    const out = def.handlers['SessionSetupReq']!({ EVCCID: '0a1b2c3d4e5f' }, session, new ScriptedEvse());
    expect(out.body).toMatchObject({ SessionSetupRes: { ResponseCode: 'OK_NewSessionEstablished' } });
    expect(out.session?.session_id).toBe('6666666666666666');
    expect(out.session?.evcc_id).toBe('0a1b2c3d4e5f');
  });
});
