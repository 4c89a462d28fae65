/**
 * Each DIN 70121 handler called directly (pure: request, session, evse → body/next/close), with the scripted
 * charger of scripted-evse.ts. Every body produced here is also encoded with the codec, so "schema-valid"
 * is checked, not assumed.
 */
import { describe, expect, it } from 'vitest';
import { encode } from '../../../appliance/src/v2g/exi/index.js';
import {
  handleCableCheck,
  handleChargeParameterDiscovery,
  handleContractAuthentication,
  handleCurrentDemand,
  handlePowerDelivery,
  handlePreCharge,
  handleServiceDiscovery,
  handleServicePaymentSelection,
  handleSessionSetup,
  handleSessionStop,
  handleWeldingDetection,
  physical,
  num,
  dinProtocol,
} from '../../../appliance/src/v2g/din/index.js';
import type { HandlerResult, SessionData } from '../../../appliance/src/v2g/session/protocol.js';
import { EV } from './ev-messages.js';
import { ScriptedEvse } from './scripted-evse.js';

const session = (state: string, values: Record<string, unknown> = {}): SessionData => ({
  session_id: '0102030405060708',
  evcc_id: '',
  values,
  state,
  ongoing: 0,
});
/** The inner request object of an EV message builder's output. */
const inner = (m: Record<string, unknown>) => Object.values(m)[0] as Record<string, unknown>;
/** Encodes the body (throws on a schema violation) and returns the response element. */
function res(r: HandlerResult<Record<string, unknown>>): Record<string, any> {
  encode('din', { V2G_Message: { Header: { SessionID: '0102030405060708' }, Body: r.body } });
  return Object.values(r.body)[0] as Record<string, any>;
}

describe('DIN physical values', () => {
  it('picks the finest multiplier that fits a short', () => {
    expect(physical(355.2, 'V')).toEqual({ Multiplier: -1, Unit: 'V', Value: 3552 });
    expect(physical(150_000, 'W')).toEqual({ Multiplier: 1, Unit: 'W', Value: 15000 });
    expect(physical(0, 'A')).toEqual({ Multiplier: 0, Unit: 'A', Value: 0 });
    expect(num({ Multiplier: -1, Unit: 'V', Value: 4128 })).toBeCloseTo(412.8);
    expect(num({ Multiplier: 1, Unit: 'W', Value: 9800 })).toBe(98_000);
  });
});

describe('SessionSetup / SessionStop', () => {
  it('answers OK_NewSessionEstablished with the EVSEID in hex and records the EVCCID', () => {
    const evse = new ScriptedEvse();
    const r = handleSessionSetup(inner(EV.SessionSetupReq()), session('SessionSetup'), evse);
    expect(res(r)).toEqual({ ResponseCode: 'OK_NewSessionEstablished', EVSEID: Buffer.from('DE*AMP*E1234*1').toString('hex') });
    expect(r.next).toBe('ServiceDiscovery');
    expect(r.session?.evcc_id).toBe('e00ee1ffd3e2');
    expect(evse.reports[0]).toMatchObject({ protocol: 'DIN70121' });
  });
  it('answers OK_OldSessionJoined when the engine resumed a session', () => {
    const r = handleSessionSetup(inner(EV.SessionSetupReq()), session('SessionSetup', { old_session: true }), new ScriptedEvse());
    expect(res(r).ResponseCode).toBe('OK_OldSessionJoined');
  });
  it('SessionStop answers OK and terminates', () => {
    const r = handleSessionStop({}, session('WeldingDetection'), new ScriptedEvse());
    expect(res(r)).toEqual({ ResponseCode: 'OK' });
    expect(r.close).toBe('terminate');
  });
});

