/**
 * The committed generated codec is exactly what the generator produces from ../shared/schemas today
 * (the CI reproducibility check): regenerate into a temporary folder and compare file by file.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { haveShared, PROJECT_ROOT, SHARED_DIR } from '../../helpers/shared.js';
import { generateAll } from '../../../tools/exi-gen/generate.js';

const present = haveShared('schemas');
const COMMITTED = path.join(PROJECT_ROOT, 'appliance/src/v2g/exi/generated');

describe.skipIf(!present)('generated EXI codec', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'ampbox-exi-gen-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('regenerates byte-identically', () => {
    generateAll(SHARED_DIR, tmp);
    const fresh = readdirSync(tmp).sort();
    expect(readdirSync(COMMITTED).sort()).toEqual(fresh);
    for (const f of fresh) {
      const a = readFileSync(path.join(tmp, f), 'utf8');
      const b = readFileSync(path.join(COMMITTED, f), 'utf8');
      // toBe on whole files would print megabytes; report the first differing line instead.
      if (a !== b) {
        const la = a.split('\n');
        const lb = b.split('\n');
        const i = la.findIndex((l, k) => l !== lb[k]);
        expect(`${f}:${i + 1}: ${lb[i] ?? '<eof>'}`).toBe(`${f}:${i + 1}: ${la[i] ?? '<eof>'}`);
      }
    }
  });

  it('says in every file that it is generated and how to regenerate', () => {
    for (const f of readdirSync(COMMITTED)) {
      const head = readFileSync(path.join(COMMITTED, f), 'utf8').slice(0, 400);
      expect(head).toMatch(/GENERATED FILE/);
      expect(head).toMatch(/npm run gen:exi/);
    }
  });
});
