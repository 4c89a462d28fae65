/**
 * Capabilities talk through contracts: a module may import anything from `shared/` and its own
 * capability, but another capability only through that capability's index.ts.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../helpers/shared.js';

const SRC = path.join(PROJECT_ROOT, 'appliance', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) return n === 'generated' ? [] : files(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

describe('import boundaries', () => {
  it('no module reaches into another capability’s internals', () => {
    const violations: string[] = [];
    for (const f of files(SRC)) {
      const rel = path.relative(SRC, f);
      const cap = rel.split(path.sep)[0];
      for (const m of readFileSync(f, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const target = path.relative(SRC, path.resolve(path.dirname(f), m[1]!));
        if (target.startsWith('..')) continue; // outside src (package.json, migrations)
        const parts = target.split(path.sep);
        const tcap = parts[0];
        if (tcap === cap || tcap === 'shared') continue;
        // Another capability: only its entry point, e.g. `evse/index.js` or `v2g/exi/index.js`.
        const entry = parts[parts.length - 1] === 'index.js' && (parts.length === 2 || parts.length === 3);
        if (!entry) violations.push(`${rel} imports ${target}`);
      }
    }
    expect(violations).toEqual([]);
  });
});