describe('ServiceDiscovery / ServicePaymentSelection', () => {
  it('offers the DC charge service with ExternalPayment only [V2G-DC-395]', () => {
    const r = handleServiceDiscovery(inner(EV.ServiceDiscoveryReq()), session('ServiceDiscovery'), new ScriptedEvse());
    expect(res(r)).toEqual({
      ResponseCode: 'OK',
      PaymentOptions: { PaymentOption: ['ExternalPayment'] },
      ChargeService: { ServiceTag: { ServiceID: 1, ServiceCategory: 'EVCharging' }, FreeService: false, EnergyTransferType: 'DC_extended' },
    });
    expect(r.next).toBe('ServicePaymentSelection');
  });
  it('answers FAILED when the charger has no DC mode DIN can name', () => {
    const evse = new ScriptedEvse();
    evse.energy_modes = ['AC_three_phase_core'];
    const r = handleServiceDiscovery({}, session('ServiceDiscovery'), evse);
    expect(res(r).ResponseCode).toBe('FAILED');
    expect(r.close).toBe('error');
  });
  it('accepts ExternalPayment with service 1', () => {
    const r = handleServicePaymentSelection(inner(EV.ServicePaymentSelectionReq()), session('ServicePaymentSelection'), new ScriptedEvse());
    expect(res(r)).toEqual({ ResponseCode: 'OK' });
    expect(r.next).toBe('ContractAuthentication');
  });
  it('rejects Contract payment [V2G-DC-395] and an unknown service', () => {
    const evse = new ScriptedEvse();
    const a = handleServicePaymentSelection(inner(EV.ServicePaymentSelectionReq('Contract')), session('ServicePaymentSelection'), evse);
    expect(res(a).ResponseCode).toBe('FAILED_PaymentSelectionInvalid');
    expect(a.close).toBe('error');
    const b = handleServicePaymentSelection(inner(EV.ServicePaymentSelectionReq('ExternalPayment', 7)), session('ServicePaymentSelection'), evse);
    expect(res(b).ResponseCode).toBe('FAILED_ServiceSelectionInvalid');
  });
});

describe('ContractAuthentication', () => {
  it('is Ongoing until the charger authorizes, then Finished', () => {
    const evse = new ScriptedEvse();
    evse.auth = ['Ongoing', 'Ongoing', 'Accepted'];
    const s = session('ContractAuthentication');
    const first = handleContractAuthentication({}, s, evse);
    expect(res(first)).toEqual({ ResponseCode: 'OK', EVSEProcessing: 'Ongoing' });
    expect(first.next).toBeUndefined();
    handleContractAuthentication({}, s, evse);
    const third = handleContractAuthentication({}, s, evse);
    expect(res(third)).toEqual({ ResponseCode: 'OK', EVSEProcessing: 'Finished' });
    expect(third.next).toBe('ChargeParameterDiscovery');
  });
  it('answers FAILED, Finished when the charger rejects', () => {
    const evse = new ScriptedEvse();
    evse.auth = ['Rejected'];
    const r = handleContractAuthentication({}, session('ContractAuthentication'), evse);
    expect(res(r)).toEqual({ ResponseCode: 'FAILED', EVSEProcessing: 'Finished' });
    expect(r.close).toBe('error');
  });
});

