/**
 * Fixed-seed fuzzing with mutated real frames (bit flips, truncation, random bytes, garbage tails, long
 * garbage, insertions/deletions): only ExiError, no hang, bounded output, and whatever decodes re-encodes.
 */
import { describe, expect, it } from 'vitest';
import { haveShared, SHARED_DIR } from '../../helpers/shared.js';
import { loadCorpus, mutate, prng, runFuzz } from '../../../tools/exi-gen/fuzz.js';

const present = haveShared('real-traffic/v2g-messages.jsonl');
const CASES = 200_000;

describe.skipIf(!present)('EXI decoder fuzzing', () => {
  it('mutations are reproducible for a seed', () => {
    const src = new Uint8Array([0x80, 0x9a, 0x02, 0x00, 0x40, 0x80]);
    const a = mutate(src, prng(7));
    const b = mutate(src, prng(7));
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it(`${CASES} mutated frames: only ExiError, no hang, bounded output`, () => {
    const corpus = loadCorpus(SHARED_DIR);
    expect(corpus.length).toBeGreaterThan(1000);
    const r = runFuzz(corpus, CASES, 0x5eed);
    expect(r.failures).toEqual([]);
    expect(r.cases).toBe(CASES);
    // Both outcomes must occur, otherwise the mutations are not exercising the decoder.
    expect(r.decoded).toBeGreaterThan(1000);
    expect(r.rejected).toBeGreaterThan(100_000);
  }, 120_000);
});
