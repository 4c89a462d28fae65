/**
 * The EVCC simulator against the real SECC engine running DIN 70121 DC (dinProtocol): a whole session from
 * supportedAppProtocolReq to SessionStop, with the SupplyEvse ramping its voltage and current on the clock.
 */
import { describe, expect, it } from 'vitest';
import { start, sequence, SID } from './harness.js';

describe('Evcc — DIN 70121 DC against the SECC', () => {
  it('charges to the target SoC and ends with SessionStop (DIN §9.6 sequence)', () => {
    const r = start({ scenario: 'din' });
    r.evse.auth = ['Ongoing', 'Ongoing', 'Accepted'];
    expect(r.runUntilDone()).toBe(true);
    const o = r.evcc.outcome!;
    expect(o).toMatchObject({ result: 'terminated', reason: 'target SoC reached', protocol: 'din', session_id: SID });
    expect(o.soc_pct).toBeGreaterThanOrEqual(80);
    expect(o.energy_Wh).toBeGreaterThan(250);
    expect(r.ends).toEqual([{ how: 'terminate', detail: expect.stringContaining('SessionStopReq') }]);
    expect(r.evse.ended.map((e) => e.how)).toEqual(['terminate']);
    expect(sequence(r.requests())).toEqual([
      'supportedAppProtocolReq',
      'SessionSetupReq',
      'ServiceDiscoveryReq',
      'ServicePaymentSelectionReq',
      'ContractAuthenticationReq',
      'ChargeParameterDiscoveryReq',
      'CableCheckReq',
      'PreChargeReq',
      'PowerDeliveryReq',
      'CurrentDemandReq',
      'PowerDeliveryReq',
      'WeldingDetectionReq',
      'SessionStopReq',
    ]);
    // ContractAuthentication repeated while Ongoing, CableCheck while the IMD test ran, PreCharge while ramping.
    const count = (n: string) => r.requests().filter((x) => x === n).length;
    expect(count('ContractAuthenticationReq')).toBe(3);
    expect(count('CableCheckReq')).toBeGreaterThan(2);
    expect(count('PreChargeReq')).toBeGreaterThan(1);
    expect(r.evcc.responses.every((x) => x.code.startsWith('OK'))).toBe(true);
    // The charger's meter and the battery agree on the energy within the sampling error.
    expect(r.evse.energy_Wh).toBeGreaterThan(0.9 * o.energy_Wh);
    expect(r.evse.energy_Wh).toBeLessThan(1.1 * o.energy_Wh);
    expect(r.pair.closed).not.toBeNull();
    expect(r.clock.pending()).toBe(0);
  });

  it('offers an unfamiliar namespace next to DIN and still gets DIN', () => {
    const r = start({
      scenario: 'din',
      evcc: { extra_offers: [{ namespace: 'urn:tesla:din:2018:MsgDef', major: 2, minor: 0, priority: 1 }] },
    });
    expect(r.evcc.responses[0]).toEqual({ name: 'supportedAppProtocolRes', code: 'OK_SuccessfulNegotiation' });
    expect(r.runUntilDone()).toBe(true);
    expect(r.evcc.outcome).toMatchObject({ result: 'terminated', protocol: 'din' });
  });

  it('reports status while charging: stage, SoC, present and target values', () => {
    const r = start({ scenario: 'din' });
    const socs: number[] = [];
    let seen = false;
    for (let i = 0; i < 400 && !r.evcc.outcome; i++) {
      r.clock.advance(50);
      const s = r.evcc.status;
      if (s.stage === 'CurrentDemand' && s.present_current_A > 0) {
        seen = true;
        socs.push(s.soc_pct);
        expect(s.target_voltage_V).toBeGreaterThan(360);
        expect(s.target_current_A).toBeLessThanOrEqual(150);
        expect(s.present_voltage_V).toBeGreaterThan(300);
      }
    }
    expect(seen).toBe(true);
    expect(socs.at(-1)!).toBeGreaterThan(socs[0]!);
    // The SECC saw the EV's targets too (HlcEvse.report).
    expect(r.evse.reports.some((x) => x.stage === 'CurrentDemand' && (x.ev_target_current_A ?? 0) > 0)).toBe(true);
  });

  it('stops when the EVSE says EVSE_Shutdown / StopCharging, then welds and stops the session', () => {
    const r = start({ scenario: 'din', battery: { capacity_kWh: 50, soc_pct: 20, target_soc_pct: 90 } });
    for (let i = 0; i < 200 && r.evcc.status.stage !== 'CurrentDemand'; i++) r.clock.advance(50);
    r.clock.advance(1_000);
    r.evse.st = { ...r.evse.st, notification: 'StopCharging' };
    expect(r.runUntilDone()).toBe(true);
    expect(r.evcc.outcome).toMatchObject({ result: 'terminated', reason: 'EVSE StopCharging' });
    expect(r.events).toContainEqual({ type: 'notification', notification: 'StopCharging', status_code: 'EVSE_Shutdown' });
    expect(sequence(r.requests()).slice(-3)).toEqual(['PowerDeliveryReq', 'WeldingDetectionReq', 'SessionStopReq']);
    expect(r.ends[0]!.how).toBe('terminate');
  });

  it('ends on EVSE_EmergencyShutdown: the SECC answers FAILED and closes', () => {
    const r = start({ scenario: 'din', battery: { capacity_kWh: 50, soc_pct: 20, target_soc_pct: 90 } });
    for (let i = 0; i < 200 && r.evcc.status.stage !== 'CurrentDemand'; i++) r.clock.advance(50);
    r.evse.st = { ...r.evse.st, emergency: true };
    expect(r.runUntilDone()).toBe(true);
    expect(r.evcc.outcome).toMatchObject({ result: 'failed', failed_code: 'FAILED', stage: 'CurrentDemand' });
    expect(r.ends[0]!.how).toBe('error');
    expect(r.pair.closed).not.toBeNull();
  });
});
