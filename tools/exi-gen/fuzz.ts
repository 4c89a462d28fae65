/**
 * Fuzzing of the EXI decoder with mutated real frames. Used by the vitest suite (fixed seed) and by
 * `npm run fuzz:exi -- --count N [--seed S]` for longer campaigns.
 *
 * Properties checked for every mutated input:
 *   - decode either returns a document or throws ExiError; nothing else escapes;
 *   - a returned document re-encodes without error and decodes back to the same document
 *     (the decoder only accepts what the encoder can produce);
 *   - the decoded document stays within a fixed multiple of the input size (no allocation blow-up);
 *   - no single decode takes longer than a generous bound (no hang).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ExiError, SCHEMA_NAMES, decode, decodeFragment, encode, encodeFragment, resolveSchema, type FragmentSchema } from '../../appliance/src/v2g/exi/index.js';

export interface Frame {
  schema: FragmentSchema;
  /** An EXI fragment (signed Plug&Charge content) rather than a document. */
  fragment: boolean;
  bytes: Uint8Array;
}

/** Unique EXI payloads of the real-traffic corpus, the document vectors and the fragment vectors. */
export function loadCorpus(sharedDir: string): Frame[] {
  const seen = new Set<string>();
  const out: Frame[] = [];
  const add = (schema: string, hex: string): void => {
    const s = resolveSchema(schema);
    if (!s || seen.has(`${s}:${hex}`)) return;
    seen.add(`${s}:${hex}`);
    out.push({ schema: s, fragment: false, bytes: new Uint8Array(Buffer.from(hex, 'hex')) });
  };
  const jsonl = (f: string): Array<Record<string, string>> =>
    readFileSync(path.join(sharedDir, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, string>);
  for (const m of jsonl('real-traffic/v2g-messages.jsonl')) if (!m.note) add(m.schema!, m.hex!);
  const byXsd: Record<string, FragmentSchema> = {
    'V2G_CI_CommonMessages.xsd': 'iso20',
    'V2G_CI_DC.xsd': 'iso20-dc',
    'V2G_CI_AC.xsd': 'iso20-ac',
    'V2G_CI_MsgDef.xsd': 'iso2',
    'xmldsig-core-schema.xsd': 'xmldsig',
  };
  for (const f of ['appProtocol', 'din70121', 'iso15118-2', 'iso15118-20']) {
    for (const v of jsonl(`exi-vectors/${f}.jsonl`)) add(f === 'iso15118-20' ? byXsd[v.schema!]! : f, v.hex!);
  }
  for (const v of jsonl('exi-vectors/fragments.jsonl')) {
    out.push({ schema: byXsd[v.schema!]!, fragment: true, bytes: new Uint8Array(Buffer.from(v.hex!, 'hex')) });
  }
  return out;
}

/** Small, fast, seedable PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function mutate(src: Uint8Array, rnd: () => number): { bytes: Uint8Array; kind: string } {
  const int = (n: number): number => Math.floor(rnd() * n);
  const b = new Uint8Array(src);
  switch (int(6)) {
    case 0: {
      const flips = 1 + int(8);
      for (let i = 0; i < flips; i++) {
        const bit = int(b.length * 8);
        b[bit >>> 3]! ^= 0x80 >>> (bit & 7);
      }
      return { bytes: b, kind: 'bitflip' };
    }
    case 1:
      return { bytes: b.subarray(0, int(b.length)), kind: 'truncate' };
    case 2: {
      const n = 1 + int(4);
      for (let i = 0; i < n; i++) b[1 + int(Math.max(1, b.length - 1))] = int(256);
      return { bytes: b, kind: 'random-bytes' };
    }
    case 3: {
      // Keep a valid prefix, then garbage (often a long tail).
      const keep = int(b.length);
      const tail = new Uint8Array(1 + int(rnd() < 0.2 ? 4096 : 64));
      for (let i = 0; i < tail.length; i++) tail[i] = int(256);
      const out = new Uint8Array(keep + tail.length);
      out.set(b.subarray(0, keep));
      out.set(tail, keep);
      return { bytes: out, kind: 'garbage-tail' };
    }
    case 4: {
      // Long garbage behind a valid header byte.
      const out = new Uint8Array(2 + int(rnd() < 0.1 ? 8192 : 256));
      for (let i = 0; i < out.length; i++) out[i] = int(256);
      out[0] = 0x80;
      return { bytes: out, kind: 'garbage' };
    }
    default: {
      // Byte insertion or deletion shifts every later field.
      const at = 1 + int(Math.max(1, b.length - 1));
      if (rnd() < 0.5 && b.length > 2) {
        const out = new Uint8Array(b.length - 1);
        out.set(b.subarray(0, at));
        out.set(b.subarray(at + 1), at);
        return { bytes: out, kind: 'delete' };
      }
      const out = new Uint8Array(b.length + 1);
      out.set(b.subarray(0, at));
      out[at] = int(256);
      out.set(b.subarray(at), at + 1);
      return { bytes: out, kind: 'insert' };
    }
  }
}

export interface FuzzResult {
  cases: number;
  decoded: number;
  rejected: number;
  failures: string[];
  maxMs: number;
  /** Largest ratio of decoded JSON size to input size. */
  maxExpansion: number;
}

