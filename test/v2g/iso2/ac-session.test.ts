/**
 * A full ISO 15118-2 AC session with external identification, every request and response through the EXI
 * codec (TestDriver): SessionSetup → ServiceDiscovery → ServiceDetail → PaymentServiceSelection →
 * Authorization → ChargeParameterDiscovery → PowerDelivery Start → ChargingStatus × n → MeteringReceipt →
 * PowerDelivery Stop → SessionStop Terminate.
 */
import { describe, expect, it } from 'vitest';
import { iso2Protocol } from '../../../appliance/src/v2g/iso2/index.js';
import { EVCC_ID, ScriptedEvse, TestDriver, ev } from './helpers.js';

const NOW = 1_763_700_000_000;

describe('ISO 15118-2 AC session (SECC)', () => {
  it('runs from SessionSetup to SessionStop Terminate', () => {
    const evse = new ScriptedEvse(['AC_three_phase_core', 'AC_single_phase_core']);
    evse.schedule = [{ start_s: 0, pmax_W: 22_080 }, { start_s: 3600, pmax_W: 11_000 }];
    const d = new TestDriver(iso2Protocol({ now_ms: () => NOW }), evse, { sessionId: () => '3db1d76b2e0fe2c0' });

    const setup = d.send('SessionSetupReq', ev.sessionSetup());
    // [V2G2-756] a zero SessionID gets a new one
    expect(setup.res).toEqual({ ResponseCode: 'OK_NewSessionEstablished', EVSEID: 'DE*AMP*E1234*1', EVSETimeStamp: NOW / 1000 });
    expect(d.session.session_id).toBe('3db1d76b2e0fe2c0');
    expect(d.session.evcc_id).toBe(EVCC_ID);
    expect(d.timeout_ms()).toBe(60_000);

    const disc = d.send('ServiceDiscoveryReq', { ServiceCategory: 'EVCharging' });
    expect(disc.res).toEqual({
      ResponseCode: 'OK',
      PaymentOptionList: { PaymentOption: ['ExternalPayment'] },
      ChargeService: {
        ServiceID: 1,
        ServiceName: 'AC_DC_Charging',
        ServiceCategory: 'EVCharging',
        FreeService: false,
        SupportedEnergyTransferMode: { EnergyTransferMode: ['AC_three_phase_core', 'AC_single_phase_core'] },
      },
    });

    expect(d.send('ServiceDetailReq', { ServiceID: 1 }).res).toEqual({ ResponseCode: 'OK', ServiceID: 1 });
    expect(d.send('PaymentServiceSelectionReq', ev.paymentSelection()).res).toEqual({ ResponseCode: 'OK' });
    expect(d.send('AuthorizationReq').res).toEqual({ ResponseCode: 'OK', EVSEProcessing: 'Finished' });

    const cpd = d.send('ChargeParameterDiscoveryReq', ev.acChargeParameter());
    expect(cpd.res['ResponseCode']).toBe('OK');
    expect(cpd.res['EVSEProcessing']).toBe('Finished');
    expect(cpd.res['AC_EVSEChargeParameter']).toEqual({
      AC_EVSEStatus: { NotificationMaxDelay: 0, EVSENotification: 'None', RCD: false },
      EVSENominalVoltage: { Multiplier: 0, Unit: 'V', Value: 230 },
      EVSEMaxCurrent: { Multiplier: 0, Unit: 'A', Value: 32 },
    });
    expect(cpd.res['SAScheduleList']).toEqual({
      SAScheduleTuple: [
        {
          SAScheduleTupleID: 1,
          PMaxSchedule: {
            PMaxScheduleEntry: [
              { RelativeTimeInterval: { start: 0 }, PMax: { Multiplier: 0, Unit: 'W', Value: 22_080 } },
              { RelativeTimeInterval: { start: 3600, duration: 82_800 }, PMax: { Multiplier: 0, Unit: 'W', Value: 11_000 } },
            ],
          },
        },
      ],
    });
    expect(evse.reports).toContainEqual(expect.objectContaining({ ev_max_current_A: 32, ev_max_voltage_V: 400, energy_request_Wh: 5300 }));
    expect(d.state).toBe('PowerDelivery');

    const start = d.send('PowerDeliveryReq', {
      ...ev.powerDelivery('Start'),
      ChargingProfile: { ProfileEntry: [{ ChargingProfileEntryStart: 0, ChargingProfileEntryMaxPower: { Multiplier: 2, Unit: 'W', Value: 110 } }] },
    });
    expect(start.res).toEqual({ ResponseCode: 'OK', AC_EVSEStatus: { NotificationMaxDelay: 0, EVSENotification: 'None', RCD: false } });
    expect(evse.actions).toContain('powerDelivery on');

    for (let i = 0; i < 3; i++) {
      const cs = d.send('ChargingStatusReq');
      expect(cs.res).toEqual({
        ResponseCode: 'OK',
        EVSEID: 'DE*AMP*E1234*1',
        SAScheduleTupleID: 1,
        EVSEMaxCurrent: { Multiplier: 0, Unit: 'A', Value: 32 },
        MeterInfo: { MeterID: 'AMP-METER-1', MeterReading: 1000 + i * 100, TMeter: 1_763_700_000 },
        ReceiptRequired: false,
        AC_EVSEStatus: { NotificationMaxDelay: 0, EVSENotification: 'None', RCD: false },
      });
      evse.energy_Wh += 100;
    }

    const receipt = d.send('MeteringReceiptReq', { SessionID: d.session.session_id, SAScheduleTupleID: 1, MeterInfo: { MeterID: 'AMP-METER-1', MeterReading: 1300 } });
    expect(receipt.res).toEqual({ ResponseCode: 'OK', AC_EVSEStatus: { NotificationMaxDelay: 0, EVSENotification: 'None', RCD: false } });
    expect(d.state).toBe('ChargingStatus');

    expect(d.send('PowerDeliveryReq', ev.powerDelivery('Stop')).res['ResponseCode']).toBe('OK');
    expect(evse.actions).toContain('powerDelivery off');
    expect(d.state).toBe('SessionStop');

    const stop = d.send('SessionStopReq', ev.sessionStop('Terminate'));
    expect(stop.res).toEqual({ ResponseCode: 'OK' });
    expect(stop.close).toBe('terminate');
    expect(d.log.every((x) => x.refused === undefined)).toBe(true);
  });

  it('refuses a mode it does not offer with FAILED_WrongEnergyTransferMode', () => {
    const d = new TestDriver(iso2Protocol({ energy_modes: ['AC_three_phase_core'] }), new ScriptedEvse());
    d.send('SessionSetupReq', ev.sessionSetup());
    d.send('ServiceDiscoveryReq');
    d.send('PaymentServiceSelectionReq', ev.paymentSelection());
    d.send('AuthorizationReq');
    const cpd = d.send('ChargeParameterDiscoveryReq', ev.acChargeParameter('AC_single_phase_core'));
    expect(cpd.res['ResponseCode']).toBe('FAILED_WrongEnergyTransferMode');
    expect(cpd.close).toBe('error');
  });

  it('refuses AC without AC_EVChargeParameter (FAILED_WrongChargeParameter)', () => {
    const d = new TestDriver(iso2Protocol(), new ScriptedEvse());
    d.send('SessionSetupReq', ev.sessionSetup());
    d.send('ServiceDiscoveryReq');
    d.send('PaymentServiceSelectionReq', ev.paymentSelection());
    d.send('AuthorizationReq');
    const { DC_EVChargeParameter } = ev.dcChargeParameter();
    const cpd = d.send('ChargeParameterDiscoveryReq', { RequestedEnergyTransferMode: 'AC_three_phase_core', DC_EVChargeParameter });
    expect(cpd.res['ResponseCode']).toBe('FAILED_WrongChargeParameter');
  });

  it('refuses a ChargingProfile above the offered PMax (FAILED_ChargingProfileInvalid)', () => {
    const evse = new ScriptedEvse();
    evse.schedule = [{ start_s: 0, pmax_W: 11_000 }];
    const d = new TestDriver(iso2Protocol(), evse);
    d.send('SessionSetupReq', ev.sessionSetup());
    d.send('ServiceDiscoveryReq');
    d.send('PaymentServiceSelectionReq', ev.paymentSelection());
    d.send('AuthorizationReq');
    d.send('ChargeParameterDiscoveryReq', ev.acChargeParameter());
    const pd = d.send('PowerDeliveryReq', {
      ...ev.powerDelivery('Start'),
      ChargingProfile: { ProfileEntry: [{ ChargingProfileEntryStart: 0, ChargingProfileEntryMaxPower: { Multiplier: 3, Unit: 'W', Value: 22 } }] },
    });
    expect(pd.res['ResponseCode']).toBe('FAILED_ChargingProfileInvalid');
    expect(evse.actions).not.toContain('powerDelivery on');
  });

  it('tells the EV StopCharging in ChargingStatusRes when the charger stops, and FAILED on an emergency', () => {
    const evse = new ScriptedEvse();
    const d = new TestDriver(iso2Protocol({ notification_max_delay_s: 5 }), evse);
    d.send('SessionSetupReq', ev.sessionSetup());
    d.send('ServiceDiscoveryReq');
    d.send('PaymentServiceSelectionReq', ev.paymentSelection());
    d.send('AuthorizationReq');
    d.send('ChargeParameterDiscoveryReq', ev.acChargeParameter());
    d.send('PowerDeliveryReq', ev.powerDelivery('Start'));
    evse.st.notification = 'StopCharging';
    expect(d.send('ChargingStatusReq').res['AC_EVSEStatus']).toEqual({ NotificationMaxDelay: 5, EVSENotification: 'StopCharging', RCD: false });
    evse.st.emergency = true;
    const cs = d.send('ChargingStatusReq');
    expect(cs.res['ResponseCode']).toBe('FAILED');
    expect(cs.close).toBe('error');
  });
});
