// EXI codec throughput, one core: decode and encode messages per second for the three messages the issue
// names, next to the figures of a C codec generated the same way (libcbv2g, -O2, same machine kind).
// Imports the compiled codec (npm run build); the message bytes are read from ../shared/exi-vectors (a case
// is skipped with a note when that folder is absent).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.AMPBOX_SHARED_DIR ?? path.resolve(ROOT, '..', 'shared');

/** name, schema, vector file, predicate on the vector line, C reference decode/encode msg/s. */
const CASES = [
  { name: 'DIN CurrentDemandReq (25 B)', schema: 'din', file: 'din70121', pick: (v) => v.message === 'CurrentDemandReq' && v.hex.length === 50, c: [3.1e6, 4.4e6] },
  { name: 'DIN CurrentDemandReq (47 B, all optional)', schema: 'din', file: 'din70121', pick: (v) => v.message === 'CurrentDemandReq' && v.hex.length === 94, c: [1.8e6, 2.35e6] },
  { name: 'ISO-2 DC ChargeParameterDiscoveryRes (56 B)', schema: 'iso2', file: 'iso15118-2', pick: (v) => v.message === 'ChargeParameterDiscoveryRes' && v.hex.length === 112, c: [1.58e6, 1.89e6] },
];

/** Calls fn in batches until `ms` have passed; returns calls per second. */
function measure(fn, ms) {
  let n = 0;
  const batch = 10_000;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    for (let i = 0; i < batch; i++) fn();
    n += batch;
    t = performance.now();
  }
  return (n * 1000) / (t - t0);
}

export async function run({ ms = 1500, log = console.log } = {}) {
  const dist = path.join(ROOT, 'appliance/dist/v2g/exi/index.js');
  if (!existsSync(dist)) throw new Error('build first: npm run build');
  const exi = await import(pathToFileURL(dist).href);
  const results = [];
  log(`EXI codec, one core (node ${process.version}); C reference = libcbv2g -O2 on the same machine kind`);
  log('message                                        bytes   decode msg/s (C, ratio)        encode msg/s (C, ratio)        encode, trusted (C, ratio)');
  for (const c of CASES) {
    const file = path.join(SHARED, 'exi-vectors', `${c.file}.jsonl`);
    if (!existsSync(file)) {
      log(`${c.name}: skipped, ${file} is absent`);
      continue;
    }
    const v = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).find(c.pick);
    const bytes = exi.fromHex(v.hex);
    const doc = exi.decode(c.schema, bytes);
    if (exi.toHex(exi.encode(c.schema, doc)) !== v.hex) throw new Error(`${c.name}: round trip differs`);
    // Warm up both paths so the optimizing compiler has settled before measuring.
    measure(() => exi.decode(c.schema, bytes), 300);
    measure(() => exi.encode(c.schema, doc), 300);
    const trusted = { trusted: true };
    measure(() => exi.encode(c.schema, doc, trusted), 300);
    const dec = measure(() => exi.decode(c.schema, bytes), ms);
    const enc = measure(() => exi.encode(c.schema, doc), ms);
    const encTrusted = measure(() => exi.encode(c.schema, doc, trusted), ms);
    const r = { name: c.name, bytes: bytes.length, decode: dec, encode: enc, encodeTrusted: encTrusted, cDecode: c.c[0], cEncode: c.c[1] };
    results.push(r);
    const f = (x, cx) => `${(x / 1e6).toFixed(2)} M (${(cx / 1e6).toFixed(2)} M, ${(cx / x).toFixed(2)}x)`.padEnd(31);
    log(`${c.name.padEnd(46)} ${String(bytes.length).padStart(5)}   ${f(dec, c.c[0])}${f(enc, c.c[1])}${f(encTrusted, c.c[1])}`);
  }
  return results;
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  await run();
}
