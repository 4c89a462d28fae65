/**
 * The shared EXI vectors (112 document lines, the known divergence, 35 fragments): decoding gives exactly
 * `fields` (same keys, same order, same values) and encoding `fields` gives exactly `hex`.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { haveShared } from '../../helpers/shared.js';
import { decode, decodeFragment, encode, encodeEmaidFragmentLibcbv2g, encodeFragment, fromHex, toHex } from '../../../appliance/src/v2g/exi/index.js';
import { documentSchemaOf, readJsonl, schemaOf, type VectorLine } from './vectors-helpers.js';

const present = haveShared('exi-vectors');
const FILES = ['appProtocol', 'din70121', 'iso15118-2', 'iso15118-20'];

describe.skipIf(!present)('EXI document vectors', () => {
  const lines = present ? FILES.flatMap((f) => readJsonl<VectorLine>('exi-vectors', `${f}.jsonl`)) : [];

  it('covers all 112 lines', () => {
    expect(lines).toHaveLength(112);
  });

  it.each(lines.map((v, i) => [`${i} ${v.family} ${v.message}: ${v.note.slice(0, 60)}`, v] as const))('%s', (_n, v) => {
    const schema = documentSchemaOf(v);
    const doc = decode(schema, fromHex(v.hex));
    // JSON text comparison also checks key order (schema order).
    expect(JSON.stringify(doc)).toBe(JSON.stringify(v.fields));
    expect(toHex(encode(schema, v.fields as never))).toBe(v.hex);
  });
});

describe.skipIf(!present)('known divergence (DIN PaymentOptions with two entries)', () => {
  const [v] = present ? readJsonl<VectorLine>('exi-vectors', 'known-divergences.jsonl') : [];

  it('produces the schema-correct bytes, not the capped-array form', () => {
    expect(toHex(encode('din', v!.fields as never))).toBe(v!.hex);
    expect(toHex(encode('din', v!.fields as never))).not.toBe(v!.libcbv2g_hex);
  });

  it('accepts the schema-correct bytes', () => {
    expect(JSON.stringify(decode('din', fromHex(v!.hex)))).toBe(JSON.stringify(v!.fields));
  });
});

describe.skipIf(!present)('EXI fragment vectors', () => {
  const lines = present ? readJsonl<VectorLine>('exi-vectors', 'fragments.jsonl') : [];

  it('covers all 35 lines', () => {
    expect(lines).toHaveLength(35);
  });

  it.each(lines.map((v, i) => [`${i} ${v.family} ${v.kind} ${v.element}`, v] as const))('%s', (_n, v) => {
    const schema = schemaOf(v);
    const bytes = encodeFragment(schema, v.fields);
    expect(toHex(bytes)).toBe(v.hex);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(v.sha256);
    if (v.sha512) expect(createHash('sha512').update(bytes).digest('hex')).toBe(v.sha512);
    expect(JSON.stringify(decodeFragment(schema, fromHex(v.hex)))).toBe(JSON.stringify(v.fields));
  });

  it('eMAID: the schema-correct relaxed form, and the libcbv2g form for verifying its digests', () => {
    const v = lines.find((l) => l.element === 'eMAID')!;
    expect(v.libcbv2g_hex).toBeDefined();
    expect(toHex(encodeFragment('iso2', v.fields))).toBe(v.hex);
    expect(toHex(encodeEmaidFragmentLibcbv2g(v.fields.eMAID as never))).toBe(v.libcbv2g_hex);
    expect(v.libcbv2g_hex).not.toBe(v.hex);
  });

  it('every SignedInfo DigestValue is the digest of another fragment line', () => {
    const digests = new Set(lines.flatMap((v) => [v.sha256, v.sha512].filter(Boolean)));
    const infos = lines.filter((v) => v.element === 'SignedInfo');
    expect(infos.length).toBeGreaterThan(0);
    for (const v of infos) {
      const refs = (v.fields.SignedInfo as { Reference: Array<{ DigestValue: string }> }).Reference;
      for (const r of refs) expect(digests.has(r.DigestValue)).toBe(true);
    }
  });
});
