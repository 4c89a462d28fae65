/**
 * A full ISO 15118-2 DC session with external identification through the EXI codec (TestDriver):
 * SessionSetup → ServiceDiscovery → PaymentServiceSelection → Authorization → ChargeParameterDiscovery →
 * CableCheck (Ongoing, Finished) → PreCharge × n → PowerDelivery Start → CurrentDemand × n →
 * PowerDelivery Stop → WeldingDetection → SessionStop Terminate.
 */
import { describe, expect, it } from 'vitest';
import { iso2Protocol } from '../../../appliance/src/v2g/iso2/index.js';
import { ScriptedEvse, TestDriver, ev, setUpToChargeParameter, setUpToDcChargeLoop } from './helpers.js';

const READY = { NotificationMaxDelay: 0, EVSENotification: 'None', EVSEIsolationStatus: 'Valid', EVSEStatusCode: 'EVSE_Ready' };

describe('ISO 15118-2 DC session (SECC)', () => {
  it('runs from SessionSetup to SessionStop Terminate', () => {
    const evse = new ScriptedEvse(['DC_extended', 'DC_core']);
    evse.cable = ['Ongoing', 'Ongoing', 'Finished'];
    evse.dc.energy_to_be_delivered_Wh = 60_000;
    let now = 1_763_700_000_000;
    const d = new TestDriver(iso2Protocol(), evse, { now: () => now });
    setUpToChargeParameter(d);

    const cpd = d.send('ChargeParameterDiscoveryReq', ev.dcChargeParameter());
    expect(cpd.res['ResponseCode']).toBe('OK');
    expect(cpd.res['DC_EVSEChargeParameter']).toEqual({
      DC_EVSEStatus: READY,
      EVSEMaximumCurrentLimit: { Multiplier: 0, Unit: 'A', Value: 200 },
      EVSEMaximumPowerLimit: { Multiplier: 1, Unit: 'W', Value: 15_000 },
      EVSEMaximumVoltageLimit: { Multiplier: 0, Unit: 'V', Value: 920 },
      EVSEMinimumCurrentLimit: { Multiplier: 0, Unit: 'A', Value: 0 },
      EVSEMinimumVoltageLimit: { Multiplier: 0, Unit: 'V', Value: 150 },
      EVSECurrentRegulationTolerance: { Multiplier: 0, Unit: 'A', Value: 5 },
      EVSEPeakCurrentRipple: { Multiplier: 0, Unit: 'A', Value: 2 },
      EVSEEnergyToBeDelivered: { Multiplier: 1, Unit: 'Wh', Value: 6000 },
    });
    // No schedule from the charger: one entry at its maximum power for the whole day.
    expect(cpd.res['SAScheduleList']['SAScheduleTuple'][0]['PMaxSchedule']).toEqual({
      PMaxScheduleEntry: [{ RelativeTimeInterval: { start: 0, duration: 86_400 }, PMax: { Multiplier: 1, Unit: 'W', Value: 15_000 } }],
    });
    expect(evse.reports).toContainEqual(expect.objectContaining({ soc_pct: 42, ev_max_voltage_V: 450, ev_max_current_A: 250, ev_max_power_W: 150_000 }));
    expect(d.state).toBe('CableCheck');

    for (let i = 0; i < 2; i++) {
      const cc = d.send('CableCheckReq', ev.cableCheck());
      expect(cc.res).toEqual({ ResponseCode: 'OK', DC_EVSEStatus: { ...READY, EVSEStatusCode: 'EVSE_IsolationMonitoringActive' }, EVSEProcessing: 'Ongoing' });
      now += 1000;
    }
    expect(d.session.ongoing).toBe(2);
    expect(d.send('CableCheckReq', ev.cableCheck()).res).toEqual({ ResponseCode: 'OK', DC_EVSEStatus: READY, EVSEProcessing: 'Finished' });
    expect(d.session.ongoing).toBe(0);
    expect(d.state).toBe('PreCharge');

    for (const expected of [200, 380]) {
      const pc = d.send('PreChargeReq', ev.preCharge(380));
      expect(pc.res).toEqual({ ResponseCode: 'OK', DC_EVSEStatus: READY, EVSEPresentVoltage: { Multiplier: 0, Unit: 'V', Value: expected } });
    }
    expect(d.state).toBe('PreChargeOrPowerDelivery');

    expect(d.send('PowerDeliveryReq', ev.powerDelivery('Start', true)).res).toEqual({ ResponseCode: 'OK', DC_EVSEStatus: READY });
    expect(d.state).toBe('CurrentDemand');

    for (const amps of [50, 120.5, 250]) {
      const cd = d.send('CurrentDemandReq', ev.currentDemand(385, amps));
      expect(cd.res).toMatchObject({
        ResponseCode: 'OK',
        DC_EVSEStatus: READY,
        EVSEPresentVoltage: { Multiplier: 0, Unit: 'V', Value: 385 },
        EVSECurrentLimitAchieved: amps > 200,
        EVSEVoltageLimitAchieved: false,
        EVSEPowerLimitAchieved: false,
        EVSEMaximumVoltageLimit: { Multiplier: 0, Unit: 'V', Value: 920 },
        EVSEMaximumCurrentLimit: { Multiplier: 0, Unit: 'A', Value: 200 },
        EVSEMaximumPowerLimit: { Multiplier: 1, Unit: 'W', Value: 15_000 },
        EVSEID: 'DE*AMP*E1234*1',
        SAScheduleTupleID: 1,
        MeterInfo: { MeterID: 'AMP-METER-1' },
        ReceiptRequired: false,
      });
    }
    expect(d.log.at(-2)?.res['EVSEPresentCurrent']).toEqual({ Multiplier: -1, Unit: 'A', Value: 1205 });
    expect(d.log.at(-1)?.res['EVSEPresentCurrent']).toEqual({ Multiplier: 0, Unit: 'A', Value: 200 });
    expect(evse.reports).toContainEqual(expect.objectContaining({ stage: 'CurrentDemand', soc_pct: 42, present_voltage_V: 385 }));

    expect(d.send('PowerDeliveryReq', ev.powerDelivery('Stop', true)).res['ResponseCode']).toBe('OK');
    expect(d.state).toBe('WeldingDetection');
    const wd = d.send('WeldingDetectionReq', ev.weldingDetection());
    expect(wd.res).toEqual({ ResponseCode: 'OK', DC_EVSEStatus: READY, EVSEPresentVoltage: { Multiplier: 0, Unit: 'V', Value: 85 } });
    expect(d.send('SessionStopReq', ev.sessionStop('Terminate')).close).toBe('terminate');
    expect(evse.actions.filter((a) => a.startsWith('powerDelivery'))).toEqual(['powerDelivery on', 'powerDelivery off']);
  });

  it('fails the cable check on an isolation fault', () => {
    const evse = new ScriptedEvse(['DC_extended']);
    const d = new TestDriver(iso2Protocol(), evse);
    setUpToChargeParameter(d);
    d.send('ChargeParameterDiscoveryReq', ev.dcChargeParameter());
    evse.st.isolation = 'Fault';
    const cc = d.send('CableCheckReq', ev.cableCheck());
    expect(cc.res).toMatchObject({ ResponseCode: 'FAILED', EVSEProcessing: 'Finished', DC_EVSEStatus: { EVSEIsolationStatus: 'Fault' } });
    expect(cc.close).toBe('error');
  });

  it('gives up a cable check that stays Ongoing past 40 s (the state\'s ongoing_limit_ms)', () => {
    const evse = new ScriptedEvse(['DC_extended']);
    evse.cable = ['Ongoing'];
    let now = 0;
    const d = new TestDriver(iso2Protocol(), evse, { now: () => now });
    setUpToChargeParameter(d);
    d.send('ChargeParameterDiscoveryReq', ev.dcChargeParameter());
    expect(d.send('CableCheckReq', ev.cableCheck()).res['EVSEProcessing']).toBe('Ongoing');
    now = 40_000;
    expect(d.send('CableCheckReq', ev.cableCheck()).res['EVSEProcessing']).toBe('Ongoing');
    now = 40_001;
    const cc = d.send('CableCheckReq', ev.cableCheck());
    expect(cc.res).toMatchObject({ ResponseCode: 'FAILED', EVSEProcessing: 'Finished' });
    expect(cc.close).toBe('error');
  });

  it('answers CurrentDemand with EVSE_EmergencyShutdown and FAILED on an emergency, EVSE_Shutdown on StopCharging', () => {
    const evse = new ScriptedEvse(['DC_extended']);
    const d = new TestDriver(iso2Protocol({ notification_max_delay_s: 3 }), evse);
    setUpToDcChargeLoop(d);
    evse.st.notification = 'StopCharging';
    expect(d.send('CurrentDemandReq', ev.currentDemand(380, 100)).res).toMatchObject({
      ResponseCode: 'OK',
      DC_EVSEStatus: { NotificationMaxDelay: 3, EVSENotification: 'StopCharging', EVSEStatusCode: 'EVSE_Shutdown' },
    });
    evse.st.emergency = true;
    const cd = d.send('CurrentDemandReq', ev.currentDemand(380, 100));
    expect(cd.res).toMatchObject({ ResponseCode: 'FAILED', DC_EVSEStatus: { EVSENotification: 'StopCharging', EVSEStatusCode: 'EVSE_EmergencyShutdown' } });
    expect(cd.close).toBe('error');
  });

  it('treats an isolation Fault during CurrentDemand as an emergency even before the charger does (FAILED, EmergencyShutdown)', () => {
    const evse = new ScriptedEvse(['DC_extended']);
    const d = new TestDriver(iso2Protocol(), evse);
    setUpToDcChargeLoop(d);
    expect(d.send('CurrentDemandReq', ev.currentDemand(380, 100)).res.ResponseCode).toBe('OK');
    evse.st.isolation = 'Fault';
    const cd = d.send('CurrentDemandReq', ev.currentDemand(380, 100));
    expect(cd.res).toMatchObject({
      ResponseCode: 'FAILED',
      DC_EVSEStatus: { EVSEIsolationStatus: 'Fault', EVSENotification: 'StopCharging', EVSEStatusCode: 'EVSE_EmergencyShutdown' },
    });
    expect(cd.close).toBe('error');
  });

  it('reports a contactor that will not close as FAILED_PowerDeliveryNotApplied', () => {
    const evse = new ScriptedEvse(['DC_extended']);
    evse.contactor = 'Failed';
    const d = new TestDriver(iso2Protocol(), evse);
    setUpToChargeParameter(d);
    d.send('ChargeParameterDiscoveryReq', ev.dcChargeParameter());
    d.send('CableCheckReq', ev.cableCheck());
    d.send('PreChargeReq', ev.preCharge(200));
    const pd = d.send('PowerDeliveryReq', ev.powerDelivery('Start', true));
    expect(pd.res['ResponseCode']).toBe('FAILED_PowerDeliveryNotApplied');
    expect(pd.close).toBe('error');
  });
});