describe('ChargeParameterDiscovery', () => {
  it('announces the DC limits and a PMax schedule, and reports the EV limits', () => {
    const evse = new ScriptedEvse();
    const r = handleChargeParameterDiscovery(inner(EV.ChargeParameterDiscoveryReq()), session('ChargeParameterDiscovery'), evse);
    const body = res(r);
    expect(body.ResponseCode).toBe('OK');
    expect(body.EVSEProcessing).toBe('Finished');
    expect(r.next).toBe('CableCheck');
    const p = body.DC_EVSEChargeParameter;
    expect(num(p.EVSEMaximumVoltageLimit)).toBe(500);
    expect(num(p.EVSEMaximumCurrentLimit)).toBe(125);
    expect(num(p.EVSEMaximumPowerLimit)).toBe(50_000);
    expect(num(p.EVSEMinimumVoltageLimit)).toBe(50);
    expect(p.DC_EVSEStatus).toEqual({ EVSEIsolationStatus: 'Valid', EVSEStatusCode: 'EVSE_Ready', NotificationMaxDelay: 0, EVSENotification: 'None' });
    const entries = body.SAScheduleList.SAScheduleTuple[0].PMaxSchedule.PMaxScheduleEntry;
    expect(entries).toEqual([{ RelativeTimeInterval: { start: 0, duration: 86_400 }, PMax: 30_000 }]);
    expect(evse.reports.at(-1)).toMatchObject({ soc_pct: 57, ev_max_voltage_V: 412.8, ev_max_current_A: 200, ev_max_power_W: 98_000, energy_request_Wh: 12040 });
  });
  it('clamps PMax to the short range DIN allows', () => {
    const evse = new ScriptedEvse();
    evse.schedule = [{ start_s: 0, pmax_W: 150_000 }, { start_s: 3600, pmax_W: 11_000 }];
    const body = res(handleChargeParameterDiscovery(inner(EV.ChargeParameterDiscoveryReq()), session('ChargeParameterDiscovery'), evse));
    expect(body.SAScheduleList.SAScheduleTuple[0].PMaxSchedule.PMaxScheduleEntry).toEqual([
      { RelativeTimeInterval: { start: 0 }, PMax: 32767 },
      { RelativeTimeInterval: { start: 3600, duration: 82_800 }, PMax: 11_000 },
    ]);
  });
  it('is Ongoing with EVSE_NotReady while the supply is not ready', () => {
    const evse = new ScriptedEvse();
    evse.st.ready = false;
    const r = handleChargeParameterDiscovery(inner(EV.ChargeParameterDiscoveryReq()), session('ChargeParameterDiscovery'), evse);
    expect(res(r).EVSEProcessing).toBe('Ongoing');
    expect(res(r).DC_EVSEChargeParameter.DC_EVSEStatus.EVSEStatusCode).toBe('EVSE_NotReady');
    expect(r.next).toBeUndefined();
  });
  it('rejects an energy transfer type the charger does not offer', () => {
    const r = handleChargeParameterDiscovery(inner(EV.ChargeParameterDiscoveryReq('AC_three_phase_core')), session('ChargeParameterDiscovery'), new ScriptedEvse());
    expect(res(r).ResponseCode).toBe('FAILED_WrongEnergyTransferType');
    expect(r.close).toBe('error');
  });
});

describe('CableCheck', () => {
  it('is Ongoing with EVSE_IsolationMonitoringActive, then Finished with EVSE_Ready', () => {
    const evse = new ScriptedEvse();
    evse.cable = ['Ongoing', 'Finished'];
    evse.st.isolation = 'Invalid';
    const a = handleCableCheck(inner(EV.CableCheckReq()), session('CableCheck'), evse);
    expect(res(a)).toMatchObject({ ResponseCode: 'OK', EVSEProcessing: 'Ongoing', DC_EVSEStatus: { EVSEStatusCode: 'EVSE_IsolationMonitoringActive', EVSEIsolationStatus: 'Invalid' } });
    expect(a.next).toBeUndefined();
    evse.st.isolation = 'Valid';
    const b = handleCableCheck(inner(EV.CableCheckReq()), session('CableCheck'), evse);
    expect(res(b)).toMatchObject({ ResponseCode: 'OK', EVSEProcessing: 'Finished', DC_EVSEStatus: { EVSEStatusCode: 'EVSE_Ready', EVSEIsolationStatus: 'Valid' } });
    expect(b.next).toBe('PreCharge');
  });
  it('answers FAILED when the isolation test fails, and EmergencyShutdown on an isolation fault', () => {
    const evse = new ScriptedEvse();
    evse.cable = ['Failed'];
    evse.st.isolation = 'Fault';
    const r = handleCableCheck(inner(EV.CableCheckReq()), session('CableCheck'), evse);
    expect(res(r)).toMatchObject({ ResponseCode: 'FAILED', EVSEProcessing: 'Finished', DC_EVSEStatus: { EVSEStatusCode: 'EVSE_EmergencyShutdown', EVSEIsolationStatus: 'Fault' } });
    expect(r.close).toBe('error');
  });
});

