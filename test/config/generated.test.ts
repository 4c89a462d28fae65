/** The ahead-of-time config validator is reproducible from the schema: regenerate and compare. */
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../helpers/shared.js';

describe('generated config validator', () => {
  it('matches what scripts/gen-config-validator.mjs produces from the schema', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ampbox-gen-')), 'validate-config.ts');
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/gen-config-validator.mjs'), out], { stdio: 'pipe' });
    const committed = readFileSync(path.join(PROJECT_ROOT, 'appliance/src/config/generated/validate-config.ts'), 'utf8');
    expect(readFileSync(out, 'utf8') === committed, 'run `npm run gen:config` and commit the result').toBe(true);
  });
});