/** Generous bounds: a hang or a blow-up is orders of magnitude beyond them. */
export const MAX_MS_PER_CASE = 250;
export const MAX_EXPANSION = 200;

export function runFuzz(corpus: Frame[], count: number, seed: number): FuzzResult {
  const rnd = prng(seed);
  const res: FuzzResult = { cases: 0, decoded: 0, rejected: 0, failures: [], maxMs: 0, maxExpansion: 0 };
  const fail = (msg: string, bytes: Uint8Array, schema: string): void => {
    if (res.failures.length < 20) res.failures.push(`${msg} [${schema} ${Buffer.from(bytes).toString('hex').slice(0, 200)}]`);
  };
  for (let i = 0; i < count; i++) {
    let frame = corpus[Math.floor(rnd() * corpus.length)]!;
    const { bytes } = mutate(frame.bytes, rnd);
    // One case in ten goes to another document grammar, so the grammars without vectors (ISO-20 WPT, ACDP)
    // see hostile input too.
    if (rnd() < 0.1) frame = { schema: SCHEMA_NAMES[Math.floor(rnd() * SCHEMA_NAMES.length)]!, fragment: false, bytes };
    res.cases++;
    const t0 = performance.now();
    let doc: unknown;
    try {
      doc = frame.fragment ? decodeFragment(frame.schema, bytes) : decode(frame.schema, bytes);
    } catch (e) {
      if (e instanceof ExiError) res.rejected++;
      else fail(`non-ExiError thrown: ${String(e)}`, bytes, frame.schema);
      const ms = performance.now() - t0;
      if (ms > res.maxMs) res.maxMs = ms;
      continue;
    }
    const ms = performance.now() - t0;
    if (ms > res.maxMs) res.maxMs = ms;
    res.decoded++;
    const json = JSON.stringify(doc);
    const ratio = json.length / Math.max(1, bytes.length);
    if (ratio > res.maxExpansion) res.maxExpansion = ratio;
    try {
      const again = frame.fragment ? encodeFragment(frame.schema, doc as Record<string, unknown>) : encode(frame.schema, doc as never);
      const back = frame.fragment ? decodeFragment(frame.schema, again) : decode(frame.schema, again);
      if (JSON.stringify(back) !== json) fail('re-encoded document decodes differently', bytes, frame.schema);
    } catch (e) {
      fail(`decoded document does not re-encode: ${String(e)}`, bytes, frame.schema);
    }
  }
  if (res.maxMs > MAX_MS_PER_CASE) res.failures.push(`slowest case took ${res.maxMs.toFixed(1)} ms`);
  if (res.maxExpansion > MAX_EXPANSION) res.failures.push(`decoded JSON reached ${res.maxExpansion.toFixed(1)}x the input`);
  return res;
}

function main(argv: string[]): number {
  let count = 1_000_000;
  let seed = 0x5eed;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--count') count = Number(argv[++i]);
    else if (argv[i] === '--seed') seed = Number(argv[++i]);
  }
  if (!Number.isSafeInteger(count) || count <= 0 || !Number.isSafeInteger(seed)) {
    process.stderr.write('usage: npm run fuzz:exi -- [--count N] [--seed S]\n');
    return 2;
  }
  const shared = process.env.AMPBOX_SHARED_DIR ?? path.resolve(process.cwd(), '..', 'shared');
  const corpus = loadCorpus(shared);
  const t0 = performance.now();
  const r = runFuzz(corpus, count, seed);
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  process.stdout.write(
    `fuzz:exi seed ${seed}: ${r.cases} cases from ${corpus.length} frames in ${s} s; decoded ${r.decoded}, rejected ${r.rejected}; ` +
      `slowest ${r.maxMs.toFixed(2)} ms, max expansion ${r.maxExpansion.toFixed(1)}x; failures ${r.failures.length}\n`,
  );
  for (const f of r.failures) process.stdout.write(`  ${f}\n`);
  return r.failures.length === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('exi-gen', 'fuzz.js'))) {
  process.exitCode = main(process.argv.slice(2));
}
