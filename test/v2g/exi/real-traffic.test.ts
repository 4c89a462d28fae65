/**
 * Every EXI message of the real-traffic corpus (real cars and chargers): decode, re-encode, same bytes.
 * Lines flagged as corrupted must fail with ExiError. For `unknown`/`none` lines the schema comes from the
 * namespaces the session offered in supportedAppProtocolReq.
 */
import { describe, expect, it } from 'vitest';
import { haveShared } from '../../helpers/shared.js';
import { ExiError, decode, encode, fromHex, resolveSchema, toHex, type SchemaName } from '../../../appliance/src/v2g/exi/index.js';
import { readJsonl } from './vectors-helpers.js';

interface Msg {
  capture: string;
  stream: number;
  schema: string;
  name?: string;
  hex: string;
  note?: string;
}
interface Session {
  capture: string;
  stream: number;
  offered?: string[];
}

const NAMESPACES: Record<string, SchemaName> = {
  'urn:din:70121:2012:MsgDef': 'din',
  'urn:iso:15118:2:2013:MsgDef': 'iso2',
  'urn:iso:std:iso:15118:-20:CommonMessages': 'iso20',
};
/** What a 0x8001 payload can be when nothing says which: the handshake, DIN or ISO-2. */
const PTYPE_8001: SchemaName[] = ['din', 'iso2', 'appProtocol'];

const present = haveShared('real-traffic/v2g-messages.jsonl');

describe.skipIf(!present)('real V2G traffic', () => {
  const msgs = present ? readJsonl<Msg>('real-traffic', 'v2g-messages.jsonl') : [];
  const sessions = present ? readJsonl<Session>('real-traffic', 'sessions.jsonl') : [];
  const offered = new Map(sessions.map((s) => [`${s.capture}#${s.stream}`, s.offered ?? []]));

  const candidates = (m: Msg): SchemaName[] => {
    const s = resolveSchema(m.schema);
    if (s) return [s];
    const implied = (offered.get(`${m.capture}#${m.stream}`) ?? []).map((n) => NAMESPACES[n]).filter((x): x is SchemaName => !!x);
    return implied.length > 0 ? implied : PTYPE_8001;
  };

  it('is the full corpus', () => {
    expect(msgs.length).toBe(40967);
  });

  it('re-encodes every clean message to identical bytes', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const m of msgs) {
      if (m.note || m.schema === 'unknown' || m.schema === 'none') continue;
      const schema = resolveSchema(m.schema)!;
      checked++;
      try {
        const hex = toHex(encode(schema, decode(schema, fromHex(m.hex)) as never));
        if (hex !== m.hex) failures.push(`${m.capture}#${m.stream} ${m.name}: ${hex} != ${m.hex}`);
      } catch (e) {
        failures.push(`${m.capture}#${m.stream} ${m.name}: ${String(e)}`);
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(40000);
  });

  it('rejects every line flagged as corrupted with ExiError', () => {
    const corrupt = msgs.filter((m) => m.note?.includes('corrupted'));
    expect(corrupt.length).toBe(13);
    for (const m of corrupt) {
      const schema = resolveSchema(m.schema) ?? 'din';
      expect(() => decode(schema, fromHex(m.hex)), m.hex).toThrow(ExiError);
    }
  });

  it('decodes a frame with a trailing byte and re-encodes the canonical form', () => {
    const trailing = msgs.filter((m) => m.note?.includes('one byte after the end'));
    expect(trailing.length).toBe(1);
    for (const m of trailing) {
      const schema = resolveSchema(m.schema)!;
      const hex = toHex(encode(schema, decode(schema, fromHex(m.hex)) as never));
      expect(hex).toBe(m.hex.slice(0, -2));
    }
  });

  it('handles unknown/none lines with the schema their session implies', () => {
    const unknown = msgs.filter((m) => m.schema === 'unknown' || m.schema === 'none');
    expect(unknown.length).toBeGreaterThan(0);
    for (const m of unknown) {
      const results = candidates(m).map((schema) => {
        try {
          return { schema, hex: toHex(encode(schema, decode(schema, fromHex(m.hex)) as never)) };
        } catch (e) {
          // Only the typed error is acceptable.
          expect(e).toBeInstanceOf(ExiError);
          return { schema, error: e as ExiError };
        }
      });
      const decoded = results.filter((r) => 'hex' in r);
      if (decoded.length > 0) {
        expect(decoded.some((r) => r.hex === m.hex)).toBe(true);
      } else {
        // No candidate grammar accepts it (see docs/exi.md: a damaged frame with no session context);
        // then every candidate must have refused it with the typed error, which the loop checked.
        expect(results.every((r) => 'error' in r)).toBe(true);
      }
    }
  });
});
