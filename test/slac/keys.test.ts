/**
 * SLAC keys (appliance/src/slac/keys.ts). Issue 4, deliverable 3: "a fresh random NMK per session, NID
 * derived from the NMK as HomePlug AV specifies".
 *
 * Evidence for the NID rule: a published vector, and every NID/NMK pair in the real-traffic corpus —
 * each CM_SET_KEY.REQ carries NID + NewKey (the NMK), each CM_SLAC_MATCH.CNF carries NID + NMK.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrame } from '../../appliance/src/slac/frames/index.js';
import { nidFromNmk, nmkFromPassword, randomNmk, randomRunId, securityLevelOfNid } from '../../appliance/src/slac/keys.js';
import { haveShared, sharedPath } from '../helpers/shared.js';

describe('published vectors', () => {
  // qca/open-plc-utils, slac/pev.c: `#define PEV_NMK "50D3E4933F855B7040784DF815AA8DB7" // HomePlugAV` and
  // `#define PEV_NID "B0F2E695666B03" // HomePlugAV` — the NMK of network password "HomePlugAV" and its NID.
  it('password "HomePlugAV" → NMK 50d3e493… → NID b0f2e695666b03 (open-plc-utils slac/pev.c)', () => {
    expect(nmkFromPassword('HomePlugAV')).toBe('50d3e4933f855b7040784df815aa8db7');
    expect(nidFromNmk('50D3E4933F855B7040784DF815AA8DB7')).toBe('b0f2e695666b03');
  });

  // open-plc-utils' SLAC documentation: the EVSE default NID 026BCBA5354E08 "is the key derived from network
  // password HomePlugAV0123".
  it('password "HomePlugAV0123" → NID 026bcba5354e08 (open-plc-utils SLAC documentation)', () => {
    expect(nidFromNmk(nmkFromPassword('HomePlugAV0123'))).toBe('026bcba5354e08');
  });

  it('puts the security level in bits 4–5 of the last byte and nowhere else', () => {
    const nmk = '50d3e4933f855b7040784df815aa8db7';
    expect(nidFromNmk(nmk, 1)).toBe('b0f2e695666b13');
    expect(securityLevelOfNid(nidFromNmk(nmk, 1))).toBe(1);
    expect(securityLevelOfNid(nidFromNmk(nmk))).toBe(0);
    expect(() => nidFromNmk('00')).toThrow(RangeError);
    expect(() => nidFromNmk(nmk, 4)).toThrow(RangeError);
  });
});

describe('random values', () => {
  it('gives a 16-byte NMK and an 8-byte RunID, different every time', () => {
    const nmks = new Set(Array.from({ length: 50 }, randomNmk));
    expect(nmks.size).toBe(50);
    for (const k of nmks) expect(k).toMatch(/^[0-9a-f]{32}$/);
    expect(randomRunId()).toMatch(/^[0-9a-f]{16}$/);
    expect(randomRunId()).not.toBe(randomRunId());
    // Security level 0: the last byte's high nibble is 0, the hash's 52 bits fill the rest.
    expect(nidFromNmk(randomNmk())).toMatch(/^[0-9a-f]{12}0[0-9a-f]$/);
  });
});

const CORPUS = 'real-traffic/slac-frames.jsonl';
const HAVE = haveShared(CORPUS);

interface Pair {
  where: string;
  kind: string;
  nid: string;
  nmk: string;
}

function corpusPairs(): Pair[] {
  const pairs: Pair[] = [];
  for (const text of readFileSync(sharedPath(CORPUS), 'utf8').split('\n')) {
    if (text.trim() === '') continue;
    const line = JSON.parse(text) as { capture: string; index: number; hex: string };
    const r = parseFrame(new Uint8Array(Buffer.from(line.hex, 'hex')));
    if (!r.ok) continue;
    const m = r.frame.message;
    const where = `${line.capture}#${line.index}`;
    if (m.name === 'CM_SET_KEY.REQ') pairs.push({ where, kind: m.name, nid: m.nid, nmk: m.new_key });
    if (m.name === 'CM_SLAC_MATCH.CNF') pairs.push({ where, kind: m.name, nid: m.nid, nmk: m.nmk });
  }
  return pairs;
}

const bitsApart = (a: string, b: string): number => {
  let n = 0;
  for (let i = 0; i < a.length; i += 2) {
    let x = parseInt(a.slice(i, i + 2), 16) ^ parseInt(b.slice(i, i + 2), 16);
    for (; x; x &= x - 1) n++;
  }
  return n;
};

describe.skipIf(!HAVE)('NID rule against the real-traffic corpus', () => {
  it('agrees with 103 of the 154 NID/NMK pairs; every other pair is explained', () => {
    const pairs = corpusPairs();
    expect(pairs).toHaveLength(154); // 75 CM_SET_KEY.REQ + 79 CM_SLAC_MATCH.CNF
    const agree = pairs.filter((p) => nidFromNmk(p.nmk) === p.nid);
    const rest = pairs.filter((p) => nidFromNmk(p.nmk) !== p.nid);
    // The other pairs were produced by pyPLC, which does not derive its NID from the NMK: as EVSE it sends
    // NID 01 02 … 07 (fixed, later with four random bytes in the middle), as PEV it first sets the
    // placeholder NMK 01 02 … 10 under an unrelated NID.
    const pyplc = rest.filter((p) => /^0102[0-9a-f]{8}07$/.test(p.nid) || p.nmk === '0102030405060708090a0b0c0d0e0f10');
    // And one CM_SLAC_MATCH.CNF from the bit-error-ridden serial-log capture: its NID is one bit off.
    const flipped = rest.filter((p) => !pyplc.includes(p) && bitsApart(nidFromNmk(p.nmk), p.nid) === 1);
    const unexplained = rest.filter((p) => !pyplc.includes(p) && !flipped.includes(p));

    expect(unexplained).toEqual([]);
    expect(agree).toHaveLength(103);
    expect(pyplc).toHaveLength(50);
    expect(flipped.map((p) => p.where)).toEqual([
      'uhi22/clara-logs/2024-05-12_clara_QingdaoPenodato_serh270_fault_cableCheck.claralog.pcap#31',
    ]);
    // The agreeing pairs cover both message kinds and every source repository of the corpus.
    expect(new Set(agree.map((p) => p.kind))).toEqual(new Set(['CM_SET_KEY.REQ', 'CM_SLAC_MATCH.CNF']));
    expect(new Set(agree.map((p) => p.where.split('/')[1]))).toEqual(
      new Set(['pyPLC', 'clara-logs', 'ccs32', 'iso15118-simulator-rs']),
    );
    // All of them are security level 0.
    expect(agree.every((p) => securityLevelOfNid(p.nid) === 0)).toBe(true);
  });
});
