/**
 * supportedAppProtocol negotiation: the pure choice, and the real handshakes of the corpus
 * (../shared/real-traffic/v2g-messages.jsonl: every distinct supportedAppProtocolReq a car sent, with the
 * answer the real charger gave).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIN_70121, ISO_15118_2, handleAppHandshake, negotiateAppProtocol } from '../../../appliance/src/v2g/apphandshake/index.js';
import { decode, fromHex, toHex } from '../../../appliance/src/v2g/exi/index.js';
import { haveShared, sharedPath } from '../../helpers/shared.js';

const offer = (ProtocolNamespace: string, SchemaID: number, Priority: number, VersionNumberMajor = 2, VersionNumberMinor = 0) => ({
  ProtocolNamespace,
  VersionNumberMajor,
  VersionNumberMinor,
  SchemaID,
  Priority,
});
const TESLA = 'urn:tesla:din:2018:MsgDef';

describe('negotiateAppProtocol', () => {
  it('chooses DIN when it is the only offer', () => {
    const r = negotiateAppProtocol({ AppProtocol: [offer(DIN_70121.namespace, 1, 1)] }, [DIN_70121]);
    expect(r.response).toEqual({ supportedAppProtocolRes: { ResponseCode: 'OK_SuccessfulNegotiation', SchemaID: 1 } });
    expect(r.chosen?.protocol).toBe(DIN_70121);
  });
  it('skips an unfamiliar namespace offered next to DIN, even at a higher priority (Tesla)', () => {
    const r = negotiateAppProtocol({ AppProtocol: [offer(DIN_70121.namespace, 1, 2), offer(TESLA, 2, 1, 0, 7)] }, [DIN_70121]);
    expect(r.response.supportedAppProtocolRes).toEqual({ ResponseCode: 'OK_SuccessfulNegotiation', SchemaID: 1 });
    expect(r.skipped).toEqual([`${TESLA} 0.7`]);
  });
  it("follows the EV's priorities among the protocols the charger has", () => {
    const req = { AppProtocol: [offer(DIN_70121.namespace, 1, 2), offer(ISO_15118_2.namespace, 0, 1)] };
    expect(negotiateAppProtocol(req, [DIN_70121, ISO_15118_2]).response.supportedAppProtocolRes.SchemaID).toBe(0);
    expect(negotiateAppProtocol(req, [DIN_70121]).response.supportedAppProtocolRes.SchemaID).toBe(1);
  });
  it("breaks equal priorities by the charger's order", () => {
    const req = { AppProtocol: [offer(DIN_70121.namespace, 1, 1), offer(ISO_15118_2.namespace, 0, 1)] };
    expect(negotiateAppProtocol(req, [ISO_15118_2, DIN_70121]).chosen?.protocol).toBe(ISO_15118_2);
    expect(negotiateAppProtocol(req, [DIN_70121, ISO_15118_2]).chosen?.protocol).toBe(DIN_70121);
  });
  it('answers …WithMinorDeviation for another minor version of a known major', () => {
    const r = negotiateAppProtocol({ AppProtocol: [offer(DIN_70121.namespace, 3, 1, 2, 1)] }, [DIN_70121]);
    expect(r.response.supportedAppProtocolRes).toEqual({ ResponseCode: 'OK_SuccessfulNegotiationWithMinorDeviation', SchemaID: 3 });
    expect(r.chosen?.minorDeviation).toBe(true);
  });
  it('answers Failed_NoNegotiation without SchemaID when nothing matches (another major, other namespaces)', () => {
    const r = negotiateAppProtocol({ AppProtocol: [offer(DIN_70121.namespace, 1, 1, 3), offer(TESLA, 2, 2)] }, [DIN_70121]);
    expect(r.response).toEqual({ supportedAppProtocolRes: { ResponseCode: 'Failed_NoNegotiation' } });
    expect(r.chosen).toBeUndefined();
    expect(r.skipped).toHaveLength(2);
  });
  it('answers Failed_NoNegotiation to bytes that are not a handshake, without throwing', () => {
    const out = handleAppHandshake(Uint8Array.of(1, 2, 3), [DIN_70121]);
    expect(decode('appProtocol', out.bytes)).toEqual({ supportedAppProtocolRes: { ResponseCode: 'Failed_NoNegotiation' } });
    expect(out.error).toBeDefined();
  });
});

describe.runIf(haveShared('real-traffic/v2g-messages.jsonl'))('real handshakes (../shared/real-traffic)', () => {
  interface Line { capture: string; stream: number; index: number; dir: string; schema: string; name?: string; hex: string; note?: string }
  const lines = (): Line[] =>
    readFileSync(sharedPath('real-traffic', 'v2g-messages.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);

  it('chooses DIN for every recorded DIN offer, as the real charger did, byte for byte', () => {
    const all = lines();
    const key = (l: Line) => `${l.capture}#${l.stream}`;
    const answers = new Map<string, Line>();
    for (const l of all) if (l.name === 'supportedAppProtocolRes' && !answers.has(key(l))) answers.set(key(l), l);
    const seen = new Set<string>();
    let compared = 0;
    let tesla = 0;
    for (const l of all) {
      if (l.name !== 'supportedAppProtocolReq' || l.note || seen.has(l.hex)) continue;
      seen.add(l.hex);
      const req = decode('appProtocol', fromHex(l.hex));
      if (!('supportedAppProtocolReq' in req)) throw new Error('not a request');
      const din = req.supportedAppProtocolReq.AppProtocol.find((p) => p.ProtocolNamespace === DIN_70121.namespace);
      if (!din) continue;
      if (req.supportedAppProtocolReq.AppProtocol.some((p) => p.ProtocolNamespace === TESLA)) tesla++;
      const out = handleAppHandshake(fromHex(l.hex), [DIN_70121]);
      expect(out.response.supportedAppProtocolRes, l.capture).toEqual({ ResponseCode: 'OK_SuccessfulNegotiation', SchemaID: din.SchemaID });
      const recorded = answers.get(key(l));
      const recordedDoc = recorded ? decode('appProtocol', fromHex(recorded.hex)) : undefined;
      if (recordedDoc && 'supportedAppProtocolRes' in recordedDoc && recordedDoc.supportedAppProtocolRes.SchemaID === din.SchemaID) {
        expect(toHex(out.bytes), l.capture).toBe(recorded!.hex);
        compared++;
      }
    }
    expect(seen.size).toBeGreaterThan(3);
    expect(compared).toBeGreaterThan(3);
    expect(tesla).toBeGreaterThan(0);
  });
});