describe('PreCharge', () => {
  it('drives the supply toward the target and reports the present voltage', () => {
    const evse = new ScriptedEvse();
    const r1 = res(handlePreCharge(inner(EV.PreChargeReq(353.4, 1)), session('PreCharge'), evse));
    expect(num(r1.EVSEPresentVoltage)).toBe(100);
    handlePreCharge(inner(EV.PreChargeReq(353.4, 1)), session('PreCharge'), evse);
    handlePreCharge(inner(EV.PreChargeReq(353.4, 1)), session('PreCharge'), evse);
    const r4 = res(handlePreCharge(inner(EV.PreChargeReq(353.4, 1)), session('PreCharge'), evse));
    expect(num(r4.EVSEPresentVoltage)).toBeCloseTo(353.4);
    expect(evse.calls).toContain('preCharge 353.4 1');
  });
});

describe('PowerDelivery', () => {
  it('start closes the contactors and enters CurrentDemand; stop opens them and enters WeldingDetection', () => {
    const evse = new ScriptedEvse();
    const on = handlePowerDelivery(inner(EV.PowerDeliveryReq(true)), session('PreCharge'), evse);
    expect(res(on)).toMatchObject({ ResponseCode: 'OK', DC_EVSEStatus: { EVSEStatusCode: 'EVSE_Ready' } });
    expect(on.next).toBe('CurrentDemand');
    expect(evse.contactorsClosed).toBe(true);
    const off = handlePowerDelivery(inner(EV.PowerDeliveryReq(false)), session('CurrentDemand'), evse);
    expect(off.next).toBe('WeldingDetection');
    expect(evse.contactorsClosed).toBe(false);
  });
  it('answers FAILED_PowerDeliveryNotApplied when the charger refuses to close', () => {
    const evse = new ScriptedEvse();
    evse.contactorResult = 'Failed';
    const r = handlePowerDelivery(inner(EV.PowerDeliveryReq(true)), session('PreCharge'), evse);
    expect(res(r).ResponseCode).toBe('FAILED_PowerDeliveryNotApplied');
    expect(r.close).toBe('error');
  });
});

