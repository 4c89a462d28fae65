/**
 * EVSE-initiated renegotiation: EVSENotification ReNegotiation in ChargingStatusRes / CurrentDemandRes, the
 * EV's PowerDelivery Renegotiate, then ChargeParameterDiscovery with fresh limits and schedule [V2G2-813]
 * and back to charging. Renegotiate before charging started is FAILED [V2G2-812].
 */
import { describe, expect, it } from 'vitest';
import { iso2Protocol } from '../../../appliance/src/v2g/iso2/index.js';
import { ScriptedEvse, TestDriver, ev, setUpToChargeParameter, setUpToDcChargeLoop } from './helpers.js';

describe('ISO 15118-2 ReNegotiation', () => {
  it('AC: ReNegotiation → PowerDelivery Renegotiate → ChargeParameterDiscovery → PowerDelivery Start', () => {
    const evse = new ScriptedEvse(['AC_three_phase_core']);
    evse.schedule = [{ start_s: 0, pmax_W: 22_000 }];
    const d = new TestDriver(iso2Protocol(), evse);
    setUpToChargeParameter(d);
    d.send('ChargeParameterDiscoveryReq', ev.acChargeParameter());
    d.send('PowerDeliveryReq', ev.powerDelivery('Start'));
    expect(d.send('ChargingStatusReq').res['AC_EVSEStatus']['EVSENotification']).toBe('None');

    // The site limit drops: the charger asks for a renegotiation.
    evse.st.notification = 'ReNegotiation';
    evse.ac.max_current_A = 16;
    evse.schedule = [{ start_s: 0, pmax_W: 11_000 }];
    expect(d.send('ChargingStatusReq').res['AC_EVSEStatus']).toEqual({ NotificationMaxDelay: 10, EVSENotification: 'ReNegotiation', RCD: false });

    expect(d.send('PowerDeliveryReq', ev.powerDelivery('Renegotiate')).res['ResponseCode']).toBe('OK');
    expect(d.state).toBe('ChargeParameterDiscovery');
    evse.st.notification = 'None';
    const cpd = d.send('ChargeParameterDiscoveryReq', ev.acChargeParameter());
    expect(cpd.res['ResponseCode']).toBe('OK');
    expect(cpd.res['AC_EVSEChargeParameter']['EVSEMaxCurrent']).toEqual({ Multiplier: 0, Unit: 'A', Value: 16 });
    expect(cpd.res['SAScheduleList']['SAScheduleTuple'][0]['PMaxSchedule']['PMaxScheduleEntry'][0]['PMax']).toEqual({ Multiplier: 0, Unit: 'W', Value: 11_000 });
    expect(d.state).toBe('PowerDelivery');
    expect(d.send('PowerDeliveryReq', ev.powerDelivery('Start')).res['ResponseCode']).toBe('OK');
    expect(d.send('ChargingStatusReq').res['EVSEMaxCurrent']).toEqual({ Multiplier: 0, Unit: 'A', Value: 16 });
    expect(d.log.every((x) => x.refused === undefined)).toBe(true);
  });

  it('DC: renegotiation skips cable check and pre-charge (contactors stay closed)', () => {
    const evse = new ScriptedEvse(['DC_extended']);
    const d = new TestDriver(iso2Protocol(), evse);
    setUpToDcChargeLoop(d);
    evse.st.notification = 'ReNegotiation';
    evse.dc.max_power_W = 50_000;
    expect(d.send('CurrentDemandReq', ev.currentDemand(380, 100)).res['DC_EVSEStatus']).toMatchObject({
      EVSENotification: 'ReNegotiation',
      EVSEStatusCode: 'EVSE_Ready',
    });
    expect(d.send('PowerDeliveryReq', ev.powerDelivery('Renegotiate', true)).res['ResponseCode']).toBe('OK');
    evse.st.notification = 'None';
    const cpd = d.send('ChargeParameterDiscoveryReq', ev.dcChargeParameter());
    expect(cpd.res['DC_EVSEChargeParameter']['EVSEMaximumPowerLimit']).toEqual({ Multiplier: 1, Unit: 'W', Value: 5000 });
    expect(d.state).toBe('PowerDelivery');
    expect(d.send('PowerDeliveryReq', ev.powerDelivery('Start', true)).res['ResponseCode']).toBe('OK');
    expect(d.send('CurrentDemandReq', ev.currentDemand(380, 100)).res['ResponseCode']).toBe('OK');
    expect(evse.actions.filter((a) => a === 'cableCheck')).toHaveLength(1);
    expect(evse.actions.filter((a) => a.startsWith('preCharge'))).toHaveLength(1);
  });

  it('refuses Renegotiate before charging started [V2G2-812]', () => {
    const d = new TestDriver(iso2Protocol(), new ScriptedEvse(['AC_three_phase_core']));
    setUpToChargeParameter(d);
    d.send('ChargeParameterDiscoveryReq', ev.acChargeParameter());
    const pd = d.send('PowerDeliveryReq', ev.powerDelivery('Renegotiate'));
    expect(pd.res['ResponseCode']).toBe('FAILED');
    expect(pd.close).toBe('error');
  });

  it('refuses a renegotiation that changes the energy transfer mode', () => {
    const d = new TestDriver(iso2Protocol(), new ScriptedEvse(['AC_three_phase_core', 'AC_single_phase_core']));
    setUpToChargeParameter(d);
    d.send('ChargeParameterDiscoveryReq', ev.acChargeParameter());
    d.send('PowerDeliveryReq', ev.powerDelivery('Start'));
    d.send('PowerDeliveryReq', ev.powerDelivery('Renegotiate'));
    expect(d.send('ChargeParameterDiscoveryReq', ev.acChargeParameter('AC_single_phase_core')).res['ResponseCode']).toBe('FAILED_WrongEnergyTransferMode');
  });
});
