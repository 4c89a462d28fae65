/**
 * The DIN ProtocolDefinition as data: the allowed-next table is consistent (every accepted request has a
 * handler, every state a handler can choose exists, every row names its requirement), the timeouts are the
 * standard's, and the failed response of every DIN request type encodes with the codec for every code the
 * engine uses.
 */
import { describe, expect, it } from 'vitest';
import { decode, encode } from '../../../appliance/src/v2g/exi/index.js';
import { rootElements } from '../../../appliance/src/v2g/exi/generated/din.types.js';
import { DIN_REQUESTS, dinProtocol, SEQUENCE_TIMEOUT_MS } from '../../../appliance/src/v2g/din/index.js';
import type { FailureCode } from '../../../appliance/src/v2g/session/protocol.js';
import { ScriptedEvse } from './scripted-evse.js';

const CODES: FailureCode[] = ['FAILED', 'FAILED_SequenceError', 'FAILED_UnknownSession', 'FAILED_SignatureError'];

describe('DIN allowed-next table', () => {
  it('gives every accepted request a handler and a requirement tag', () => {
    for (const [state, def] of Object.entries(dinProtocol.states)) {
      for (const [req, tag] of Object.entries(def.accepts)) {
        expect(dinProtocol.handlers[req], `${state}: ${req}`).toBeTypeOf('function');
        expect(tag.length, `${state}: ${req} tag`).toBeGreaterThan(0);
      }
      expect(def.timeout_ms).toBeGreaterThan(0);
    }
  });
  it('starts with SessionSetupReq only [V2G-DC-666]', () => {
    expect(Object.keys(dinProtocol.states[dinProtocol.initial_state]!.accepts)).toEqual(['SessionSetupReq']);
  });
  it('uses V2G_SECC_Sequence_Timeout (60 s) after the first request and bounds Ongoing states', () => {
    const s = dinProtocol.states;
    for (const name of ['ServiceDiscovery', 'ServicePaymentSelection', 'ContractAuthentication', 'ChargeParameterDiscovery', 'CableCheck', 'PreCharge', 'CurrentDemand', 'WeldingDetection']) {
      expect(s[name]!.timeout_ms, name).toBe(SEQUENCE_TIMEOUT_MS);
    }
    expect(s.ContractAuthentication!.ongoing_limit_ms).toBe(120_000);
    expect(s.ChargeParameterDiscovery!.ongoing_limit_ms).toBe(60_000);
    expect(s.CableCheck!.ongoing_limit_ms).toBe(38_000);
    expect(s.CurrentDemand!.ongoing_limit_ms).toBeUndefined();
  });
  it('never accepts SessionStop while energy may flow (CurrentDemand)', () => {
    expect(Object.keys(dinProtocol.states.CurrentDemand!.accepts).sort()).toEqual(['CurrentDemandReq', 'PowerDeliveryReq']);
  });
});

describe('DIN failed responses', () => {
  it('covers every request element of the DIN schema', () => {
    const schemaRequests = rootElements.filter((n) => n.endsWith('Req')).sort();
    expect([...DIN_REQUESTS].sort()).toEqual(schemaRequests);
  });
  for (const request of DIN_REQUESTS) {
    it(`${request}: a minimal body encodes and decodes for every failure code`, () => {
      const evse = new ScriptedEvse();
      for (const code of CODES) {
        const body = dinProtocol.failedResponse(request, code, evse);
        const name = request.replace(/Req$/, 'Res');
        expect(Object.keys(body)).toEqual([name]);
        const bytes = encode('din', { V2G_Message: { Header: { SessionID: '0102030405060708' }, Body: body } });
        const back = decode('din', bytes) as unknown as { V2G_Message: { Body: Record<string, { ResponseCode: string }> } };
        expect(back.V2G_Message.Body[name]!.ResponseCode).toBe(code);
      }
    });
  }
  it('carries the charger status: EVSE_EmergencyShutdown is not hidden behind a FAILED', () => {
    const evse = new ScriptedEvse();
    evse.st.emergency = true;
    const body = dinProtocol.failedResponse('CurrentDemandReq', 'FAILED_SequenceError', evse) as { CurrentDemandRes: { DC_EVSEStatus: { EVSEStatusCode: string } } };
    expect(body.CurrentDemandRes.DC_EVSEStatus.EVSEStatusCode).toBe('EVSE_EmergencyShutdown');
  });
  it('refuses a name that is not a DIN request', () => {
    expect(() => dinProtocol.failedResponse('AuthorizationReq', 'FAILED', new ScriptedEvse())).toThrow(RangeError);
  });
});
