/**
 * The ISO 15118-2 allowed-next table as data: every row names a handled request and a requirement tag, every
 * state declares its timeout (V2G_SECC_Sequence_Timeout 60 s; communication setup 20 s before SessionSetup).
 */
import { describe, expect, it } from 'vitest';
import { ISO2_REQUESTS, CABLE_CHECK_TIMEOUT_MS, ISO2_STATES, ONGOING_TIMEOUT_MS, iso2Protocol, physical, num } from '../../../appliance/src/v2g/iso2/index.js';

describe('ISO 15118-2 state table', () => {
  const def = iso2Protocol();

  it('is announced as iso2 with the 2013 MsgDef namespace, starting in SessionSetup', () => {
    expect(def.schema).toBe('iso2');
    expect(def.namespace).toBe('urn:iso:15118:2:2013:MsgDef');
    expect(def.initial_state).toBe('SessionSetup');
    expect(Object.keys(def.states)).toContain(def.initial_state);
  });

  it('tags every accepted request with requirement ids and has a handler for it', () => {
    for (const [state, s] of Object.entries(def.states)) {
      expect(Object.keys(s.accepts).length, state).toBeGreaterThan(0);
      for (const [req, tag] of Object.entries(s.accepts)) {
        expect(tag, `${state}.${req}`).toMatch(/^\[V2G2-\d+\]( \[V2G2-\d+\])*$/);
        expect(def.handlers[req], `${state}.${req}`).toBeTypeOf('function');
        expect(ISO2_REQUESTS as readonly string[]).toContain(req);
      }
    }
  });

  it('handles every ISO-2 request except the Plug&Charge certificate messages (seam)', () => {
    const missing = ISO2_REQUESTS.filter((r) => !def.handlers[r]);
    expect(missing).toEqual(['CertificateInstallationReq', 'CertificateUpdateReq']);
  });

  it('declares the timeouts: 20 s communication setup, then V2G_SECC_Sequence_Timeout 60 s', () => {
    expect(def.states['SessionSetup']?.timeout_ms).toBe(20_000);
    for (const [state, s] of Object.entries(ISO2_STATES)) if (state !== 'SessionSetup') expect(s.timeout_ms, state).toBe(60_000);
    expect([ONGOING_TIMEOUT_MS, CABLE_CHECK_TIMEOUT_MS]).toEqual([60_000, 40_000]);
    expect(def.states['Authorization']?.ongoing_limit_ms).toBe(60_000);
    expect(def.states['ChargeParameterDiscovery']?.ongoing_limit_ms).toBe(60_000);
    expect(def.states['CableCheck']?.ongoing_limit_ms).toBe(40_000);
  });

  it('keeps SessionStopReq out of the charge loops and accepts it where the sequence allows', () => {
    expect(def.states['CurrentDemand']?.accepts['SessionStopReq']).toBeUndefined();
    expect(def.states['ChargingStatus']?.accepts['SessionStopReq']).toBeUndefined();
    for (const s of ['ServiceDiscovery', 'ServiceSelection', 'PaymentSelected', 'Authorization', 'ChargeParameterDiscovery', 'WeldingDetection', 'SessionStop']) {
      expect(def.states[s]?.accepts['SessionStopReq'], s).toBeDefined();
    }
  });
});

describe('PhysicalValueType conversion', () => {
  it('keeps exact values with the smallest multiplier and fits large ones into a short', () => {
    expect(physical(400, 'V')).toEqual({ Multiplier: 0, Unit: 'V', Value: 400 });
    expect(physical(12.5, 'A')).toEqual({ Multiplier: -1, Unit: 'A', Value: 125 });
    expect(physical(0.125, 'A')).toEqual({ Multiplier: -3, Unit: 'A', Value: 125 });
    expect(physical(150_000, 'W')).toEqual({ Multiplier: 1, Unit: 'W', Value: 15_000 });
    expect(physical(350_000, 'W')).toEqual({ Multiplier: 2, Unit: 'W', Value: 3500 });
    expect(physical(-20, 'A')).toEqual({ Multiplier: 0, Unit: 'A', Value: -20 });
    expect(num(physical(1 / 3, 'A'))).toBeCloseTo(0.333, 3);
    expect(physical(1e12, 'Wh')).toEqual({ Multiplier: 3, Unit: 'Wh', Value: 32767 });
  });
});
