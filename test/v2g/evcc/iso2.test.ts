/**
 * The EVCC simulator against the real SECC engine running ISO 15118-2 (iso2Protocol), DC and AC, with the
 * EVSE's notifications: StopCharging, ReNegotiation [V2G2-813], EmergencyShutdown.
 */
import { describe, expect, it } from 'vitest';
import { decode } from '../../../appliance/src/v2g/exi/index.js';
import { start, sequence, SID } from './harness.js';

const body = (bytes: Uint8Array): Record<string, any> => (decode('iso2', bytes) as any).V2G_Message.Body;

describe('Evcc — ISO 15118-2 DC against the SECC', () => {
  it('runs the DC sequence to SessionStop Terminate with SoC rising', () => {
    const r = start({ scenario: 'iso2-dc' });
    r.evse.auth = ['Ongoing', 'Accepted'];
    expect(r.runUntilDone()).toBe(true);
    expect(r.evcc.outcome).toMatchObject({ result: 'terminated', reason: 'target SoC reached', protocol: 'iso2', session_id: SID });
    expect(r.evcc.outcome!.soc_pct).toBeGreaterThanOrEqual(80);
    expect(r.evcc.outcome!.energy_Wh).toBeGreaterThan(250);
    expect(sequence(r.requests())).toEqual([
      'supportedAppProtocolReq',
      'SessionSetupReq',
      'ServiceDiscoveryReq',
      'PaymentServiceSelectionReq',
      'AuthorizationReq',
      'ChargeParameterDiscoveryReq',
      'CableCheckReq',
      'PreChargeReq',
      'PowerDeliveryReq',
      'CurrentDemandReq',
      'PowerDeliveryReq',
      'WeldingDetectionReq',
      'SessionStopReq',
    ]);
    const stop = body(r.sent.at(-1)!);
    expect(stop).toEqual({ SessionStopReq: { ChargingSession: 'Terminate' } });
    const cpd = r.sent.slice(1).map(body).find((b) => b.ChargeParameterDiscoveryReq)!.ChargeParameterDiscoveryReq;
    expect(cpd.RequestedEnergyTransferMode).toBe('DC_extended');
    expect(cpd.DC_EVChargeParameter.DC_EVStatus.EVRESSSOC).toBe(77);
    expect(r.ends).toEqual([{ how: 'terminate', detail: expect.any(String) }]);
    expect(r.clock.pending()).toBe(0);
  });

  it('prefers ISO-2 over DIN by priority, DIN when the EV ranks it first', () => {
    const a = start({ scenario: 'iso2-dc', evcc: { protocols: ['iso2', 'din'] } });
    expect(a.evcc.status.protocol).toBe('iso2');
    const b = start({ scenario: 'din', evcc: { protocols: ['iso2', 'din'] } });
    // The DIN-only charger picks DIN even though the EV prefers ISO-2.
    expect(b.evcc.status.protocol).toBe('din');
  });

  it('renegotiates on EVSENotification ReNegotiation and keeps charging', () => {
    const r = start({ scenario: 'iso2-dc', battery: { capacity_kWh: 10, soc_pct: 70, target_soc_pct: 80 } });
    for (let i = 0; i < 400 && r.evcc.status.stage !== 'CurrentDemand'; i++) r.clock.advance(50);
    r.clock.advance(1_000);
    r.evse.dc = { ...r.evse.dc, max_current_A: 60 };
    r.evse.renegotiate();
    expect(r.runUntilDone()).toBe(true);
    expect(r.evcc.outcome).toMatchObject({ result: 'terminated', reason: 'target SoC reached' });
    const seq = sequence(r.requests());
    const i = seq.indexOf('CurrentDemandReq');
    expect(seq.slice(i, i + 5)).toEqual(['CurrentDemandReq', 'PowerDeliveryReq', 'ChargeParameterDiscoveryReq', 'PowerDeliveryReq', 'CurrentDemandReq']);
    const progress = r.sent.slice(1).map(body).filter((b) => b.PowerDeliveryReq).map((b) => b.PowerDeliveryReq.ChargeProgress);
    expect(progress).toEqual(['Start', 'Renegotiate', 'Start', 'Stop']);
    // The new limit is honoured.
    expect(r.evse.reports.filter((x) => x.ev_target_current_A !== undefined).at(-1)!.ev_target_current_A).toBeLessThanOrEqual(60);
    expect(r.events.some((e) => e.type === 'notification' && e.notification === 'ReNegotiation')).toBe(true);
  });

  it('answers EmergencyShutdown: FAILED from the SECC, the session ends in error', () => {
    const r = start({ scenario: 'iso2-dc', battery: { capacity_kWh: 50, soc_pct: 20 } });
    for (let i = 0; i < 400 && r.evcc.status.stage !== 'CurrentDemand'; i++) r.clock.advance(50);
    r.evse.st = { ...r.evse.st, emergency: true };
    expect(r.runUntilDone()).toBe(true);
    expect(r.evcc.outcome).toMatchObject({ result: 'failed', failed_code: 'FAILED' });
    expect(r.ends[0]!.how).toBe('error');
  });
});

