// Issue 2 item 9: docs/errors.md documents every catalogue code, with the catalogue's severity.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '../../appliance/src/errors/index.js';
import { PROJECT_ROOT } from '../helpers/shared.js';

interface DocEntry {
  severity?: string;
  blocks?: string;
  body: string;
}

/** Splits the doc into its `### code` sections. */
function parseDoc(text: string): Map<string, DocEntry> {
  const entries = new Map<string, DocEntry>();
  const sections = text.split(/^### /m).slice(1);
  for (const section of sections) {
    const [heading = '', ...rest] = section.split('\n');
    const body = rest.join('\n');
    entries.set(heading.trim(), {
      severity: /^- \*\*Severity:\*\* (\w+)/m.exec(body)?.[1],
      blocks: /^- \*\*Blocks charging:\*\* (yes|no)/m.exec(body)?.[1],
      body,
    });
  }
  return entries;
}

const doc = parseDoc(readFileSync(path.join(PROJECT_ROOT, 'docs', 'errors.md'), 'utf8'));
const catalogue = Object.entries(ERROR_CATALOGUE);

describe('docs/errors.md', () => {
  it.each(catalogue)('documents %s with its severity, effect and what to do', (code, entry) => {
    const section = doc.get(code);
    expect(section, `docs/errors.md has no "### ${code}" section`).toBeDefined();
    expect(section?.severity).toBe(entry.severity);
    expect(section?.blocks).toBe(entry.blocks_charging ? 'yes' : 'no');
    expect(section?.body).toMatch(/^- \*\*Meaning:\*\* \S/m);
    expect(section?.body).toMatch(/^- \*\*Driver:\*\* \S/m);
    expect(section?.body).toMatch(/^- \*\*Installer:\*\* \S/m);
  });

  it('documents no code the catalogue lacks', () => {
    const unknown = [...doc.keys()].filter((code) => !(code in ERROR_CATALOGUE));
    expect(unknown).toEqual([]);
  });
});