describe('CurrentDemand', () => {
  it('follows the target and reports present values and the charger limits', () => {
    const evse = new ScriptedEvse();
    const body = res(handleCurrentDemand(inner(EV.CurrentDemandReq(400, 100)), session('CurrentDemand'), evse));
    expect(body).toMatchObject({ ResponseCode: 'OK', EVSECurrentLimitAchieved: false, EVSEVoltageLimitAchieved: false, EVSEPowerLimitAchieved: false });
    expect(num(body.EVSEPresentVoltage)).toBe(400);
    expect(num(body.EVSEPresentCurrent)).toBe(100);
    expect(num(body.EVSEMaximumPowerLimit)).toBe(50_000);
    expect(evse.reports.at(-1)).toMatchObject({ stage: 'CurrentDemand', ev_target_current_A: 100, present_current_A: 100 });
  });
  it('sets the power-limit flag when the EV asks for more than the power allows', () => {
    const evse = new ScriptedEvse();
    // 450 V × 125 A would be 56 kW; the charger's 50 kW allow 111.1 A.
    const body = res(handleCurrentDemand(inner(EV.CurrentDemandReq(450, 150)), session('CurrentDemand'), evse));
    expect(body.EVSEPowerLimitAchieved).toBe(true);
    expect(body.EVSECurrentLimitAchieved).toBe(false);
    expect(num(body.EVSEPresentCurrent)).toBeCloseTo(111.1, 1);
  });
  it('reports EVSE_Shutdown + StopCharging when the charger stops (still OK: the EV winds down)', () => {
    const evse = new ScriptedEvse();
    evse.st.notification = 'StopCharging';
    const r = handleCurrentDemand(inner(EV.CurrentDemandReq()), session('CurrentDemand'), evse);
    expect(res(r)).toMatchObject({ ResponseCode: 'OK', DC_EVSEStatus: { EVSEStatusCode: 'EVSE_Shutdown', EVSENotification: 'StopCharging' } });
    expect(r.close).toBeUndefined();
  });
  it('answers FAILED with EVSE_EmergencyShutdown and ends the session on an emergency', () => {
    const evse = new ScriptedEvse();
    evse.st.emergency = true;
    const r = handleCurrentDemand(inner(EV.CurrentDemandReq()), session('CurrentDemand'), evse);
    expect(res(r)).toMatchObject({ ResponseCode: 'FAILED', DC_EVSEStatus: { EVSEStatusCode: 'EVSE_EmergencyShutdown', EVSENotification: 'StopCharging' } });
    expect(r.close).toBe('error');
  });
  it('reports an isolation Warning without stopping', () => {
    const evse = new ScriptedEvse();
    evse.st.isolation = 'Warning';
    const r = handleCurrentDemand(inner(EV.CurrentDemandReq()), session('CurrentDemand'), evse);
    expect(res(r)).toMatchObject({ ResponseCode: 'OK', DC_EVSEStatus: { EVSEStatusCode: 'EVSE_Ready', EVSEIsolationStatus: 'Warning' } });
  });
  it('leaves EVSEIsolationStatus out for a charger without IMD', () => {
    const evse = new ScriptedEvse();
    evse.st.isolation = 'No_IMD';
    const body = res(handleCurrentDemand(inner(EV.CurrentDemandReq()), session('CurrentDemand'), evse));
    expect(body.DC_EVSEStatus.EVSEIsolationStatus).toBeUndefined();
  });
});

describe('WeldingDetection', () => {
  it('reports the decaying output voltage', () => {
    const evse = new ScriptedEvse();
    evse.voltage_V = 350;
    const body = res(handleWeldingDetection(inner(EV.WeldingDetectionReq()), session('WeldingDetection'), evse));
    expect(body.ResponseCode).toBe('OK');
    expect(num(body.EVSEPresentVoltage)).toBe(200);
  });
});

describe('purity', () => {
  const deepFreeze = <T>(o: T): T => {
    if (o && typeof o === 'object') {
      for (const v of Object.values(o)) deepFreeze(v);
      Object.freeze(o);
    }
    return o;
  };
  it('no handler mutates its request or the session it is given', () => {
    const cases: Array<[keyof typeof EV, () => Record<string, unknown>]> = [
      ['SessionSetupReq', () => EV.SessionSetupReq()],
      ['ServiceDiscoveryReq', () => EV.ServiceDiscoveryReq()],
      ['ServicePaymentSelectionReq', () => EV.ServicePaymentSelectionReq()],
      ['ContractAuthenticationReq', () => EV.ContractAuthenticationReq()],
      ['ChargeParameterDiscoveryReq', () => EV.ChargeParameterDiscoveryReq()],
      ['CableCheckReq', () => EV.CableCheckReq()],
      ['PreChargeReq', () => EV.PreChargeReq()],
      ['PowerDeliveryReq', () => EV.PowerDeliveryReq(true)],
      ['CurrentDemandReq', () => EV.CurrentDemandReq()],
      ['WeldingDetectionReq', () => EV.WeldingDetectionReq()],
      ['SessionStopReq', () => EV.SessionStopReq()],
    ];
    for (const [name, build] of cases) {
      const s = deepFreeze(session('Any', { payment: 'ExternalPayment' }));
      const r = dinProtocol.handlers[name]!(deepFreeze(inner(build())), s, new ScriptedEvse());
      expect(Object.keys(r.body), name).toEqual([name.replace(/Req$/, 'Res')]);
      res(r);
    }
  });
});