describe('Evcc — ISO 15118-2 AC against the SECC', () => {
  it('runs the AC sequence with a ChargingProfile and a ChargingStatus loop', () => {
    const r = start({ scenario: 'iso2-ac' });
    expect(r.runUntilDone()).toBe(true);
    expect(r.evcc.outcome).toMatchObject({ result: 'terminated', reason: 'target SoC reached', protocol: 'iso2' });
    expect(r.evcc.outcome!.energy_Wh).toBeGreaterThan(250);
    expect(sequence(r.requests())).toEqual([
      'supportedAppProtocolReq',
      'SessionSetupReq',
      'ServiceDiscoveryReq',
      'PaymentServiceSelectionReq',
      'AuthorizationReq',
      'ChargeParameterDiscoveryReq',
      'PowerDeliveryReq',
      'ChargingStatusReq',
      'PowerDeliveryReq',
      'SessionStopReq',
    ]);
    const bodies = r.sent.slice(1).map(body);
    const cpd = bodies.find((b) => b.ChargeParameterDiscoveryReq)!.ChargeParameterDiscoveryReq;
    expect(cpd.RequestedEnergyTransferMode).toBe('AC_three_phase_core');
    expect(cpd.AC_EVChargeParameter.EVMaxCurrent).toEqual({ Multiplier: -1, Unit: 'A', Value: 160 });
    const start_ = bodies.find((b) => b.PowerDeliveryReq)!.PowerDeliveryReq;
    expect(start_.ChargeProgress).toBe('Start');
    // 230 V × 16 A × 3 phases; the SECC accepted it against its PMax.
    expect(start_.ChargingProfile.ProfileEntry[0].ChargingProfileEntryMaxNumberOfPhasesInUse).toBe(3);
    expect(r.evcc.status.target_current_A).toBe(16);
    // The charger's meter agrees with the battery within the sampling error.
    expect(Math.abs(r.evse.energy_Wh - r.evcc.outcome!.energy_Wh)).toBeLessThan(30);
  });

  it('stops on AC_EVSEStatus StopCharging', () => {
    const r = start({ scenario: 'iso2-ac', battery: { capacity_kWh: 50, soc_pct: 20 } });
    for (let i = 0; i < 400 && r.evcc.status.stage !== 'ChargingStatus'; i++) r.clock.advance(50);
    r.clock.advance(2_000);
    r.evse.st = { ...r.evse.st, notification: 'StopCharging' };
    expect(r.runUntilDone()).toBe(true);
    expect(r.evcc.outcome).toMatchObject({ result: 'terminated', reason: 'EVSE StopCharging' });
    expect(sequence(r.requests()).slice(-2)).toEqual(['PowerDeliveryReq', 'SessionStopReq']);
  });

  it('an EV-side stop() ends charging orderly', () => {
    const r = start({ scenario: 'iso2-ac', battery: { capacity_kWh: 50, soc_pct: 20 } });
    for (let i = 0; i < 400 && r.evcc.status.stage !== 'ChargingStatus'; i++) r.clock.advance(50);
    r.evcc.stop('driver pressed stop');
    expect(r.runUntilDone()).toBe(true);
    expect(r.evcc.outcome).toMatchObject({ result: 'terminated', reason: 'driver pressed stop' });
    expect(r.ends[0]!.how).toBe('terminate');
  });
});
