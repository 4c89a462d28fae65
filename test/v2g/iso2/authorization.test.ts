/**
 * External identification (EIM): AuthorizationRes is Ongoing until the charger has authorized, Finished
 * then; Rejected and an Ongoing run past V2G_EVCC_Ongoing_Timeout (60 s) are FAILED. Service and payment
 * selection errors, and the Contract (Plug&Charge) seam.
 */
import { describe, expect, it } from 'vitest';
import { iso2Protocol } from '../../../appliance/src/v2g/iso2/index.js';
import type { ContractPayment } from '../../../appliance/src/v2g/iso2/index.js';
import { ScriptedEvse, TestDriver, ev } from './helpers.js';

function toAuthorization(d: TestDriver, option: 'ExternalPayment' | 'Contract' = 'ExternalPayment'): void {
  d.send('SessionSetupReq', ev.sessionSetup());
  d.send('ServiceDiscoveryReq');
  expect(d.send('PaymentServiceSelectionReq', ev.paymentSelection(option)).res['ResponseCode']).toBe('OK');
}

describe('ISO 15118-2 Authorization with external identification', () => {
  it('answers Ongoing until the charger authorizes, then Finished [V2G2-687]', () => {
    const evse = new ScriptedEvse(['AC_three_phase_core']);
    evse.auth = ['Ongoing', 'Ongoing', 'Ongoing', 'Accepted'];
    let now = 0;
    const d = new TestDriver(iso2Protocol(), evse, { now: () => now });
    toAuthorization(d);
    for (let i = 0; i < 3; i++) {
      const a = d.send('AuthorizationReq');
      expect(a.res).toEqual({ ResponseCode: 'OK', EVSEProcessing: 'Ongoing' });
      expect(d.state).toBe('Authorization');
      // The first Ongoing moves PaymentSelected → Authorization and already counts (the limit runs from it).
      expect(d.session.ongoing).toBe(i + 1);
      expect(d.timeout_ms()).toBe(60_000);
      now += 2000;
    }
    expect(d.send('AuthorizationReq').res).toEqual({ ResponseCode: 'OK', EVSEProcessing: 'Finished' });
    expect(d.state).toBe('ChargeParameterDiscovery');
    expect(d.session.ongoing).toBe(0);
  });

  it('gives up after 60 s of Ongoing with FAILED (ongoing_limit_ms, [V2G2-713])', () => {
    const evse = new ScriptedEvse(['AC_three_phase_core']);
    evse.auth = ['Ongoing'];
    let now = 1_000_000;
    const d = new TestDriver(iso2Protocol(), evse, { now: () => now });
    toAuthorization(d);
    d.send('AuthorizationReq');
    d.send('AuthorizationReq');
    expect(d.state).toBe('Authorization');
    expect(d.session.ongoing).toBe(2);
    now += 60_000;
    expect(d.send('AuthorizationReq').res['EVSEProcessing']).toBe('Ongoing');
    now += 1;
    const a = d.send('AuthorizationReq');
    expect(a.refused).toBe('FAILED');
    expect(a.res).toEqual({ ResponseCode: 'FAILED', EVSEProcessing: 'Finished' });
    expect(a.close).toBe('error');
  });

  it('answers FAILED when the charger rejects', () => {
    const evse = new ScriptedEvse(['AC_three_phase_core']);
    evse.auth = ['Ongoing', 'Rejected'];
    const d = new TestDriver(iso2Protocol(), evse);
    toAuthorization(d);
    d.send('AuthorizationReq');
    const a = d.send('AuthorizationReq');
    expect(a.res).toEqual({ ResponseCode: 'FAILED', EVSEProcessing: 'Finished' });
    expect(a.close).toBe('error');
  });

  it('refuses PaymentDetailsReq after ExternalPayment', () => {
    const d = new TestDriver(iso2Protocol({ now_ms: () => 5000 }), new ScriptedEvse());
    toAuthorization(d);
    const pd = d.send('PaymentDetailsReq', { eMAID: 'DEAMP1234567890', ContractSignatureCertChain: { Certificate: '3082' } });
    expect(pd.res).toEqual({ ResponseCode: 'FAILED_SequenceError', GenChallenge: '00'.repeat(16), EVSETimeStamp: 5 });
    expect(pd.close).toBe('error');
  });

  it('offers only ExternalPayment without the Contract seam, and refuses Contract', () => {
    const d = new TestDriver(iso2Protocol({ payment_options: ['ExternalPayment', 'Contract'] }), new ScriptedEvse());
    d.send('SessionSetupReq', ev.sessionSetup());
    expect(d.send('ServiceDiscoveryReq').res['PaymentOptionList']).toEqual({ PaymentOption: ['ExternalPayment'] });
    const pss = d.send('PaymentServiceSelectionReq', ev.paymentSelection('Contract'));
    expect(pss.res['ResponseCode']).toBe('FAILED_PaymentSelectionInvalid');
    expect(pss.close).toBe('error');
  });

  it('goes through the Contract seam: PaymentDetails → Authorization', () => {
    const seen: string[] = [];
    const contract: ContractPayment = {
      paymentDetails: (req) => {
        seen.push(req.eMAID);
        return { code: 'OK', gen_challenge: 'ab'.repeat(16) };
      },
      authorize: (req) => (req.GenChallenge === 'ab'.repeat(16) ? 'Accepted' : 'Rejected'),
    };
    const d = new TestDriver(iso2Protocol({ payment_options: ['Contract', 'ExternalPayment'], contract, now_ms: () => 0 }), new ScriptedEvse());
    toAuthorization(d, 'Contract');
    const pd = d.send('PaymentDetailsReq', { eMAID: 'DEAMP1234567890', ContractSignatureCertChain: { Certificate: '3082' } });
    expect(pd.res).toEqual({ ResponseCode: 'OK', GenChallenge: 'ab'.repeat(16), EVSETimeStamp: 0 });
    expect(seen).toEqual(['DEAMP1234567890']);
    expect(d.state).toBe('Authorization');
    expect(d.send('AuthorizationReq', { '@Id': 'id1', GenChallenge: 'ab'.repeat(16) }).res['EVSEProcessing']).toBe('Finished');
  });

  it('refuses a selection without the charge service, and unknown services', () => {
    const services = [{ id: 3, name: 'Internet', category: 'Internet' as const, free: true, parameter_sets: [{ ParameterSetID: 1, Parameter: [{ '@Name': 'Protocol', stringValue: 'https' }] }] }];
    const a = new TestDriver(iso2Protocol({ services }), new ScriptedEvse());
    a.send('SessionSetupReq', ev.sessionSetup());
    expect(a.send('ServiceDiscoveryReq').res['ServiceList']).toEqual({ Service: [{ ServiceID: 3, ServiceName: 'Internet', ServiceCategory: 'Internet', FreeService: true }] });
    expect(a.send('ServiceDetailReq', { ServiceID: 3 }).res).toEqual({
      ResponseCode: 'OK',
      ServiceID: 3,
      ServiceParameterList: { ParameterSet: [{ ParameterSetID: 1, Parameter: [{ '@Name': 'Protocol', stringValue: 'https' }] }] },
    });
    expect(a.send('PaymentServiceSelectionReq', ev.paymentSelection('ExternalPayment', [3])).res['ResponseCode']).toBe('FAILED_NoChargeServiceSelected');

    const b = new TestDriver(iso2Protocol({ services }), new ScriptedEvse());
    b.send('SessionSetupReq', ev.sessionSetup());
    expect(b.send('ServiceDiscoveryReq', { ServiceCategory: 'EVCharging' }).res['ServiceList']).toBeUndefined();
    expect(b.send('PaymentServiceSelectionReq', ev.paymentSelection('ExternalPayment', [1, 7])).res['ResponseCode']).toBe('FAILED_ServiceSelectionInvalid');

    const c = new TestDriver(iso2Protocol(), new ScriptedEvse());
    c.send('SessionSetupReq', ev.sessionSetup());
    c.send('ServiceDiscoveryReq');
    const sd = c.send('ServiceDetailReq', { ServiceID: 9 });
    expect(sd.res).toEqual({ ResponseCode: 'FAILED_ServiceIDInvalid', ServiceID: 9 });
  });
});
